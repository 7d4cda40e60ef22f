import { describe, expect, it } from 'vitest';
import { externalUrlToOpen, isAppUrl, navigationDecision } from '../../electron/main/navigation';

describe('external URL decision', () => {
  it('opens plain https links, normalised', () => {
    expect(externalUrlToOpen('https://www.singlewindow.cn/')).toBe('https://www.singlewindow.cn/');
    expect(externalUrlToOpen('https://WWW.Customs.gov.cn/path?q=1#x')).toBe('https://www.customs.gov.cn/path?q=1#x');
  });

  it.each([
    ['http://www.singlewindow.cn/'],
    ['file:///etc/passwd'],
    ['javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['app://clearway/index.html'],
    ['smb://server/share'],
    ['ms-msdt:/id PCWDiagnostic'],
    ['mailto:someone@example.com'],
    ['https://user:pass@bank.example.cn/'],
    ['https://www.bank.example.cn@evil.example/'],
    ['https://'],
    ['not a url'],
    [''],
    [`https://example.cn/${'a'.repeat(3000)}`],
  ])('refuses %s', (url) => {
    expect(externalUrlToOpen(url)).toBeNull();
  });
});

describe('navigation of our window', () => {
  it('stays on our origin', () => {
    expect(navigationDecision('app://clearway/declarations/42')).toEqual({ allow: true });
    expect(isAppUrl('app://clearway/')).toBe(true);
  });

  it('blocks everything else, sending only https to the browser', () => {
    expect(navigationDecision('https://www.singlewindow.cn/')).toEqual({ allow: false, openExternal: 'https://www.singlewindow.cn/' });
    expect(navigationDecision('http://www.singlewindow.cn/')).toEqual({ allow: false, openExternal: null });
    expect(navigationDecision('file:///C:/Windows/win.ini')).toEqual({ allow: false, openExternal: null });
    expect(navigationDecision('app://evil/')).toEqual({ allow: false, openExternal: null });
    expect(navigationDecision('app://x@clearway/')).toEqual({ allow: false, openExternal: null });
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl('app://clearway.evil/')).toBe(false);
  });
});
