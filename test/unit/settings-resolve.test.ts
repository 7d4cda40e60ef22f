import { describe, expect, it } from 'vitest';
import { builtInDefaults, effectiveSettings, noPolicy, resolveSetting, resolveSettings, type AppliedPolicy } from '../../shared/settings/resolve';
import { defaultSettings, settingKeys } from '../../shared/settings/schema';
import { withDeclarant } from '../../shared/settings/declarant';
import { refuseLocked } from '../../shared/settings/locked-error';
import { AppError } from '../../shared/ipc/errors';

const policy = (values: AppliedPolicy['values'], locked: AppliedPolicy['locked'] = new Set()): AppliedPolicy => ({ values, locked });

describe('resolving a setting: policy lock, user, policy default, built-in default', () => {
  it('a locked key with a policy value takes the policy value over the user choice', () => {
    expect(resolveSetting('gatewayUrl', policy({ gatewayUrl: 'https://gw.example.cn' }, new Set(['gatewayUrl'])), { gatewayUrl: 'http://mine' })).toEqual({
      key: 'gatewayUrl',
      value: 'https://gw.example.cn',
      source: 'policy',
      locked: true,
    });
  });

  it('a locked key without a policy value locks the built-in default, over the user choice', () => {
    expect(resolveSetting('language', policy({}, new Set(['language'])), { language: 'en' })).toEqual({
      key: 'language',
      value: 'zh-CN',
      source: 'default',
      locked: true,
    });
  });

  it('an unlocked key: the user choice beats the policy value', () => {
    expect(resolveSetting('language', policy({ language: 'zh-CN' }), { language: 'en' })).toEqual({ key: 'language', value: 'en', source: 'user', locked: false });
  });

  it('an unlocked key the user never chose: the policy value is the machine-wide default', () => {
    expect(resolveSetting('updateChannel', policy({ updateChannel: 'beta' }), {})).toEqual({
      key: 'updateChannel',
      value: 'beta',
      source: 'policy',
      locked: false,
    });
  });

  it('neither policy nor user: the built-in default', () => {
    expect(resolveSetting('autoSend', noPolicy, {})).toEqual({ key: 'autoSend', value: true, source: 'default', locked: false });
    expect(resolveSetting('pinVersion', noPolicy, {})).toEqual({ key: 'pinVersion', value: null, source: 'default', locked: false });
  });

  it('a user choice of false is a choice, not a gap', () => {
    expect(resolveSetting('updatesEnabled', policy({ updatesEnabled: true }), { updatesEnabled: false }).value).toBe(false);
  });

  it('lists every key once, in the schema order, and effective Settings follow the entries', () => {
    const entries = resolveSettings(policy({ enterpriseCode: '91310115MA1K3ABC1G', proxy: 'direct' }, new Set(['proxy'])), { language: 'en', proxy: 'http://p:1' });
    expect(entries.map((e) => e.key)).toEqual([...settingKeys]);
    expect(effectiveSettings(entries)).toEqual({
      ...defaultSettings,
      language: 'en',
      enterpriseCode: '91310115MA1K3ABC1G',
      proxy: 'direct',
    });
    expect(effectiveSettings(resolveSettings(noPolicy, {}))).toEqual(defaultSettings);
    expect(Object.keys(builtInDefaults).sort()).toEqual([...settingKeys].sort());
  });
});

describe('the enterprise code as the declaring unit', () => {
  it('fills agentCode (10 characters) or agentCodeScc (18), never replacing a code already there', () => {
    const empty = { head: { ieFlag: 'I' as const } };
    expect(withDeclarant(empty, '3101234567').head.agentCode).toBe('3101234567');
    expect(withDeclarant(empty, '91310115MA1K3ABC1G').head).toMatchObject({ agentCodeScc: '91310115MA1K3ABC1G' });
    expect(withDeclarant({ head: { agentCodeScc: '91440300MA5DXYZ12X' } }, '91310115MA1K3ABC1G').head.agentCodeScc).toBe('91440300MA5DXYZ12X');
    expect(withDeclarant(empty, null)).toBe(empty);
  });
});

describe('refusing a locked key', () => {
  it('names the first locked key in field and in both languages; unlocked keys pass', () => {
    expect(() => refuseLocked(['language', 'proxy'], new Set(['updateUrl']))).not.toThrow();
    try {
      refuseLocked(['language', 'gatewayUrl'], new Set(['gatewayUrl']));
      expect.unreachable('a locked key must be refused');
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).toValue()).toMatchObject({ code: 'SETTING_LOCKED', field: 'gatewayUrl' });
      expect((error as AppError).messageZh).toContain('网关地址');
      expect((error as AppError).messageEn).toContain('Gateway URL');
    }
  });
});
