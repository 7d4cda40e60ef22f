import { AppError } from '../../../shared/ipc/errors';

/** Interim: a tracking entry point whose implementation has not landed yet (removed when it does). */
export function notBuilt(what: string): never {
  throw new AppError({ code: 'INTERNAL', messageZh: `${what}尚未完成。`, messageEn: `${what} is not built yet.` });
}
