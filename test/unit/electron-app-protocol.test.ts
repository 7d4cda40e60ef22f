import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_START_URL, resolveAppRequest } from '../../electron/main/app-protocol';

let outer: string;
let root: string;
const isFile = (path: string): boolean => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
const get = (url: string) => resolveAppRequest({ method: 'GET', url }, root, isFile);
const fileOf = (url: string): string | null => {
  const response = get(url);
  return response.status === 200 ? relative(root, response.file).split(sep).join('/') : null;
};

beforeAll(() => {
  // outer/secret.txt sits next to the served folder: no request may ever reach it.
  outer = mkdtempSync(join(tmpdir(), 'clearway-app-protocol-'));
  root = join(outer, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(root, 'assets', 'index-abc123.css'), 'body{}');
  writeFileSync(join(outer, 'secret.txt'), 'secret');
  writeFileSync(join(outer, 'secret'), 'secret');
});
afterAll(() => rmSync(outer, { recursive: true, force: true }));

describe('app:// request resolution', () => {
  it('serves the shell at the start URL with the CSP and no caching', () => {
    const response = get(APP_START_URL);
    expect(response.status).toBe(200);
    if (response.status !== 200) return;
    expect(relative(root, response.file)).toBe('index.html');
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const csp = response.headers['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toContain('unsafe-inline');
  });

  it('serves built assets with their content type', () => {
    expect(fileOf('app://clearway/assets/index-abc123.js')).toBe('assets/index-abc123.js');
    const css = get('app://clearway/assets/index-abc123.css');
    expect(css.status === 200 && css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it('falls back to the shell for client-side routes only', () => {
    expect(fileOf('app://clearway/declarations/42')).toBe('index.html');
    expect(fileOf('app://clearway/settings?tab=profile')).toBe('index.html');
    expect(get('app://clearway/assets/missing.js').status).toBe(404);
    expect(get('app://clearway/assets/chunk').status).toBe(404);
    expect(get('app://clearway/favicon.ico').status).toBe(404);
  });

  it('answers 405 to anything but GET, and 404 to another host', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS']) {
      const response = resolveAppRequest({ method, url: APP_START_URL }, root, isFile);
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe('GET');
    }
    expect(get('app://evil/index.html').status).toBe(404);
    expect(get('app://user@clearway/index.html').status).toBe(404);
    expect(get('https://clearway/index.html').status).toBe(404);
    expect(get('::not a url').status).toBe(404);
  });

  it.each([
    'app://clearway/../secret.txt',
    'app://clearway/assets/../../secret.txt',
    'app://clearway/%2e%2e/secret.txt',
    'app://clearway/%2E%2E/%2e%2E/secret.txt',
    'app://clearway/..%2fsecret.txt',
    'app://clearway/assets/..%2f..%2fsecret.txt',
    'app://clearway/%2e%2e%2fsecret.txt',
    'app://clearway/..%5csecret.txt',
    'app://clearway/..\\secret.txt',
    'app://clearway/assets\\..\\..\\secret.txt',
    'app://clearway/index.html%00.js',
    'app://clearway/%00',
    'app://clearway/%E0%A4%A',
    'app://clearway//etc/passwd.txt',
    'app://clearway/C:/Windows/win.ini',
  ])('never serves a file outside the folder: %s', (url) => {
    expect(get(url).status).toBe(404);
  });

  it.each(['app://clearway/../secret', 'app://clearway/%2e%2e/%2e%2e/secret', 'app://clearway/../../etc/passwd'])(
    'normalises dot segments inside the folder; an extension-less path is then a route: %s',
    (url) => {
      // The URL parser removes the dot segments, so this is a client-side route: the shell, never ../secret.
      expect(fileOf(url)).toBe('index.html');
    },
  );
});
