import type { Backend } from '../backend/backend.node';
import type { AppErrorValue } from '../../shared/ipc/errors';
import type { CallInput, CallName, CallOutput } from '../../shared/ipc/contract';
import { say, type Lang } from './text';

/** What a command works with: the backend (through the contract only), the language, and output. */
export interface Session {
  lang: Lang;
  call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>>;
  out(text: string): void;
  err(text: string): void;
}

/** A contract call failed: the command stops with exit code 2 and the error's text. */
export class CallFailed extends Error {
  constructor(readonly error: AppErrorValue) {
    super(error.messageEn);
    this.name = 'CallFailed';
  }
}

export function session(backend: Backend, lang: Lang, io: { out(text: string): void; err(text: string): void }): Session {
  return {
    lang,
    async call(name, input) {
      const result = await backend.call(name, input);
      if (!result.ok) throw new CallFailed(result.error);
      return result.value as CallOutput<typeof name>;
    },
    out: io.out,
    err: io.err,
  };
}

export function errorText(lang: Lang, error: AppErrorValue): string {
  return say(lang, { zh: error.messageZh, en: error.messageEn });
}
