import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Backend } from '../backend/backend.node';
import { defaultProfileDir, resolveProfileDir } from '../backend/profile.node';
import { DATABASE_FILE } from '../backend/store/open-database.node';
import { globalsOf, parseCommand, type Command } from './args.node';
import { importFile, validate, xmlExport, xmlImport, type ExitCode } from './commands.node';
import { printPdf } from './pdf-command.node';
import { CallFailed, errorText, session } from './session.node';
import { signCommand, verifyCommand } from './signing.node';
import { backupCommand, backupProgressPrinter, diagnosticsCommand, restoreCommand } from './support-commands.node';
import type { EventPayload } from '../../shared/ipc/contract';
import { chooseLanguage, helpTexts, say, UsageError, type Lang } from './text';

export interface CliIo {
  env: NodeJS.ProcessEnv;
  out(text: string): void;
  err(text: string): void;
  version: string;
  /**
   * Ctrl+C while a backup or restore runs: `handler` cancels it, so that no partial backup or
   * extracted copy is left behind. Answers the function that stops listening. Absent in tests
   * that do not need it.
   */
  onInterrupt?(handler: () => void): () => void;
}

/** The profile's language without creating a profile: a new one would be zh-CN. */
async function profileLanguage(profileDir: string): Promise<'zh-CN' | 'en'> {
  if (!existsSync(join(profileDir, DATABASE_FILE))) return 'zh-CN';
  const backend = new Backend({ profileDir, version: 'cli', seedsDir: null, sync: { timers: false } });
  try {
    const result = await backend.call('settings.get', {});
    return result.ok ? (result.value as { language: 'zh-CN' | 'en' }).language : 'zh-CN';
  } finally {
    backend.close();
  }
}

/** Runs one command line against the profile's backend; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const globals = globalsOf(argv);
  const profileDir = resolveProfileDir(globals.profile ? ['--profile', globals.profile] : [], io.env, defaultProfileDir(process.platform, io.env));
  // The profile is asked only when neither --lang nor the locale settles it.
  const settled = chooseLanguage(globals.lang, io.env, () => 'en') === 'zh' || globals.lang === 'en';
  const profileLang = settled ? 'zh-CN' : await profileLanguage(profileDir).catch((): 'zh-CN' => 'zh-CN');
  const lang: Lang = chooseLanguage(globals.lang, io.env, () => profileLang);

  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(say(lang, error.text));
    io.err(say(lang, { zh: `详见 clearway ${error.showHelp && error.showHelp !== 'main' ? `${error.showHelp} ` : ''}--help`, en: `See clearway ${error.showHelp && error.showHelp !== 'main' ? `${error.showHelp} ` : ''}--help` }));
    return 2;
  }
  if (command.command === 'help') {
    io.out(say(lang, helpTexts[command.topic] ?? helpTexts.main ?? { zh: '', en: '' }));
    return 0;
  }

  // A one-off command never starts sending the profile's outbox in the background.
  const backend = new Backend({ profileDir, version: io.version, sync: { timers: false }, log: 'profile' });
  try {
    const status = await backend.call('app.status', {});
    // Diagnostics and restore are what an administrator reaches for when the database is unreadable.
    const worksInRecovery = command.command === 'diagnostics' || command.command === 'restore';
    if (!worksInRecovery && status.ok && status.value && (status.value as { state: string }).state === 'recovery') {
      const problem = (status.value as { problem: Parameters<typeof errorText>[1] }).problem;
      io.err(errorText(lang, problem));
      return 2;
    }
    const s = session(backend, lang, io);
    switch (command.command) {
      case 'validate':
        return await validate(s, command);
      case 'import':
        return await importFile(s, command);
      case 'xml-export':
        return await xmlExport(s, command);
      case 'xml-import':
        return await xmlImport(s, command);
      case 'pdf':
        return await printPdf(s, command);
      case 'sign':
        return await signCommand(s, command, io.env);
      case 'verify':
        return await verifyCommand(s, command);
      case 'backup':
      case 'restore': {
        // Both report through profile.backupProgress: the lines go to stderr.
        const line = backupProgressPrinter(lang);
        const stop = backend.onEvent((event, payload) => {
          const text = event === 'profile.backupProgress' ? line(payload as EventPayload<'profile.backupProgress'>) : null;
          if (text) io.err(text);
        });
        const jobId = randomUUID();
        const stopListening = io.onInterrupt?.(() => {
          // Once only: a second Ctrl+C ends the process the usual way.
          stopListening?.();
          io.err(say(lang, { zh: '正在取消…（再按一次 Ctrl+C 立即退出）', en: 'Cancelling… (press Ctrl+C again to quit at once)' }));
          void backend.call('profile.cancelBackup', { jobId });
        });
        try {
          return command.command === 'backup' ? await backupCommand(s, command, jobId) : await restoreCommand(s, command, jobId);
        } finally {
          stopListening?.();
          stop();
        }
      }
      case 'diagnostics':
        return await diagnosticsCommand(s, command);
    }
  } catch (error) {
    if (error instanceof UsageError) io.err(say(lang, error.text));
    else if (error instanceof CallFailed) io.err(errorText(lang, error.error));
    else io.err(say(lang, { zh: `内部错误：${String(error)}`, en: `Internal error: ${String(error)}` }));
    return 2;
  } finally {
    backend.close();
  }
}
