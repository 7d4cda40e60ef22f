import { contentSecurityPolicy, contentType, resolveStaticPath } from '../host/static-files.node';

/**
 * The UI is served from `app://clearway/` rather than file://: a real origin for the CSP and
 * for `'self'`, no file-system-wide privileges, and one traversal guard shared with the host.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'clearway';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/`;

export type AppResponse =
  | { status: 200; file: string; headers: Record<string, string> }
  | { status: 404 | 405; headers: Record<string, string> };

const securityHeaders = (): Record<string, string> => ({
  'content-security-policy': contentSecurityPolicy(),
  'x-content-type-options': 'nosniff',
});

/** Paths that name a file (`/assets/…`, anything with an extension) never fall back to the SPA shell. */
function looksLikeAsset(pathname: string): boolean {
  const last = pathname.slice(pathname.lastIndexOf('/') + 1);
  return pathname.startsWith('/assets/') || last.includes('.');
}

/**
 * Decides what an app:// request gets: a file under `root`, the SPA shell (index.html) for a
 * client-side route, 404, or 405 for anything but GET. `isFile` is the only file-system access.
 */
export function resolveAppRequest(
  request: { method: string; url: string },
  root: string,
  isFile: (path: string) => boolean,
): AppResponse {
  if (request.method !== 'GET') return { status: 405, headers: { ...securityHeaders(), allow: 'GET' } };
  const notFound: AppResponse = { status: 404, headers: securityHeaders() };
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return notFound;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username || url.password) return notFound;

  const file = resolveStaticPath(root, url.pathname);
  if (file === null) return notFound; // outside root, NUL, backslash, bad encoding: never a fallback
  if (isFile(file)) return ok(file);
  if (looksLikeAsset(url.pathname)) return notFound;
  const shell = resolveStaticPath(root, '/index.html');
  return shell && isFile(shell) ? ok(shell) : notFound;
}

function ok(file: string): AppResponse {
  const headers: Record<string, string> = { ...securityHeaders(), 'content-type': contentType(file) };
  // The shell names the hashed bundles of this build; never reuse a stale one after an update.
  if (file.endsWith('.html')) headers['cache-control'] = 'no-cache';
  return { status: 200, file, headers };
}
