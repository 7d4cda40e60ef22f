/** The gateway's command line speaks one language per run (--lang, else the locale, else zh). */
export type Lang = 'zh' | 'en';

export interface Bilingual {
  zh: string;
  en: string;
}

export const say = (lang: Lang, text: Bilingual): string => (lang === 'zh' ? text.zh : text.en);

/** Bad usage or input: exit code 2, the reason in both languages. */
export class UsageError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
    this.name = 'UsageError';
  }
}

export function chooseLanguage(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (flag === 'zh' || flag === 'zh-CN') return 'zh';
  if (flag === 'en') return 'en';
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (/^zh/i.test(locale)) return 'zh';
  if (/^[a-z]{2}/i.test(locale) && !/^(C|POSIX)\b/i.test(locale)) return 'en';
  return 'zh';
}

export const help: Bilingual = {
  zh: `清关通沙箱网关 clearway-gateway：单一窗口的培训与测试沙箱，也是桌面端提交的中继。

用法：clearway-gateway <命令> [选项]

命令：
  serve [--port 8787] [--host 127.0.0.1] [--speed N] [--seed N]
        [--tls-cert 文件 --tls-key 文件] [--log-level info] [--simulator 配置.json] [--rate-limit N]
                                             启动网关（含海关模拟器）
  enterprise create --name 名称 --uscc 统一社会信用代码 --customs-code 海关编码 --tier 信用等级
                                             新建企业（租户）；等级：advanced-certified、certified、
                                             regular、dishonest、seriously-dishonest
  enterprise list                            列出企业
  cert register --enterprise 企业 --file 证书.pem|.cer   登记企业的签名证书
  device enrol --enterprise 企业 --name 设备名           登记设备并显示其令牌（只显示一次）
  submissions list [--enterprise 企业]        列出收到的申报
  simulator speed N                          模拟时钟倍速（3600 = 每秒一小时），运行中的网关随即生效
  publish-update --enterprise 企业 --dir 发布目录 [--channel stable|beta]
                                             校验 electron-builder 输出的 latest.yml（或 beta.yml）及其安装包的
                                             SHA-512，然后发布到 <数据文件夹>/updates/<统一社会信用代码>/，
                                             由 /v1/updates/<统一社会信用代码>/ 提供给客户端

全局选项：
  --data <目录>      数据文件夹（默认 ./gateway-data）；设置 DATABASE_URL 时使用 PostgreSQL
  --lang zh|en       输出语言
  -h, --help         帮助`,
  en: `Clearway sandbox gateway (clearway-gateway): the single window's training and test sandbox, and the relay desktops submit through.

Usage: clearway-gateway <command> [options]

Commands:
  serve [--port 8787] [--host 127.0.0.1] [--speed N] [--seed N]
        [--tls-cert file --tls-key file] [--log-level info] [--simulator config.json] [--rate-limit N]
                                             run the gateway (with the customs simulator)
  enterprise create --name NAME --uscc USCC --customs-code CODE --tier TIER
                                             create an enterprise (tenant); tiers: advanced-certified,
                                             certified, regular, dishonest, seriously-dishonest
  enterprise list                            list enterprises
  cert register --enterprise E --file cert.pem|.cer      register a signing certificate of the enterprise
  device enrol --enterprise E --name NAME    enrol a device and print its token (shown once)
  submissions list [--enterprise E]          list submissions received
  simulator speed N                          simulated clock speed (3600 = one hour per second); running gateways follow
  publish-update --enterprise E --dir RELEASE_DIR [--channel stable|beta]
                                             check electron-builder's latest.yml (or beta.yml) and the SHA-512 of
                                             its installers, then publish them to <data>/updates/<USCC>/, served
                                             to the clients at /v1/updates/<USCC>/

Global options:
  --data <dir>       data folder (default ./gateway-data); DATABASE_URL set means PostgreSQL
  --lang zh|en       language of the output
  -h, --help         this help`,
};
