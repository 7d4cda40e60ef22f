import type { PolicyProblem } from '../../../shared/settings/schema';

/** What each policy key must be, said so an administrator can fix the file without the manual. */
const expected: Record<string, { zh: string; en: string }> = {
  $comment: { zh: '应为文字', en: 'must be text' },
  language: { zh: '应为 "zh-CN" 或 "en"', en: 'must be "zh-CN" or "en"' },
  enterpriseCode: {
    zh: '不是有效的企业代码（10 位海关编码，或校验位正确的 18 位统一社会信用代码）',
    en: 'not a valid enterprise code (a 10-character customs code, or an 18-character USCC with a valid check character)',
  },
  gatewayUrl: { zh: '不是有效的网址（应以 http:// 或 https:// 开头）', en: 'not a valid URL (must start with http:// or https://)' },
  impPath: { zh: '应为非空的文件夹路径', en: 'must be a non-empty folder path' },
  syncChannel: { zh: '应为 "gateway" 或 "transfer-folder"', en: 'must be "gateway" or "transfer-folder"' },
  autoSend: { zh: '应为 true 或 false', en: 'must be true or false' },
  updatesEnabled: { zh: '应为 true 或 false', en: 'must be true or false' },
  updateChannel: { zh: '应为 "stable" 或 "beta"', en: 'must be "stable" or "beta"' },
  updateUrl: {
    zh: '不是有效的网址（应以 http:// 或 https:// 开头；共享文件夹请通过网关或网页服务器提供）',
    en: 'not a valid URL (must start with http:// or https://; serve a file share through the gateway or a web server)',
  },
  pinVersion: { zh: '不是有效的版本号（例如 1.4.2）', en: 'not a valid version (for example 1.4.2)' },
  proxy: {
    zh: '应为 "direct" 或代理地址（例如 http://proxy.example.cn:8080）',
    en: 'must be "direct" or a proxy URL (for example http://proxy.example.cn:8080)',
  },
  locked: { zh: '应为设置名称的列表，例如 ["gatewayUrl"]', en: 'must be a list of setting names, for example ["gatewayUrl"]' },
};

/** Shows a bad value short and on one line, so a problem line stays readable. */
function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function badValueProblem(key: string, value: unknown): PolicyProblem {
  const what = expected[key] ?? { zh: '值无效', en: 'invalid value' };
  return {
    key,
    messageZh: `${key}：${shown(value)} ${what.zh}；此项未生效。`,
    messageEn: `${key}: ${shown(value)} - ${what.en}; this key was not applied.`,
  };
}

export function unknownKeyProblem(key: string, known: readonly string[]): PolicyProblem {
  return {
    key,
    messageZh: `${key}：不是已知的策略项（可用：${known.join('、')}）；此项被忽略。`,
    messageEn: `${key}: not a known policy key (known: ${known.join(', ')}); it was ignored.`,
  };
}

export function unknownLockProblem(entry: unknown, known: readonly string[]): PolicyProblem {
  return {
    key: 'locked',
    messageZh: `locked：${shown(entry)} 不是可锁定的设置（可用：${known.join('、')}）；此项未锁定。`,
    messageEn: `locked: ${shown(entry)} is not a setting that can be locked (known: ${known.join(', ')}); it was not locked.`,
  };
}

export function wholeFileProblem(zh: string, en: string): PolicyProblem {
  return { key: '', messageZh: `${zh}；策略未生效。`, messageEn: `${en}; no policy was applied.` };
}
