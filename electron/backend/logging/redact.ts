/**
 * Removes secrets from text and values before they reach a log file or a diagnostics zip:
 * device tokens, passphrases and passwords, Authorization headers, private keys (PEM), and
 * credentials inside URLs. Names, paths and error messages stay readable for the administrator.
 */

export const REDACTED = '[redacted]';

/** Property names whose values are secrets wherever they appear (JSON, key=value, objects). */
const SECRET_NAME = /^(?:[\w-]*(?:token|passphrase|password|passwd|pwd|secret|apikey|api_key|private_?key|privatekey|p12base64|pfx|datakey|data_key|key_sealed|keysealed|authorization|cookie)[\w-]*)$/i;

const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]*)PRIVATE KEY-----[\s\S]*?(?:-----END \1PRIVATE KEY-----|$)/g;
const AUTH_HEADER = /\b(authorization|proxy-authorization|cookie)(["']?\s*[:=]\s*["']?)[^"'\r\n,}]*/gi;
const BEARER = /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{4,}/g;
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^/\s:@]+:[^/\s@]+@/gi;
/** name: value, name=value, "name": "value" for the secret names above. */
const NAMED_VALUE =
  /(["']?)\b([\w-]*(?:token|passphrase|password|passwd|secret|api_?key|private_?key|p12base64|data_?key|key_?sealed)[\w-]*)\1(\s*[:=]\s*)("(?:[^"\\]|\\.)*"|'[^']*'|[^\s,;&}\]]+)/gi;

export function redactText(text: string): string {
  return text
    .replace(PEM_BLOCK, '[redacted private key]')
    .replace(AUTH_HEADER, (_m, name: string, sep: string) => `${name}${sep}${REDACTED}`)
    .replace(BEARER, (_m, scheme: string) => `${scheme} ${REDACTED}`)
    .replace(URL_CREDENTIALS, (_m, scheme: string) => `${scheme}${REDACTED}@`)
    .replace(NAMED_VALUE, (_m, quote: string, name: string, sep: string, value: string) => {
      const wrap = value.startsWith('"') ? '"' : value.startsWith("'") ? "'" : '';
      return `${quote}${name}${quote}${sep}${wrap}${REDACTED}${wrap}`;
    });
}

/** A deep copy of `value` with secret-named properties replaced and every string redacted. */
export function redactValue(value: unknown, depth = 0): unknown {
  if (depth > 8) return '[…]';
  if (typeof value === 'string') return redactText(value);
  if (value instanceof Error) {
    const copy = new Error(redactText(value.message));
    copy.name = value.name;
    copy.stack = value.stack === undefined ? undefined : redactText(value.stack);
    return copy;
  }
  if (value instanceof Uint8Array) return `[${value.length} bytes]`;
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = SECRET_NAME.test(key) ? REDACTED : redactValue(v, depth + 1);
    return out;
  }
  return value;
}
