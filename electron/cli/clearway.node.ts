import { runCli } from './run.node';

declare const __CLEARWAY_VERSION__: string;

/**
 * `clearway`: the same Backend the app runs, headless on a profile, driven through the contract.
 * Exit codes: 0 clean, 1 findings, 2 bad usage or input (reason on stderr).
 */
runCli(process.argv.slice(2), {
  env: process.env,
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  version: __CLEARWAY_VERSION__,
  onInterrupt: (handler) => {
    process.on('SIGINT', handler);
    return () => process.off('SIGINT', handler);
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`清关通 Clearway: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
