/** The subset of Electron's ProxyConfig the updater sets (kept structural so this file needs no Electron). */
export interface ElectronProxyConfig {
  mode: 'direct' | 'system' | 'fixed_servers';
  proxyRules?: string;
}

/**
 * The proxy setting as Electron's session proxy: none → the operating system's proxy (Electron's
 * own default), 'direct' → no proxy at all, an http(s) URL → that proxy for every request. Chromium
 * proxy rules take scheme://host:port only: a path is dropped, and credentials are dropped because
 * Chromium would send them nowhere (an authenticating proxy asks through the login event instead).
 */
export function proxyConfig(setting: string | null): ElectronProxyConfig {
  if (setting === null || setting === '') return { mode: 'system' };
  if (setting === 'direct') return { mode: 'direct' };
  let url: URL;
  try {
    url = new URL(setting);
  } catch {
    return { mode: 'system' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { mode: 'system' };
  return { mode: 'fixed_servers', proxyRules: `${url.protocol}//${url.host}` };
}
