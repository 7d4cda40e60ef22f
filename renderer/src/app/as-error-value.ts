import { ClearwayError } from '../../../shared/ipc/api';
import type { AppErrorValue } from '../../../shared/ipc/errors';

/** Every failure the UI shows is an error value; a stray exception becomes one too. */
export function asErrorValue(error: unknown): AppErrorValue {
  if (error instanceof ClearwayError) return error.value;
  const reason = error instanceof Error ? error.message : String(error);
  return { code: 'INTERNAL', messageZh: `意外错误：${reason}`, messageEn: `Unexpected error: ${reason}` };
}
