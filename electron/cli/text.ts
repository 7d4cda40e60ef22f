/** The CLI speaks one language per run: what the broker's terminal or profile says. */
export type Lang = 'zh' | 'en';

export interface Bilingual {
  zh: string;
  en: string;
}

export const say = (lang: Lang, text: Bilingual): string => (lang === 'zh' ? text.zh : text.en);

/** A reason to stop with exit code 2 (bad usage or bad input), in both languages. */
export class UsageError extends Error {
  constructor(
    readonly text: Bilingual,
    /** Show the command's help after the reason. */
    readonly showHelp?: string,
  ) {
    super(text.en);
    this.name = 'UsageError';
  }
}

/**
 * `--lang` first; then the terminal's locale when it names a language (zh_CN.UTF-8 -> zh,
 * en_US.UTF-8 -> en); a neutral locale (C, POSIX, unset) defers to the profile's language,
 * which is zh-CN for a new profile.
 */
export function chooseLanguage(flag: string | undefined, env: NodeJS.ProcessEnv, profileLanguage: () => 'zh-CN' | 'en'): Lang {
  if (flag === 'zh' || flag === 'zh-CN') return 'zh';
  if (flag === 'en') return 'en';
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  if (/^zh/i.test(locale)) return 'zh';
  if (/^[a-z]{2}/i.test(locale) && !/^(C|POSIX)\b/i.test(locale)) return 'en';
  return profileLanguage() === 'zh-CN' ? 'zh' : 'en';
}

const GLOBAL = {
  zh: `全局选项：
  --profile <目录>   资料文件夹（默认：CLEARWAY_PROFILE，或本机默认资料）
  --lang zh|en       输出语言
  -h, --help         帮助`,
  en: `Global options:
  --profile <dir>    profile folder (default: CLEARWAY_PROFILE, else this computer's default profile)
  --lang zh|en       language of the output
  -h, --help         this help`,
};

export const helpTexts: Record<string, Bilingual> = {
  main: {
    zh: `清关通 Clearway 命令行：在同一个后台上批量处理，不打开窗口。

用法：clearway <命令> [选项]

命令：
  validate <文件.xml|草稿编号>...   校验报关单（报文文件或已保存的草稿）
  import <文件.xlsx|csv> --as <类型> 从 Excel 或 CSV 导入装箱单、发票、商品项、企业库或商品库
  xml export <草稿编号> [-o 文件]    导出报关单报文 XML
  xml import <文件.xml>              从报文 XML 新建报关单草稿
  pdf <草稿编号> [--out 文件]        把报关单或装箱单打印为 PDF
  sign <文件.pdf> --cert <证书.p12>   对 PDF 数字签名（已签名的文件追加签名）
  verify <文件.pdf>                  验证 PDF 中的每个数字签名
  backup [--out 文件夹]              备份整个资料（数据库、证书、设置）为一个 .clearway-backup 文件
  restore <文件.clearway-backup>     从备份恢复资料（原数据库保留在一旁）
  diagnostics [--out 文件夹]         导出诊断包（日志、版本、数据库检查，不含任何密钥）

退出码：0 无问题；1 有错误（或 --strict 时有警告、导入有被拒绝的行）；2 用法或输入有误。
每个命令的详细说明：clearway <命令> --help

${GLOBAL.zh}`,
    en: `Clearway command line: batch work on the same backend, without the window.

Usage: clearway <command> [options]

Commands:
  validate <file.xml|draft id>...    check declarations (message files or saved drafts)
  import <file.xlsx|csv> --as <kind> import a packing list, invoice, declaration items, parties or products
  xml export <draft id> [-o file]    write a declaration as DecMessage XML
  xml import <file.xml>              create a declaration draft from DecMessage XML
  pdf <draft id> [--out file]        print a declaration or packing list as a PDF
  sign <file.pdf> --cert <file.p12>  digitally sign a PDF (a signed file gets one more signature)
  verify <file.pdf>                  check every digital signature of a PDF
  backup [--out folder]              back up the whole profile (database, certificates, settings) as one .clearway-backup file
  restore <file.clearway-backup>     restore a profile from a backup (the current database is kept aside)
  diagnostics [--out folder]         export a diagnostics zip (logs, versions, database checks; no secrets)

Exit codes: 0 clean; 1 errors found (or warnings with --strict, or rejected import rows); 2 bad usage or input.
Details of a command: clearway <command> --help

${GLOBAL.en}`,
  },
  validate: {
    zh: `用法：clearway validate <文件.xml|草稿编号>... [--phase stage|declare] [--json] [--strict]

校验报关单。报文文件按规则校验但不保存（不占用草稿列表，也不分配 ClientSeqNo）；
草稿编号连同其装箱单一起校验。
  --phase stage|declare   暂存或申报环节的必填要求（默认 declare）
  --json                  以 JSON 输出全部结果
  --strict                有警告时也以 1 退出

${GLOBAL.zh}`,
    en: `Usage: clearway validate <file.xml|draft id>... [--phase stage|declare] [--json] [--strict]

Checks declarations. A message file is checked without being saved (it neither fills the drafts
list nor uses a ClientSeqNo); a draft id is checked with its packing lists.
  --phase stage|declare   the required fields of staging or declaring (default: declare)
  --json                  print every report as JSON
  --strict                exit 1 on warnings too

${GLOBAL.en}`,
  },
  import: {
    zh: `用法：clearway import <文件.xlsx|csv> --as packing-list|invoice|items|parties|products [--into <草稿编号>] [--mapping <方案名>]

从 Excel（.xlsx）或 CSV 导入。有任何行被拒绝时不写入，并列出每个有问题的单元格。
  --as <类型>            packing-list 装箱单 | invoice 发票 | items 报关单商品项 | parties 企业库 | products 商品库
                         （导入资料库时，已有的企业或商品按统一社会信用代码、海关编码或料号更新）
  --into <草稿编号>      替换该草稿的明细行（商品项），而不是新建单据
  --mapping <方案名>     使用已保存的列对应方案
  --sheet <工作表>       指定工作表（默认自动选择）
  --skip-rejected        跳过被拒绝的行，只导入其余行
  --json                 以 JSON 输出结果

${GLOBAL.zh}`,
    en: `Usage: clearway import <file.xlsx|csv> --as packing-list|invoice|items|parties|products [--into <draft id>] [--mapping <name>]

Imports an Excel (.xlsx) or CSV file. If any row is rejected nothing is written, and every bad
cell is listed.
  --as <kind>            packing-list | invoice | items (declaration goods items) | parties | products
                         (into the libraries: a party or product already there, by USCC, customs
                         code or part no., is updated)
  --into <draft id>      replace that draft's lines (items) instead of creating a document
  --mapping <name>       use a saved column mapping
  --sheet <name>         the sheet to read (default: chosen by its header)
  --skip-rejected        leave rejected rows out and import the rest
  --json                 print the result as JSON

${GLOBAL.en}`,
  },
  xml: {
    zh: `用法：
  clearway xml export <草稿编号> [-o 文件] [--declare]   导出报文（默认暂存 G，--declare 为申报 C）；不给 -o 时写到标准输出
  clearway xml import <文件.xml> [--json]                新建报关单草稿，输出其编号和 ClientSeqNo

${GLOBAL.zh}`,
    en: `Usage:
  clearway xml export <draft id> [-o file] [--declare]   write the message (stage G; --declare: declare C); to stdout without -o
  clearway xml import <file.xml> [--json]                create a declaration draft; prints its id and ClientSeqNo

${GLOBAL.en}`,
  },
  pdf: {
    zh: `用法：clearway pdf <草稿编号> [--out 文件.pdf]

把已保存的报关单或装箱单打印为 PDF（标签用输出语言），并按单一窗口随附单据要求检查：
PDF 1.4 以上、每页不超过 400 KB、每个文件不超过 4 MB（超过时另存为编号的分卷）、文件名不超过 64 个字符（汉字计 2）。
  --out, -o <文件>       写到该文件（默认：当前目录下的建议文件名）

${GLOBAL.zh}`,
    en: `Usage: clearway pdf <draft id> [--out file.pdf]

Prints a saved declaration or packing list as a PDF (labels in the output language) and checks the
single window's attached-document limits: PDF 1.4 or later, at most 400 KB a page and 4 MB a file
(a larger file is also written as numbered parts), file names at most 64 characters (Chinese counts 2).
  --out, -o <file>       write to this file (default: the suggested name in the current folder)

${GLOBAL.en}`,
  },
  sign: {
    zh: `用法：clearway sign <文件.pdf> --cert <证书.p12|.pfx> [--out 文件] [--role 申报人]

用证书文件对 PDF 做 PAdES 数字签名（带可见签章）；已签名的文件以增量方式追加签名，原签名保持有效。
证书密码在终端中输入（不回显），或由环境变量 CLEARWAY_P12_PASSWORD 提供；不接受命令行参数。
过期或尚未生效的证书不能签名。
  --out, -o <文件>   输出文件（默认：<原名>.signed.pdf）
  --role <角色>      签章上的角色，例如 申报人、复核人

${GLOBAL.zh}`,
    en: `Usage: clearway sign <file.pdf> --cert <file.p12|.pfx> [--out file] [--role role]

Signs the PDF (PAdES, with a visible stamp) with a certificate file; a signed file gets an
incremental signature and its earlier signatures stay valid. The certificate password is typed
in the terminal (not echoed) or given in CLEARWAY_P12_PASSWORD, never as an argument.
An expired or not-yet-valid certificate cannot sign.
  --out, -o <file>   output file (default: <name>.signed.pdf)
  --role <role>      role printed on the stamp, e.g. 申报人 (declarant)

${GLOBAL.en}`,
  },
  backup: {
    zh: `用法：clearway backup --profile <目录> [--out 文件夹] [--json]

在程序运行时也可以备份（SQLite 在线备份）：数据库（单据及其各版本、回执、发送队列、证书、设置、
费用数据）与窗口布局，打包为 clearway-backup-<时间>.clearway-backup，内含清单与 SHA-256 校验值。
受系统钥匙串保护的私钥只能在原电脑上打开，到新电脑后需重新导入 .p12/.pfx 文件。
备份文件含有设备令牌，请像资料文件夹一样妥善保管。
  --out, -o <文件夹>   写到该文件夹（默认：资料文件夹下的 backups）
  --json               以 JSON 输出结果

${GLOBAL.zh}`,
    en: `Usage: clearway backup --profile <dir> [--out folder] [--json]

Works while the app runs (SQLite's online backup): the database (documents and their revisions,
receipts, the outbox, certificates, settings, fee data) and the window layout, zipped as
clearway-backup-<time>.clearway-backup with a manifest and a SHA-256.
Private keys sealed by the system keychain open only on the PC that made them: on a new PC,
import their .p12/.pfx files again. The backup holds the device token: keep it like the profile.
  --out, -o <folder>   write into this folder (default: backups in the profile folder)
  --json               print the result as JSON

${GLOBAL.en}`,
  },
  restore: {
    zh: `用法：clearway restore --profile <目录> <文件.clearway-backup> [--json]

先检查备份（压缩包可读、清单有效、SHA-256 一致、数据库完整性检查通过、不是更新版本的数据库），
任何一项不通过则不做任何改动；通过后把当前数据库改名为 clearway.db.before-restore-<时间> 保留在一旁，
再放入备份的数据库。恢复前请先关闭清关通桌面程序。
  --json               以 JSON 输出结果

${GLOBAL.zh}`,
    en: `Usage: clearway restore --profile <dir> <file.clearway-backup> [--json]

Checks the backup first (the zip reads, the manifest is valid, the SHA-256 matches, the database
passes its integrity check and is not from a newer app); if any check fails nothing is changed.
Then the current database is renamed clearway.db.before-restore-<time> and kept, and the backup's
database takes its place. Close the Clearway desktop app before restoring.
  --json               print the result as JSON

${GLOBAL.en}`,
  },
  diagnostics: {
    zh: `用法：clearway diagnostics --profile <目录> [--out 文件夹] [--json]

导出 clearway-diagnostics-<时间>.zip 供技术支持使用：日志（再次去除敏感信息）、版本、设置及其来源、
数据库完整性检查、迁移列表、各表行数、资料文件夹的文件名与大小。不含密钥、令牌、口令或单据内容。
数据库无法读取时也可导出。
  --out, -o <文件夹>   写到该文件夹（默认：资料文件夹下的 diagnostics）
  --json               以 JSON 输出结果

${GLOBAL.zh}`,
    en: `Usage: clearway diagnostics --profile <dir> [--out folder] [--json]

Writes clearway-diagnostics-<time>.zip for support: logs (redacted again), versions, settings and
their sources, the database's integrity check, migrations and row counts, and the profile folder's
file names and sizes. No keys, tokens, passwords or document contents. Works on an unreadable database too.
  --out, -o <folder>   write into this folder (default: diagnostics in the profile folder)
  --json               print the result as JSON

${GLOBAL.en}`,
  },
  verify: {
    zh: `用法：clearway verify <文件.pdf> [--trust 根证书.pem]... [--json]

逐个验证 PDF 中的数字签名：签名人、时间、覆盖范围、内容完整性、签名有效性、证书链。
证书链按资料文件夹中的受信任证书列表检查，--trust 可临时加入受信任的证书。
退出码：0 每个签名都有效且覆盖其声明的范围；1 否则（包括没有签名）；2 输入有误。

${GLOBAL.zh}`,
    en: `Usage: clearway verify <file.pdf> [--trust ca.pem]... [--json]

Checks every signature of the PDF: signer, time, coverage, integrity, signature, certificate chain.
Chains are checked against the profile's trusted certificates; --trust adds one for this run.
Exit codes: 0 every signature valid and covering what it claims; 1 otherwise (no signature too); 2 bad input.

${GLOBAL.en}`,
  },
};
