import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPolicyText, policyWarnings, readPolicy } from '../../electron/backend/settings/read-policy.node';
import { jsonErrorPlace } from '../../electron/backend/settings/json-error-place';
import { PolicySchema, settingKeys } from '../../shared/settings/schema';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function policyFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'clearway-policy-'));
  dirs.push(dir);
  const path = join(dir, 'policy.json');
  writeFileSync(path, text);
  return path;
}

describe('reading the policy file', () => {
  it('absent: state absent, nothing applied, nothing to report', () => {
    const reading = readPolicy(join(tmpdir(), 'clearway-no-such-dir', 'policy.json'));
    expect(reading.report).toMatchObject({ state: 'absent', problems: [] });
    expect(reading.applied.values).toEqual({});
    expect(reading.applied.locked.size).toBe(0);
  });

  it('a valid file applies every key and lock; a UTF-8 byte-order mark (Notepad) is fine', () => {
    const path = policyFile('\uFEFF' + JSON.stringify({ $comment: 'firm', gatewayUrl: 'https://gw.example.cn', autoSend: false, locked: ['gatewayUrl', 'language'] }));
    const reading = readPolicy(path);
    expect(reading.report).toEqual({ path, state: 'ok', problems: [] });
    expect(reading.applied.values).toEqual({ gatewayUrl: 'https://gw.example.cn', autoSend: false });
    expect([...reading.applied.locked]).toEqual(['gatewayUrl', 'language']);
  });

  it('a JSON syntax error: invalid, one problem with key "" naming line and column, nothing applied', () => {
    const reading = readPolicy(policyFile('{\n  "gatewayUrl": "https://gw.example.cn",\n  "locked": ["gatewayUrl",]\n}\n'));
    expect(reading.report.state).toBe('invalid');
    expect(reading.report.problems).toHaveLength(1);
    const [problem] = reading.report.problems;
    expect(problem?.key).toBe('');
    expect(problem?.messageEn).toMatch(/line 3, column \d+/);
    expect(problem?.messageZh).toMatch(/第 3 行第 \d+ 列/);
    expect(reading.applied.values).toEqual({});
    expect(reading.applied.locked.size).toBe(0);
  });

  it('finds the line and column of the first syntax error, and none in valid JSON', () => {
    expect(jsonErrorPlace('{\n "a": x}')).toEqual({ line: 2, column: 7 });
    expect(jsonErrorPlace('{"a": 1,}')).toEqual({ line: 1, column: 9 });
    expect(jsonErrorPlace('{"a": "b\n"}')).toEqual({ line: 1, column: 9 });
    expect(jsonErrorPlace('{"a": [1, 2')).toEqual({ line: 1, column: 12 });
    expect(jsonErrorPlace("{'a': 1}")).toEqual({ line: 1, column: 2 });
    expect(jsonErrorPlace('{"a": 1} x')).toEqual({ line: 1, column: 10 });
    for (const valid of ['{}', '{"a": [1, -2.5e3, true, false, null, "x\\u00e9"], "b": {}}', ' [ ] ']) {
      expect(() => JSON.parse(valid)).not.toThrow();
      expect(jsonErrorPlace(valid), valid).toBeNull();
    }
  });

  it('an empty file and a file that is not an object are invalid as a whole', () => {
    for (const text of ['', '   \n', '["gatewayUrl"]', 'null', '42']) {
      const reading = checkPolicyText('p', text);
      expect(reading.report.state, text).toBe('invalid');
      expect(reading.report.problems.map((p) => p.key), text).toEqual(['']);
      expect(reading.applied.values).toEqual({});
    }
  });

  it('a bad value: that key is not applied and is named with what is wrong, the valid keys still apply', () => {
    const reading = checkPolicyText('p', JSON.stringify({ gatewayUrl: 'gateway.local', enterpriseCode: '91310115MA1K3ABC1X', language: 'en', locked: ['language'] }));
    expect(reading.report.state).toBe('invalid');
    expect(reading.report.problems.map((p) => p.key)).toEqual(['gatewayUrl', 'enterpriseCode']);
    const [url, code] = reading.report.problems;
    expect(url?.messageZh).toContain('gatewayUrl："gateway.local" 不是有效的网址');
    expect(url?.messageEn).toContain('gatewayUrl: "gateway.local" - not a valid URL');
    expect(code?.messageEn).toContain('check character');
    expect(reading.applied.values).toEqual({ language: 'en' });
    expect([...reading.applied.locked]).toEqual(['language']);
  });

  it('every key has its own message for a wrong type', () => {
    const keys = [...settingKeys, '$comment'];
    const bad = Object.fromEntries(keys.map((key) => [key, { wrong: true }]));
    const reading = checkPolicyText('p', JSON.stringify(bad));
    expect(reading.report.problems.map((p) => p.key)).toEqual(keys);
    for (const problem of reading.report.problems) {
      expect(problem.messageEn).not.toContain('invalid value');
      expect(problem.messageZh).not.toContain('值无效');
    }
    expect(reading.applied.values).toEqual({});
  });

  it('an unknown key (a misspelling) is reported and ignored, the rest applies', () => {
    const reading = checkPolicyText('p', JSON.stringify({ gatewayURL: 'https://gw.example.cn', proxy: 'direct' }));
    expect(reading.report.state).toBe('invalid');
    expect(reading.report.problems).toHaveLength(1);
    expect(reading.report.problems[0]).toMatchObject({ key: 'gatewayURL' });
    expect(reading.report.problems[0]?.messageEn).toMatch(/not a known policy key .*gatewayUrl/);
    expect(reading.applied.values).toEqual({ proxy: 'direct' });
  });

  it('locked: an unknown name is reported and the other names still lock; a non-list locks nothing', () => {
    const reading = checkPolicyText('p', JSON.stringify({ locked: ['gatewayUrl', 'deviceToken', 7] }));
    expect(reading.report.problems.map((p) => p.key)).toEqual(['locked', 'locked']);
    expect(reading.report.problems[0]?.messageEn).toContain('"deviceToken" is not a setting that can be locked');
    expect([...reading.applied.locked]).toEqual(['gatewayUrl']);
    const notList = checkPolicyText('p', JSON.stringify({ locked: 'gatewayUrl' }));
    expect(notList.report.problems.map((p) => p.key)).toEqual(['locked']);
    expect(notList.applied.locked.size).toBe(0);
  });

  it('a file that cannot be read (a folder in its place) is invalid, not absent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'clearway-policy-'));
    dirs.push(dir);
    const reading = readPolicy(dir);
    expect(reading.report.state).toBe('invalid');
    expect(reading.report.problems[0]?.messageEn).toContain('cannot be read (EISDIR)');
  });

  it('an unreadable file (no permission) is invalid, unless we run as root', () => {
    const path = policyFile('{}');
    chmodSync(path, 0o000);
    const reading = readPolicy(path);
    if (process.getuid?.() === 0) expect(reading.report.state).toBe('ok');
    else expect(reading.report.problems[0]?.messageEn).toContain('EACCES');
  });

  it('the start-up warnings name the file and each problem in both languages', () => {
    const reading = checkPolicyText('/etc/clearway/policy.json', JSON.stringify({ autoSend: 'yes' }));
    expect(policyWarnings(reading.report)).toEqual([
      expect.stringMatching(/^策略文件 \/ policy file \/etc\/clearway\/policy\.json: autoSend：.*true 或 false.* \/ autoSend: "yes" - must be true or false/),
    ]);
  });
});

describe('the example policies in build/policy', () => {
  for (const name of ['policy.example.json', 'policy.minimal.json']) {
    it(`${name} parses with PolicySchema and reads without problems`, () => {
      const path = join('build', 'policy', name);
      expect(PolicySchema.safeParse(JSON.parse(readFileSync(path, 'utf8'))).success).toBe(true);
      expect(readPolicy(path).report).toMatchObject({ state: 'ok', problems: [] });
    });
  }

  it('the full example sets every key and documents itself', () => {
    const example = JSON.parse(readFileSync(join('build', 'policy', 'policy.example.json'), 'utf8')) as Record<string, unknown>;
    for (const key of settingKeys) expect(example, key).toHaveProperty(key);
    expect(example.$comment).toEqual(expect.any(String));
  });
});
