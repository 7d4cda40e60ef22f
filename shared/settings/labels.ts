import type { SettingKey } from './schema';

/** Each setting's name as the Settings screen shows it; error messages name the setting with the same words. */
export const settingLabels: Record<SettingKey, { zh: string; en: string }> = {
  language: { zh: '界面语言', en: 'Language' },
  enterpriseCode: { zh: '企业代码（申报单位）', en: 'Enterprise code (declarant)' },
  gatewayUrl: { zh: '网关地址', en: 'Gateway URL' },
  impPath: { zh: '传输客户端 ImpPath 文件夹', en: 'Transfer client ImpPath folder' },
  syncChannel: { zh: '提交通道', en: 'Submission channel' },
  autoSend: { zh: '自动发送', en: 'Send automatically' },
  updatesEnabled: { zh: '自动更新', en: 'Automatic updates' },
  updateChannel: { zh: '更新渠道', en: 'Update channel' },
  updateUrl: { zh: '更新地址', en: 'Update URL' },
  pinVersion: { zh: '固定版本', en: 'Pinned version' },
  proxy: { zh: '代理服务器', en: 'Proxy' },
};
