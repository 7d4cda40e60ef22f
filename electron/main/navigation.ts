import { APP_HOST, APP_SCHEME } from './app-protocol';

const MAX_EXTERNAL_URL_LENGTH = 2048;

/** True for URLs on our own origin (app://clearway). */
export function isAppUrl(raw: string | undefined): boolean {
  if (!raw) return false;
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** A URL that passed externalUrlToOpen(): the only kind shell.openExternal may be given. */
export type CheckedExternalUrl = string & { readonly checkedBy: 'externalUrlToOpen' };

/**
 * The URL to hand to the system browser, or null to drop the request. Only https, no
 * credentials in the URL (`https://bank.cn@evil.example/` reads as a bank), nothing
 * malformed or oversized; the normalised href is what gets opened, never the raw string.
 */
export function externalUrlToOpen(raw: string): CheckedExternalUrl | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_EXTERNAL_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || !url.hostname) return null;
  return url.href as CheckedExternalUrl;
}

/**
 * A navigation of our window: stays only on our origin (a full reload of a route); everything
 * else is cancelled, and an https link goes to the system browser instead.
 */
export function navigationDecision(raw: string): { allow: true } | { allow: false; openExternal: CheckedExternalUrl | null } {
  if (isAppUrl(raw)) return { allow: true };
  return { allow: false, openExternal: externalUrlToOpen(raw) };
}
