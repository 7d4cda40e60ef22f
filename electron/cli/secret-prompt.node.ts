import { createInterface } from 'node:readline';

/**
 * Reads a secret from the terminal without echoing it. Returns null when stdin is not a TTY
 * (a script must use the environment variable instead: a piped password would sit in history).
 */
export function readSecret(prompt: string, input: NodeJS.ReadStream = process.stdin, output: NodeJS.WriteStream = process.stderr): Promise<string | null> {
  if (!input.isTTY) return Promise.resolve(null);
  return new Promise((resolve) => {
    const rl = createInterface({ input, output, terminal: true });
    const write = output.write.bind(output);
    let muted = false;
    // readline echoes through output.write; swallow the echo of typed characters only.
    (output as { write: typeof output.write }).write = ((chunk: string | Uint8Array, ...rest: never[]) =>
      muted && typeof chunk === 'string' && chunk !== '\n' && chunk !== '\r\n' ? true : write(chunk, ...rest)) as typeof output.write;
    rl.question(prompt, (answer) => {
      (output as { write: typeof output.write }).write = write;
      output.write('\n');
      rl.close();
      resolve(answer);
    });
    muted = true;
  });
}
