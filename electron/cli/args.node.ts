import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ImportTarget } from '../../shared/import/fields';
import { Phase } from '../../shared/rules/finding-schema';
import { UsageError } from './text';

/**
 * Command lines to typed commands. node:util parseArgs splits them (unknown options are usage
 * errors); zod checks the values, as everywhere data enters.
 */
const globalOptions = {
  profile: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const commandOptions = {
  validate: { phase: { type: 'string' }, json: { type: 'boolean' }, strict: { type: 'boolean' } },
  import: {
    as: { type: 'string' },
    into: { type: 'string' },
    mapping: { type: 'string' },
    sheet: { type: 'string' },
    'skip-rejected': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  xml: { output: { type: 'string', short: 'o' }, declare: { type: 'boolean' }, json: { type: 'boolean' } },
  pdf: { out: { type: 'string', short: 'o' } },
  sign: { cert: { type: 'string' }, out: { type: 'string', short: 'o' }, role: { type: 'string' } },
  verify: { trust: { type: 'string', multiple: true }, json: { type: 'boolean' } },
  backup: { out: { type: 'string', short: 'o' }, json: { type: 'boolean' } },
  restore: { json: { type: 'boolean' } },
  diagnostics: { out: { type: 'string', short: 'o' }, json: { type: 'boolean' } },
} as const;

const Lang = z.enum(['zh', 'zh-CN', 'en']).optional();
const Global = { profile: z.string().min(1).optional(), lang: Lang };

export const CommandSchema = z.discriminatedUnion('command', [
  z.object({ command: z.literal('help'), topic: z.enum(['main', 'validate', 'import', 'xml', 'pdf', 'sign', 'verify', 'backup', 'restore', 'diagnostics']), ...Global }),
  z.object({
    command: z.literal('validate'),
    targets: z.array(z.string().min(1)).min(1),
    phase: Phase,
    json: z.boolean(),
    strict: z.boolean(),
    ...Global,
  }),
  z.object({
    command: z.literal('import'),
    file: z.string().min(1),
    as: ImportTarget,
    into: z.string().min(1).max(64).optional(),
    mapping: z.string().min(1).max(100).optional(),
    sheet: z.string().min(1).max(100).optional(),
    skipRejected: z.boolean(),
    json: z.boolean(),
    ...Global,
  }),
  z.object({ command: z.literal('xml-export'), id: z.string().min(1).max(64), output: z.string().min(1).optional(), declare: z.boolean(), ...Global }),
  z.object({ command: z.literal('xml-import'), file: z.string().min(1), json: z.boolean(), ...Global }),
  z.object({ command: z.literal('pdf'), id: z.string().min(1).max(64), out: z.string().min(1).optional(), ...Global }),
  z.object({ command: z.literal('sign'), file: z.string().min(1), cert: z.string().min(1), out: z.string().min(1).optional(), role: z.string().min(1).max(20).optional(), ...Global }),
  z.object({ command: z.literal('verify'), file: z.string().min(1), trust: z.array(z.string().min(1)).max(20), json: z.boolean(), ...Global }),
  z.object({ command: z.literal('backup'), out: z.string().min(1).optional(), json: z.boolean(), ...Global }),
  z.object({ command: z.literal('restore'), file: z.string().min(1), json: z.boolean(), ...Global }),
  z.object({ command: z.literal('diagnostics'), out: z.string().min(1).optional(), json: z.boolean(), ...Global }),
]);
export type Command = z.infer<typeof CommandSchema>;

const COMMANDS = ['validate', 'import', 'xml', 'pdf', 'sign', 'verify', 'backup', 'restore', 'diagnostics'] as const;
type CommandName = (typeof COMMANDS)[number];

/** The profile and language options, read leniently: a usage error still needs its language. */
export function globalsOf(argv: readonly string[]): { profile?: string; lang?: string } {
  const out: { profile?: string; lang?: string } = {};
  argv.forEach((arg, i) => {
    for (const name of ['profile', 'lang'] as const) {
      if (arg === `--${name}` && argv[i + 1]) out[name] = argv[i + 1];
      else if (arg.startsWith(`--${name}=`)) out[name] = arg.slice(name.length + 3);
    }
  });
  return out;
}

function usage(zh: string, en: string, topic = 'main'): UsageError {
  return new UsageError({ zh, en }, topic);
}

export function parseCommand(argv: readonly string[]): Command {
  const name = argv.find((a) => !a.startsWith('-') && !isOptionValue(argv, a));
  if (!name) {
    const globals = split(argv, {});
    return check({ command: 'help', topic: 'main', ...globals.values });
  }
  if (!(COMMANDS as readonly string[]).includes(name)) throw usage(`未知的命令「${name}」。`, `Unknown command "${name}".`);
  const command = name as CommandName;
  const { values, positionals } = split(argv, commandOptions[command]);
  const rest = positionals.slice(1);
  const globals = { profile: values.profile, lang: values.lang };
  if (values.help) return check({ command: 'help', topic: command, ...globals });
  switch (command) {
    case 'validate':
      if (rest.length === 0) throw usage('请给出要校验的报文文件或草稿编号。', 'Give the message files or draft ids to check.', 'validate');
      return check({ command, targets: rest, phase: values.phase ?? 'declare', json: values.json === true, strict: values.strict === true, ...globals });
    case 'import':
      if (rest.length !== 1) throw usage('请给出一个要导入的 .xlsx 或 .csv 文件。', 'Give one .xlsx or .csv file to import.', 'import');
      if (!values.as) throw usage('请用 --as 指定导入为 packing-list、invoice、items、parties 或 products。', 'Say what to import as with --as packing-list, invoice, items, parties or products.', 'import');
      return check({
        command,
        file: rest[0],
        as: values.as,
        into: values.into,
        mapping: values.mapping,
        sheet: values.sheet,
        skipRejected: values['skip-rejected'] === true,
        json: values.json === true,
        ...globals,
      });
    case 'xml': {
      const [action, arg, ...extra] = rest;
      if (action === 'export' && arg && extra.length === 0) return check({ command: 'xml-export', id: arg, output: values.output, declare: values.declare === true, ...globals });
      if (action === 'import' && arg && extra.length === 0) return check({ command: 'xml-import', file: arg, json: values.json === true, ...globals });
      throw usage('用法：clearway xml export <草稿编号> 或 clearway xml import <文件.xml>。', 'Usage: clearway xml export <draft id> or clearway xml import <file.xml>.', 'xml');
    }
    case 'pdf':
      if (rest.length !== 1) throw usage('请给出一个要打印的草稿编号。', 'Give one draft id to print.', 'pdf');
      return check({ command, id: rest[0], out: values.out, ...globals });
    case 'sign':
      if (rest.length !== 1 || !values.cert) throw usage('用法：clearway sign <文件.pdf> --cert <证书.p12> [--out 文件]。', 'Usage: clearway sign <file.pdf> --cert <file.p12> [--out file].', 'sign');
      return check({ command, file: rest[0], cert: values.cert, out: values.out, role: values.role, ...globals });
    case 'verify':
      if (rest.length !== 1) throw usage('用法：clearway verify <文件.pdf> [--trust 根证书.pem]。', 'Usage: clearway verify <file.pdf> [--trust ca.pem].', 'verify');
      return check({ command, file: rest[0], trust: values.trust ?? [], json: values.json === true, ...globals });
    case 'backup':
    case 'diagnostics':
      if (rest.length !== 0) throw usage(`用法：clearway ${command} --profile <目录> [--out 文件夹]。`, `Usage: clearway ${command} --profile <dir> [--out folder].`, command);
      return check({ command, out: values.out, json: values.json === true, ...globals });
    case 'restore':
      if (rest.length !== 1) throw usage('用法：clearway restore --profile <目录> <备份文件.clearway-backup>。', 'Usage: clearway restore --profile <dir> <file.clearway-backup>.', 'restore');
      return check({ command, file: rest[0], json: values.json === true, ...globals });
  }
}

/** Whether `arg` is the value of the option before it (`--profile dir`). */
function isOptionValue(argv: readonly string[], arg: string): boolean {
  const i = argv.indexOf(arg);
  const before = argv[i - 1];
  return i > 0 && before !== undefined && /^--(profile|lang|phase|as|into|mapping|sheet|output|cert|out|role|trust)$|^-o$/.test(before);
}

type Values = Record<string, string | string[] | boolean | undefined>;

function split(argv: readonly string[], options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>): { values: Values; positionals: string[] } {
  try {
    const parsed = parseArgs({ args: [...argv], options: { ...globalOptions, ...options }, allowPositionals: true, strict: true });
    return { values: parsed.values as Values, positionals: parsed.positionals };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw usage(`参数有误：${reason}`, `Bad arguments: ${reason}`);
  }
}

function check(raw: Record<string, unknown>): Command {
  const parsed = CommandSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const option = String(issue?.path[0] ?? '');
  const topic = typeof raw.command === 'string' && raw.command !== 'help' ? String(raw.command).replace(/-.*/, '') : 'main';
  const value = raw[option];
  throw usage(`选项 ${option} 的值「${String(value)}」无效。`, `Invalid value "${String(value)}" for ${option}.`, topic);
}
