import { protocol, type Session } from 'electron';
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { APP_SCHEME, resolveAppRequest } from './app-protocol';

/** Must run before `app.ready`: privileges are fixed when Chromium starts. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: a real origin with relative URLs; secure: a secure context like https;
      // fetch for the bundles' own module loading; code cache so start-up stays fast.
      // Deliberately not bypassCSP, corsEnabled or stream.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

const isFile = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

/** Serves dist/renderer on app://clearway/ for `ses`, GET only, with the CSP on every response. */
export function serveAppProtocol(ses: Session, root: string): void {
  ses.protocol.handle(APP_SCHEME, async (request) => {
    const decision = resolveAppRequest({ method: request.method, url: request.url }, root, isFile);
    if (decision.status !== 200) return new Response(null, { status: decision.status, headers: decision.headers });
    try {
      return new Response(await readFile(decision.file), { status: 200, headers: decision.headers });
    } catch {
      // Removed between the check and the read (an update in progress): same as absent.
      const { 'content-type': _ignored, ...headers } = decision.headers;
      return new Response(null, { status: 404, headers });
    }
  });
}
