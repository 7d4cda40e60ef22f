import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../electron/main/trusted-sender';

describe('trusted IPC sender', () => {
  const ours = { senderId: 7, frameUrl: 'app://clearway/declarations', isMainFrame: true };

  it('accepts our window main frame on our origin', () => {
    expect(isTrustedSender(ours, 7)).toBe(true);
  });

  it('refuses another webContents', () => {
    expect(isTrustedSender({ ...ours, senderId: 8 }, 7)).toBe(false);
  });

  it('refuses when there is no window', () => {
    expect(isTrustedSender(ours, null)).toBe(false);
    expect(isTrustedSender(ours, undefined)).toBe(false);
  });

  it('refuses a subframe, even on our origin', () => {
    expect(isTrustedSender({ ...ours, isMainFrame: false }, 7)).toBe(false);
  });

  it.each([
    ['https://evil.example/'],
    ['file:///tmp/x.html'],
    ['app://other/'],
    ['about:blank'],
    ['not a url'],
  ])('refuses a frame showing %s', (frameUrl) => {
    expect(isTrustedSender({ ...ours, frameUrl }, 7)).toBe(false);
  });

  it('refuses a destroyed frame (no URL)', () => {
    expect(isTrustedSender({ ...ours, frameUrl: undefined }, 7)).toBe(false);
  });
});
