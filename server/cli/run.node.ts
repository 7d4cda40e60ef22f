import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { creditTierNames } from '../../shared/model/parties';
import { AdminError, createEnterprise, enrolDevice, enterpriseNamed, registerCertificates } from '../admin.node';
import { withSpeed } from '../simulator/clock';
import { openStorage } from '../storage/open-storage.node';
import type { GatewayStorage } from '../storage/storage';
import { parseGatewayCommand, type GatewayCommand } from './args.node';
import { publishUpdate } from './publish-update.node';
import { serve } from './serve.node';
import { chooseLanguage, help, say, UsageError, type Lang } from './text';

export interface CliIo {
  env: NodeJS.ProcessEnv;
  out: (text: string) => void;
  err: (text: string) => void;
  version: string;
}

/** Runs one gateway command. Exit codes: 0 done, 2 bad usage or input (reason on stderr). */
export async function runGatewayCli(argv: readonly string[], io: CliIo): Promise<number> {
  const langFlag = argv.find((a, i) => argv[i - 1] === '--lang') ?? argv.find((a) => a.startsWith('--lang='))?.slice(7);
  let lang: Lang = chooseLanguage(langFlag, io.env);
  try {
    const command = parseGatewayCommand(argv);
    lang = chooseLanguage(command.lang, io.env);
    if (command.command === 'help') {
      io.out(say(lang, help));
      return 0;
    }
    if (command.command === 'serve') return await serve(command, io, lang);
    const storage = await openStorage({ dataDir: resolve(command.data), databaseUrl: io.env.DATABASE_URL });
    try {
      await administer(storage, command, io, lang, resolve(command.data));
    } finally {
      await storage.close();
    }
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(say(lang, error.text));
      return 2;
    }
    if (error instanceof AdminError) {
      io.err(lang === 'zh' ? error.messageZh : error.messageEn);
      return 2;
    }
    throw error;
  }
}

async function administer(storage: GatewayStorage, command: Exclude<GatewayCommand, { command: 'help' | 'serve' }>, io: CliIo, lang: Lang, dataDir: string): Promise<void> {
  const t = (zh: string, en: string) => say(lang, { zh, en });
  switch (command.command) {
    case 'enterprise-create': {
      const e = await createEnterprise(storage, command);
      io.out(t(`已创建企业 ${e.id}：${e.name}（${e.uscc}，${creditTierNames[e.tier].zh}）`, `Created enterprise ${e.id}: ${e.name} (${e.uscc}, ${creditTierNames[e.tier].en})`));
      return;
    }
    case 'enterprise-list':
      for (const e of await storage.listEnterprises()) {
        io.out(`${e.id}\t${e.uscc}\t${e.customsCode}\t${lang === 'zh' ? creditTierNames[e.tier].zh : creditTierNames[e.tier].en}\t${e.name}`);
      }
      return;
    case 'cert-register': {
      const enterprise = await enterpriseNamed(storage, command.enterprise);
      const bytes = readInput(command.file);
      for (const c of await registerCertificates(storage, enterprise, bytes)) {
        io.out(t(`已为 ${enterprise.name} 登记证书 ${c.subject}（SHA-256 ${c.fingerprint}）`, `Registered certificate ${c.subject} for ${enterprise.name} (SHA-256 ${c.fingerprint})`));
      }
      return;
    }
    case 'device-enrol': {
      const enterprise = await enterpriseNamed(storage, command.enterprise);
      const { device, token } = await enrolDevice(storage, enterprise, command.name);
      io.out(t(`已登记设备 ${device.id}「${device.name}」（${enterprise.name}）。令牌只显示这一次，请妥善保存：`, `Enrolled device ${device.id} "${device.name}" (${enterprise.name}). The token is shown this once; keep it safe:`));
      io.out(token);
      return;
    }
    case 'submissions-list': {
      const enterprise = command.enterprise ? await enterpriseNamed(storage, command.enterprise) : null;
      const rows = await storage.listSubmissions(enterprise?.id);
      for (const s of rows) {
        io.out([s.receivedAt, s.enterpriseId, s.idempotencyKey, s.status, s.responseCode, s.seqNo ?? '-', s.ruleIds ?? '', s.errorMessage ?? ''].join('\t'));
      }
      io.out(t(`共 ${rows.length} 份申报`, `${rows.length} submission(s)`));
      return;
    }
    case 'publish-update': {
      const enterprise = await enterpriseNamed(storage, command.enterprise);
      const result = await publishUpdate({ dataDir, enterprise, releaseDir: command.dir, channel: command.channel });
      for (const name of [...result.files, ...result.channelFiles]) io.out(`${result.folder}/${name}`);
      io.out(t(
        `已为 ${enterprise.name} 发布 ${result.versions.join('、')} 版（${command.channel === 'stable' ? '正式版' : '测试版'}通道）。客户端的更新地址（策略 updateUrl）：<网关地址>/v1/updates/${enterprise.uscc}/`,
        `Published version ${result.versions.join(', ')} for ${enterprise.name} on the ${command.channel} channel. The clients' update URL (policy updateUrl): <gateway URL>/v1/updates/${enterprise.uscc}/`,
      ));
      return;
    }
    case 'simulator-speed': {
      await storage.writeClock(withSpeed(await storage.readClock(), command.speed, Date.now()));
      io.out(t(`模拟时钟倍速已设为 ${command.speed}（运行中的网关随即生效）`, `Simulated clock speed set to ${command.speed} (running gateways follow)`));
      return;
    }
  }
}

function readInput(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch {
    throw new UsageError({ zh: `无法读取文件 ${file}。`, en: `Cannot read the file ${file}.` });
  }
}
