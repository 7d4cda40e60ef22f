import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createGateway } from '../app.node';
import { defaultSimulatorConfig, SimulatorConfigSchema, type SimulatorConfig } from '../simulator/config';
import { openStorage } from '../storage/open-storage.node';
import type { GatewayCommand } from './args.node';
import type { CliIo } from './run.node';
import { say, UsageError, type Lang } from './text';

/** `serve`: runs until SIGINT/SIGTERM, then closes requests, the publisher and the database. */
export async function serve(command: Extract<GatewayCommand, { command: 'serve' }>, io: CliIo, lang: Lang): Promise<number> {
  if (!!command.tlsCert !== !!command.tlsKey) {
    throw new UsageError({ zh: '--tls-cert 与 --tls-key 需要同时给出。', en: '--tls-cert and --tls-key go together.' });
  }
  const https = command.tlsCert && command.tlsKey ? { cert: readFileSync(command.tlsCert), key: readFileSync(command.tlsKey) } : null;
  const storage = await openStorage({ dataDir: resolve(command.data), databaseUrl: io.env.DATABASE_URL });
  const gateway = await createGateway({
    storage,
    seed: command.seed,
    ...(command.speed !== undefined ? { speed: command.speed } : {}),
    ...(command.simulator ? { simulator: readSimulatorConfig(command.simulator) } : {}),
    ...(command.rateLimit ? { rateLimitPerMinute: command.rateLimit } : {}),
    logger: command.logLevel === 'silent' ? false : { level: command.logLevel },
    https,
    version: io.version,
    // Update files live beside the SQLite file even when the database is PostgreSQL.
    updatesDir: resolve(command.data, 'updates'),
  });
  const url = await gateway.listen(command.port, command.host);
  const where = storage.kind === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : resolve(command.data);
  io.out(say(lang, {
    zh: `清关通沙箱网关已启动：${url}（数据：${where}；模拟时钟倍速 ${gateway.clock.speed}）`,
    en: `Clearway sandbox gateway listening on ${url} (data: ${where}; simulated clock speed ${gateway.clock.speed})`,
  }));
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await gateway.close();
  return 0;
}

function readSimulatorConfig(file: string): SimulatorConfig {
  let given: Partial<Record<keyof SimulatorConfig, object>>;
  try {
    given = JSON.parse(readFileSync(file, 'utf8')) as typeof given;
  } catch {
    throw new UsageError({ zh: `无法读取模拟器配置 ${file}（需要 JSON）。`, en: `Cannot read the simulator configuration ${file} (JSON expected).` });
  }
  // A partial file overrides the defaults key by key.
  const d = defaultSimulatorConfig;
  const merged = {
    ...d,
    ...given,
    durations: { ...d.durations, ...given.durations },
    dutyRate: { ...d.dutyRate, ...given.dutyRate },
    inspectionRate: { ...d.inspectionRate, ...given.inspectionRate },
  };
  const parsed = SimulatorConfigSchema.safeParse(merged);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    throw new UsageError({ zh: `模拟器配置 ${file} 中的 ${where} 无效。`, en: `Simulator configuration ${file}: ${where} is invalid.` });
  }
  return parsed.data;
}
