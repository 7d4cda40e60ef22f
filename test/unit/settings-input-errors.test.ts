import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { settingInputError } from '../../renderer/src/areas/settings/general/validate-setting';
import { settingsEn } from '../../renderer/src/i18n/settings-en';

/** The real English texts, with i18next's {{name}} filled in: what the inline error says. */
const t = ((key: string, values: Record<string, unknown> = {}) => {
  const path = key.split('.');
  let node: unknown = settingsEn;
  for (const part of path) node = (node as Record<string, unknown>)[part];
  return String(node).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
}) as unknown as TFunction;

describe('inline errors of the General settings, naming the field', () => {
  it('enterprise code: length, characters, USCC check character (with the expected one), and valid codes', () => {
    expect(settingInputError('enterpriseCode', '12345', t)).toBe(
      'Enterprise code: must be a 10-character customs code or an 18-character USCC (this one has 5).',
    );
    expect(settingInputError('enterpriseCode', '31012345a7', t)).toBe('Enterprise code: only digits and capital letters are allowed.');
    expect(settingInputError('enterpriseCode', '91310115MA1K3ABC1X', t)).toBe(
      'Enterprise code: the USCC check character is wrong (the 18th character should be G).',
    );
    expect(settingInputError('enterpriseCode', '91310115MA1K3ABC1G', t)).toBeNull();
    expect(settingInputError('enterpriseCode', '3101234567', t)).toBeNull();
  });

  it('update URL: http, https or file only', () => {
    expect(settingInputError('updateUrl', 'https://gw.example.cn/v1/updates', t)).toBeNull();
    // electron-updater downloads with Electron's net (http and https only): a file:// feed could never work.
    expect(settingInputError('updateUrl', 'file:///srv/share/clearway', t)).not.toBeNull();
    expect(settingInputError('updateUrl', 'gw.example.cn', t)).toMatch(/^Update URL: not a valid URL/);
    expect(settingInputError('updateUrl', 'ftp://gw.example.cn', t)).toMatch(/^Update URL/);
  });

  it('proxy: direct or an http(s) URL', () => {
    expect(settingInputError('proxy', 'direct', t)).toBeNull();
    expect(settingInputError('proxy', 'http://proxy.example.cn:8080', t)).toBeNull();
    expect(settingInputError('proxy', 'socks5://proxy:1080', t)).toMatch(/^Proxy: must be direct/);
  });
});
