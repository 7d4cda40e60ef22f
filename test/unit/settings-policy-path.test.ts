import { describe, expect, it } from 'vitest';
import { policyFilePath } from '../../electron/backend/settings/policy-path.node';

describe('where the policy file lives', () => {
  it('Windows: %ProgramData%\\Clearway\\policy.json, C:\\ProgramData when the variable is missing', () => {
    expect(policyFilePath('win32', { ProgramData: 'D:\\ProgramData' })).toBe('D:\\ProgramData\\Clearway\\policy.json');
    expect(policyFilePath('win32', {})).toBe('C:\\ProgramData\\Clearway\\policy.json');
    expect(policyFilePath('win32', { ProgramData: '  ' })).toBe('C:\\ProgramData\\Clearway\\policy.json');
  });

  it('macOS: /Library/Application Support/Clearway/policy.json', () => {
    expect(policyFilePath('darwin', { ProgramData: 'D:\\ProgramData' })).toBe('/Library/Application Support/Clearway/policy.json');
  });

  it('Linux and the other Unixes: /etc/clearway/policy.json', () => {
    expect(policyFilePath('linux', {})).toBe('/etc/clearway/policy.json');
    expect(policyFilePath('freebsd', {})).toBe('/etc/clearway/policy.json');
  });

  it('CLEARWAY_POLICY_FILE overrides the place on every platform; a blank one does not', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      expect(policyFilePath(platform, { CLEARWAY_POLICY_FILE: '/tmp/try/policy.json' })).toBe('/tmp/try/policy.json');
    }
    expect(policyFilePath('linux', { CLEARWAY_POLICY_FILE: ' ' })).toBe('/etc/clearway/policy.json');
  });
});
