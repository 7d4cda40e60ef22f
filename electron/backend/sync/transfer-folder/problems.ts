import type { AppErrorValue } from '../../../../shared/ipc/errors';

/** What the folder channel tells a broker, always naming the folder or the file involved. */
export const folderProblems = {
  impPathMissing: (path: string): AppErrorValue => ({
    code: 'NOT_FOUND',
    field: 'impPath',
    messageZh: `找不到单一窗口客户端的导入目录（ImpPath）：${path}。请确认客户端已安装并在设置中填写正确的目录。`,
    messageEn: `The Single Window client's import folder (ImpPath) was not found: ${path}. Check that the client is installed and the folder in settings is right.`,
    details: { path },
  }),
  notWritable: (path: string, reason: string): AppErrorValue => ({
    code: 'INVALID_INPUT',
    field: 'impPath',
    messageZh: `无法写入单一窗口客户端的文件夹：${path}。请检查权限。`,
    messageEn: `Cannot write to the Single Window client's folder ${path}. Check its permissions.`,
    details: { path, reason },
  }),
  writeFailed: (path: string, reason: string): AppErrorValue => ({
    code: 'INTERNAL',
    messageZh: `报文压缩包未能写入 ${path}：${reason}。稍后将重试。`,
    messageEn: `The message zip could not be written to ${path}: ${reason}. It will be retried.`,
    details: { path, reason },
  }),
  cancelled: (): AppErrorValue => ({
    code: 'CANCELLED',
    messageZh: '已取消，没有写入任何文件。',
    messageEn: 'Cancelled; no file was written.',
  }),
  retriesExhausted: (zip: string, attempts: number): AppErrorValue => ({
    code: 'CONFLICT',
    messageZh: `${zip} 已从 FailBox 重试 ${attempts} 次，仍被客户端退回，不再自动重试。请检查报文后作为新版本重新申报。`,
    messageEn: `${zip} was retried from FailBox ${attempts} times and the client still refused it; no more retries. Check the message and submit it as a new revision.`,
    details: { zip, attempts },
  }),
  notInFailBox: (zip: string): AppErrorValue => ({
    code: 'NOT_FOUND',
    messageZh: `FailBox 中没有 ${zip}，无需重试。`,
    messageEn: `${zip} is not in FailBox; nothing to retry.`,
    details: { zip },
  }),
};

/** The reason given when the client moved a zip to FailBox without writing a Failed_ response. */
export function failBoxReason(zipPath: string): { zh: string; en: string } {
  return {
    zh: `单一窗口客户端未能上传该报文，已移入 FailBox：${zipPath}`,
    en: `The Single Window client could not upload this message and moved it to FailBox: ${zipPath}`,
  };
}
