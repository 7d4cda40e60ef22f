/**
 * The browser host's access token arrives once in the URL fragment (`#token=...`). It is kept
 * in sessionStorage, so a reload of the same tab keeps working after the fragment has been
 * replaced by an app route, and it never outlives the tab.
 */
const STORAGE_KEY = 'clearway.hostToken';
const TOKEN_IN_HASH = /^#token=([^&/]+)/;

export function takeHostToken(): string | null {
  const match = TOKEN_IN_HASH.exec(window.location.hash);
  const fromHash = match?.[1];
  if (fromHash) {
    const token = decodeURIComponent(fromHash);
    sessionStorage.setItem(STORAGE_KEY, token);
    // Drop the token from the address bar (and from history) as soon as it is stored.
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/declarations`);
    return token;
  }
  return sessionStorage.getItem(STORAGE_KEY);
}

export function forgetHostToken(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}
