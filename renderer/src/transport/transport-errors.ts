import type { AppErrorValue } from '../../../shared/ipc/errors';

/**
 * Failures of the transport itself, as error values like any other. The marker in `details`
 * lets autosave retry on its own.
 */
export const TRANSPORT_DETAIL = 'transport';

export function hostUnreachable(): AppErrorValue {
  return {
    code: 'BACKEND_UNREACHABLE',
    messageZh: '无法连接清关通后台（浏览器模式的主机可能已停止）。页面上的内容仍在，连接恢复后会自动保存。',
    messageEn: 'Cannot reach the Clearway host (browser mode); it may have stopped. What is on this page is kept and saved once it is back.',
    details: { [TRANSPORT_DETAIL]: 'unreachable' },
  };
}

export function badHostResponse(status: number): AppErrorValue {
  return {
    code: 'INTERNAL',
    messageZh: `后台返回了无法识别的响应（HTTP ${status}）。`,
    messageEn: `The host sent a response that could not be read (HTTP ${status}).`,
    details: { [TRANSPORT_DETAIL]: 'bad-response', status },
  };
}

export function isTransportFailure(error: AppErrorValue): boolean {
  const details = error.details;
  return typeof details === 'object' && details !== null && TRANSPORT_DETAIL in details;
}
