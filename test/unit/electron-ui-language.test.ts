import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumLocale, readUiLanguage, UI_LANGUAGE_FILE, writeUiLanguage } from '../../electron/main/ui-language';

const dir = mkdtempSync(join(tmpdir(), 'clearway-ui-language-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the interface language remembered for Chromium’s locale at the next start', () => {
  it('is unknown at the first start and for a file that does not parse', () => {
    const path = join(dir, 'first', UI_LANGUAGE_FILE);
    expect(readUiLanguage(path)).toBeNull();
    for (const text of ['not json', '{"language":"fr"}', '["en"]', '']) {
      const broken = join(dir, UI_LANGUAGE_FILE);
      writeFileSync(broken, text);
      expect(readUiLanguage(broken), text).toBeNull();
    }
  });

  it('is written when it changes, and read back; an unchanged language leaves the file alone', () => {
    const path = join(dir, 'ui.json');
    writeUiLanguage(path, 'en');
    expect(readUiLanguage(path)).toBe('en');
    const written = statSync(path).mtimeMs;
    writeUiLanguage(path, 'en');
    expect(statSync(path).mtimeMs).toBe(written);
    writeUiLanguage(path, 'zh-CN');
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ language: 'zh-CN' });
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('names Chromium’s locale for each language', () => {
    expect(chromiumLocale('zh-CN')).toBe('zh-CN');
    expect(chromiumLocale('en')).toBe('en-US');
  });
});
