import { resolve } from 'node:path';
import type { Command } from './args.node';
import type { ExitCode } from './commands.node';
import type { Session } from './session.node';
import type { BackupProgress } from '../../shared/support/schema';
import { say, type Lang } from './text';

const megabytes = (bytes: number): string => (bytes / (1024 * 1024)).toFixed(1);

/** `clearway backup`: the same online backup as the app's 备份配置文件 button. */
export async function backupCommand(s: Session, cmd: Extract<Command, { command: 'backup' }>, jobId: string): Promise<ExitCode> {
  const result = await s.call('profile.backup', cmd.out ? { dir: resolve(cmd.out), jobId } : { jobId });
  if (cmd.json) {
    s.out(JSON.stringify(result, null, 2));
    return 0;
  }
  const documents = result.counts.documents ?? 0;
  s.out(say(s.lang, {
    zh: `已备份到 ${result.path}（${megabytes(result.bytes)} MB，${documents} 份单据）。`,
    en: `Backed up to ${result.path} (${megabytes(result.bytes)} MB, ${documents} document(s)).`,
  }));
  return 0;
}

/** `clearway restore <file>`: validates the backup first; the current database is kept aside. */
export async function restoreCommand(s: Session, cmd: Extract<Command, { command: 'restore' }>, jobId: string): Promise<ExitCode> {
  const result = await s.call('profile.restore', { path: resolve(cmd.file), jobId });
  if (cmd.json) {
    s.out(JSON.stringify(result, null, 2));
    return 0;
  }
  const documents = result.counts.documents ?? 0;
  s.out(say(s.lang, {
    zh: `已从 ${result.restoredFrom} 恢复，共 ${documents} 份单据。`,
    en: `Restored from ${result.restoredFrom}: ${documents} document(s).`,
  }));
  if (result.previousDatabase) {
    s.out(say(s.lang, { zh: `原来的数据库保存在 ${result.previousDatabase}（未删除）。`, en: `The previous database was kept as ${result.previousDatabase} (not deleted).` }));
  }
  if (result.keysToReimport > 0) {
    s.out(say(s.lang, {
      zh: `注意：${result.keysToReimport} 个证书的私钥由原电脑的系统钥匙串保护，在本机无法使用；请在「设置 › 证书」中重新导入其 .p12/.pfx 文件。`,
      en: `Note: ${result.keysToReimport} certificate(s) have a private key sealed by the old PC's system keychain and cannot sign here; import their .p12/.pfx files again in Settings › Certificates.`,
    }));
  }
  if (result.deviceTokenToReenter) {
    s.out(say(s.lang, {
      zh: '注意：设备令牌不在备份中；请在「设置 › 提交通道」中重新输入，之后才能向网关提交。',
      en: 'Note: the device token is not in backups; enter it again in Settings › Submission channel before submitting through the gateway.',
    }));
  }
  return 0;
}

/** `clearway diagnostics`: the zip for support, without secrets. */
export async function diagnosticsCommand(s: Session, cmd: Extract<Command, { command: 'diagnostics' }>): Promise<ExitCode> {
  const result = await s.call('support.exportDiagnostics', cmd.out ? { dir: resolve(cmd.out) } : {});
  if (cmd.json) {
    s.out(JSON.stringify(result, null, 2));
    return 0;
  }
  s.out(say(s.lang, {
    zh: `诊断包已保存：${result.path}（${result.files.length} 个文件，不含密钥、令牌、口令或单据内容）。`,
    en: `Diagnostics saved: ${result.path} (${result.files.length} files; no keys, tokens, passwords or document contents).`,
  }));
  return 0;
}

const PHASE_TEXT = {
  database: { zh: '复制数据库', en: 'Copying the database' },
  verify: { zh: '检查备份', en: 'Checking the backup' },
  files: { zh: '打包', en: 'Packing' },
  unpack: { zh: '读取备份', en: 'Reading the backup' },
} satisfies Record<BackupProgress['phase'], { zh: string; en: string }>;

/**
 * Progress lines of `clearway backup` and `clearway restore` for a terminal (on stderr, so --json output stays clean): one when a phase
 * starts and one at each further quarter, not one per event.
 */
export function backupProgressPrinter(lang: Lang): (progress: BackupProgress) => string | null {
  let phase: BackupProgress['phase'] | null = null;
  let quarter = -1;
  return (progress) => {
    const q = progress.total > 0 ? Math.floor((progress.done / progress.total) * 4) : 0;
    if (progress.phase === phase && q <= quarter) return null;
    phase = progress.phase;
    quarter = q;
    const percent = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
    return `${say(lang, PHASE_TEXT[progress.phase])} ${percent}%`;
  };
}
