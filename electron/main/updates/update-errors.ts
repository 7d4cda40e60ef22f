/** What went wrong with an update, in words a person can act on (update-messages.ts has the text). */
export type UpdateErrorKind = 'network' | 'feed-missing' | 'feed-invalid' | 'checksum' | 'signature' | 'disk-full' | 'other';

const byCode: Record<string, UpdateErrorKind> = {
  ERR_UPDATER_CHANNEL_FILE_NOT_FOUND: 'feed-missing',
  ERR_UPDATER_INVALID_UPDATE_INFO: 'feed-invalid',
  ERR_UPDATER_INVALID_VERSION: 'feed-invalid',
  ERR_UPDATER_NO_FILES_PROVIDED: 'feed-invalid',
  ERR_UPDATER_NO_CHECKSUM: 'feed-invalid',
  ERR_UPDATER_ASSET_NOT_FOUND: 'feed-invalid',
  ERR_CHECKSUM_MISMATCH: 'checksum',
  ERR_UPDATER_INVALID_SIGNATURE: 'signature',
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  ECONNREFUSED: 'network',
  ECONNRESET: 'network',
  ENOTFOUND: 'network',
  ETIMEDOUT: 'network',
  EAI_AGAIN: 'network',
  EHOSTUNREACH: 'network',
  ENETUNREACH: 'network',
};

/**
 * Sorts an error from electron-updater (its `code`), from Node (`code`), from Electron's network
 * stack (`net::ERR_...` in the message) or an HTTP status into one of the kinds above.
 */
export function classifyUpdateError(error: unknown): UpdateErrorKind {
  const fields = typeof error === 'object' && error !== null ? (error as { code?: unknown; message?: unknown; statusCode?: unknown }) : {};
  const code = typeof fields.code === 'string' ? fields.code : '';
  const message = typeof fields.message === 'string' ? fields.message : String(error);
  const known = byCode[code];
  if (known) return known;
  if (/ENOSPC|no space left/i.test(message)) return 'disk-full';
  if (/checksum mismatch/i.test(message)) return 'checksum';
  if (/not signed by the application owner/i.test(message)) return 'signature';
  if (/net::ERR_|socket hang up|ECONNREFUSED|ETIMEDOUT|ENOTFOUND|ECONNRESET/.test(message)) return 'network';
  const status = typeof fields.statusCode === 'number' ? fields.statusCode : Number(/HttpError: (\d{3})/.exec(message)?.[1] ?? NaN);
  if (status === 404) return 'feed-missing';
  if (status >= 500 || status === 407 || status === 403) return 'network';
  if (/YAMLException|Cannot parse update info/i.test(message)) return 'feed-invalid';
  return 'other';
}

/** One line for the log and the dialog's detail: the message without a stack, at most 300 characters. */
export function errorSummary(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n')[0] ?? '';
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}
