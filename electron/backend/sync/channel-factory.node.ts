import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/ipc/errors';
import type { SubmissionChannel } from './channel';
import { HttpChannel } from './http-channel.node';
import { createTransferFolderChannel } from './transfer-folder-channel.node';
import type { StoredSyncSettings } from './sync-settings.node';

export interface ChannelContext {
  database: Database.Database;
  now: () => Date;
}

/** Makes the channel the settings choose; throws an AppError (shown as status.problem) when it cannot. */
export type ChannelFactory = (settings: StoredSyncSettings, context: ChannelContext) => SubmissionChannel;

export function notConfigured(what: 'gateway' | 'transfer-folder'): AppError {
  return what === 'gateway'
    ? new AppError({
        code: 'INVALID_INPUT',
        field: 'gatewayUrl',
        messageZh: '尚未设置单一窗口网关地址和设备令牌，请在“设置 › 提交通道”中填写。',
        messageEn: 'The single-window gateway URL and device token are not set yet; fill them in Settings › Submission channel.',
      })
    : new AppError({
        code: 'INVALID_INPUT',
        field: 'impPath',
        messageZh: '尚未设置传输客户端的 ImpPath 文件夹，请在“设置 › 提交通道”中填写。',
        messageEn: 'The transfer client ImpPath folder is not set yet; fill it in Settings › Submission channel.',
      });
}

/** The default factory: the sandbox gateway over HTTP, or the transfer client's ImpPath folders. */
export const defaultChannelFactory: ChannelFactory = (settings, context) => {
  if (settings.channel === 'gateway') {
    if (!settings.gatewayUrl || !settings.deviceToken) throw notConfigured('gateway');
    return new HttpChannel({ baseUrl: settings.gatewayUrl, deviceToken: settings.deviceToken });
  }
  if (!settings.impPath) throw notConfigured('transfer-folder');
  return createTransferFolderChannel({ impPath: settings.impPath, database: context.database, now: context.now });
};
