import { runGatewayCli } from './cli/run.node';

declare const __CLEARWAY_VERSION__: string;

/** `clearway-gateway` / `npm run gateway -- <command>`: the sandbox gateway and its administration. */
runGatewayCli(process.argv.slice(2), {
  env: process.env,
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  version: __CLEARWAY_VERSION__,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`clearway-gateway: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
