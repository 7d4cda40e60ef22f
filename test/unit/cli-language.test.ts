import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../electron/cli/text';

describe('the language the command line answers in', () => {
  const zhProfile = () => 'zh-CN' as const;
  const enProfile = () => 'en' as const;

  it('takes --lang first, then a named terminal locale, then the profile', () => {
    expect(chooseLanguage('en', { LANG: 'zh_CN.UTF-8' }, zhProfile)).toBe('en');
    expect(chooseLanguage(undefined, { LANG: 'zh_CN.UTF-8' }, enProfile)).toBe('zh');
    expect(chooseLanguage(undefined, { LANG: 'en_US.UTF-8' }, zhProfile)).toBe('en');
    expect(chooseLanguage(undefined, { LC_ALL: 'de_DE.UTF-8', LANG: 'zh_CN.UTF-8' }, zhProfile)).toBe('en');
  });

  it('lets a neutral locale defer to the profile', () => {
    expect(chooseLanguage(undefined, { LANG: 'C.UTF-8' }, zhProfile)).toBe('zh');
    expect(chooseLanguage(undefined, { LANG: 'POSIX' }, enProfile)).toBe('en');
    expect(chooseLanguage(undefined, {}, zhProfile)).toBe('zh');
  });
});
