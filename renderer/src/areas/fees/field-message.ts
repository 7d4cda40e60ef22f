import type { AppErrorValue } from '../../../../shared/ipc/errors';

/**
 * The backend names a field it has no label for by its raw path (「invoice.lines.0.containerNo」,
 * "invoice.lines.0.containerNo"); the form knows what the broker sees there ("第 1 行 箱号"), so
 * the message next to the field says that instead.
 */
export function fieldMessage(error: AppErrorValue, label: string, english: boolean): string {
  return english ? error.messageEn.replace(/"[^"]*\.[^"]*"/, label) : error.messageZh.replace(/「[^」]*」/, label);
}
