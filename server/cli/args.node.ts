import { parseArgs } from 'node:util';
import { z } from 'zod';
import { CreditTier } from '../../shared/model/parties';
import { UsageError } from './text';

/** Command lines to typed commands: node:util parseArgs splits, zod checks the values. */
const options = {
  data: { type: 'string' },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  port: { type: 'string' },
  host: { type: 'string' },
  speed: { type: 'string' },
  seed: { type: 'string' },
  'tls-cert': { type: 'string' },
  'tls-key': { type: 'string' },
  'log-level': { type: 'string' },
  simulator: { type: 'string' },
  'rate-limit': { type: 'string' },
  name: { type: 'string' },
  uscc: { type: 'string' },
  'customs-code': { type: 'string' },
  tier: { type: 'string' },
  enterprise: { type: 'string' },
  file: { type: 'string' },
  dir: { type: 'string' },
  channel: { type: 'string' },
} as const;

const Global = { data: z.string().min(1).default('gateway-data'), lang: z.enum(['zh', 'zh-CN', 'en']).optional() };
const Positive = z.coerce.number().positive();

export const GatewayCommandSchema = z.discriminatedUnion('command', [
  z.object({ command: z.literal('help'), ...Global }),
  z.object({
    command: z.literal('serve'),
    port: z.coerce.number().int().min(0).max(65535).default(8787),
    host: z.string().min(1).default('127.0.0.1'),
    speed: Positive.optional(),
    seed: z.string().min(1).default('1'),
    tlsCert: z.string().min(1).optional(),
    tlsKey: z.string().min(1).optional(),
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    simulator: z.string().min(1).optional(),
    rateLimit: z.coerce.number().int().positive().optional(),
    ...Global,
  }),
  z.object({
    command: z.literal('enterprise-create'),
    name: z.string().min(1).max(100),
    uscc: z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/),
    customsCode: z.string().regex(/^[0-9A-Z]{10}$/),
    tier: CreditTier,
    ...Global,
  }),
  z.object({ command: z.literal('enterprise-list'), ...Global }),
  z.object({ command: z.literal('cert-register'), enterprise: z.string().min(1), file: z.string().min(1), ...Global }),
  z.object({ command: z.literal('device-enrol'), enterprise: z.string().min(1), name: z.string().min(1).max(100), ...Global }),
  z.object({ command: z.literal('submissions-list'), enterprise: z.string().min(1).optional(), ...Global }),
  z.object({ command: z.literal('simulator-speed'), speed: Positive, ...Global }),
  z.object({
    command: z.literal('publish-update'),
    enterprise: z.string().min(1),
    dir: z.string().min(1),
    channel: z.enum(['stable', 'beta']).default('stable'),
    ...Global,
  }),
]);
export type GatewayCommand = z.infer<typeof GatewayCommandSchema>;

function usage(zh: string, en: string): UsageError {
  return new UsageError({ zh, en });
}

export function parseGatewayCommand(argv: readonly string[]): GatewayCommand {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof options; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw usage(`参数有误：${reason}`, `Bad arguments: ${reason}`);
  }
  const v = parsed.values;
  const [first, second, third, ...extra] = parsed.positionals;
  const globals = { data: v.data, lang: v.lang };
  const words = [first, second].filter(Boolean).join(' ');
  if (v.help || !first) return check({ command: 'help', ...globals });
  if (first === 'serve') {
    return check({
      command: 'serve', port: v.port, host: v.host, speed: v.speed, seed: v.seed, tlsCert: v['tls-cert'], tlsKey: v['tls-key'],
      logLevel: v['log-level'], simulator: v.simulator, rateLimit: v['rate-limit'], ...globals,
    });
  }
  if (extra.length > 0) throw usage(`多余的参数：${extra.join(' ')}`, `Unexpected arguments: ${extra.join(' ')}`);
  switch (words) {
    case 'enterprise create':
      return check({ command: 'enterprise-create', name: v.name, uscc: v.uscc, customsCode: v['customs-code'], tier: v.tier, ...globals });
    case 'enterprise list':
      return check({ command: 'enterprise-list', ...globals });
    case 'cert register':
      return check({ command: 'cert-register', enterprise: v.enterprise, file: v.file ?? third, ...globals });
    case 'device enrol':
    case 'device enroll':
      return check({ command: 'device-enrol', enterprise: v.enterprise, name: v.name, ...globals });
    case 'submissions list':
      return check({ command: 'submissions-list', enterprise: v.enterprise, ...globals });
    case 'simulator speed':
      return check({ command: 'simulator-speed', speed: third ?? v.speed, ...globals });
    case 'publish-update':
    case 'update publish':
      return check({ command: 'publish-update', enterprise: v.enterprise, dir: v.dir, channel: v.channel, ...globals });
    default:
      throw usage(`未知的命令「${words}」，请看 --help。`, `Unknown command "${words}"; see --help.`);
  }
}

function check(raw: Record<string, unknown>): GatewayCommand {
  const parsed = GatewayCommandSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const option = String(issue?.path[0] ?? '');
  const flag = option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  const value = raw[option];
  if (value === undefined) throw usage(`缺少选项 --${flag}。`, `Missing option --${flag}.`);
  throw usage(`选项 --${flag} 的值「${String(value)}」无效。`, `Invalid value "${String(value)}" for --${flag}.`);
}
