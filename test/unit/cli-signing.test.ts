import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { makeTestPki, P12_PASSWORD, type TestPki } from './helpers/test-pki';
import { opensslVerify, pdfsig, samplePdf, tamper } from './helpers/signature-checks';
import { bundleCli, runCli } from './helpers/cli-bundle';

/** One profile for every run: the first run loads the reference data, later runs reuse it. */
let profile: string;
vi.setConfig({ testTimeout: 120_000 });
let root: string;
let bin: string;
let pki: TestPki;
let unsigned: string;

beforeAll(async () => {
  pki = makeTestPki();
  ({ root, bin } = await bundleCli('clearway-cli-sign-'));
  profile = join(root, 'profile');
  unsigned = join(root, 'declaration.pdf');
  writeFileSync(unsigned, await (await samplePdf()).save({ useObjectStreams: false }));
}, 90_000);
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  pki.cleanup();
});

function clearway(args: string[], env: Record<string, string> = {}) {
  // An inherited CLEARWAY_P12_PASSWORD is cleared; `input` set: not a TTY, so no prompt is possible.
  return runCli(bin, ['--profile', profile, ...args], { input: '', env: { CLEARWAY_P12_PASSWORD: undefined, LANG: 'en_US.UTF-8', ...env } });
}

describe('clearway sign / verify', () => {
  it('signs with the password from CLEARWAY_P12_PASSWORD, then a reviewer signs incrementally; verify exits 0', () => {
    const out = join(root, 'signed.pdf');
    const first = clearway(['sign', unsigned, '--cert', pki.p12.rsa, '--out', out, '--role', '申报人'], { CLEARWAY_P12_PASSWORD: P12_PASSWORD });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('张三 RSA');
    const second = clearway(['sign', out, '--cert', pki.p12.reviewer, '-o', join(root, 'both.pdf')], { CLEARWAY_P12_PASSWORD: P12_PASSWORD });
    expect(second.status).toBe(0);
    const both = readFileSync(join(root, 'both.pdf'));
    expect(pdfsig(both, pki.nssDir).map((s) => s.valid && s.trusted)).toEqual([true, true]);
    expect(opensslVerify(both, 0, pki.caPem).ok).toBe(true);

    const caFile = join(pki.dir, 'ca.pem');
    const verified = clearway(['verify', join(root, 'both.pdf'), '--trust', caFile]);
    expect(verified.status).toBe(0);
    expect(verified.stdout).toContain('2 signature(s)');
    expect(verified.stdout).toContain('#1 张三 RSA');
    expect(verified.stdout).toContain('covers an earlier revision');
    expect(verified.stdout).toContain('#2 李四 审核');
    expect(verified.stdout).toContain('certificate trusted');

    const json = JSON.parse(clearway(['verify', join(root, 'both.pdf'), '--json']).stdout) as { allValid: boolean; allTrusted: boolean };
    expect(json).toMatchObject({ allValid: true, allTrusted: false });
  });

  it('verify exits 1 for a tampered file and for a file without signatures, 2 for a missing file', () => {
    const out = join(root, 'to-tamper.pdf');
    expect(clearway(['sign', unsigned, '--cert', pki.p12.ec, '--out', out], { CLEARWAY_P12_PASSWORD: P12_PASSWORD }).status).toBe(0);
    const bytes = readFileSync(out);
    const bad = join(root, 'tampered.pdf');
    writeFileSync(bad, tamper(bytes, bytes.toString('latin1').indexOf('595.28') + 5));
    const run = clearway(['verify', bad, '--lang', 'zh']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('内容已被改动');
    expect(clearway(['verify', unsigned]).status).toBe(1);
    expect(clearway(['verify', join(root, 'nope.pdf')]).status).toBe(2);
  });

  it('never takes the password as an argument: without a TTY or the variable it stops with 2; wrong password and expired certificates are refused', () => {
    const noPassword = clearway(['sign', unsigned, '--cert', pki.p12.rsa]);
    expect(noPassword.status).toBe(2);
    expect(noPassword.stderr).toContain('CLEARWAY_P12_PASSWORD');
    expect(clearway(['sign', unsigned, '--cert', pki.p12.rsa, '--password', 'x']).status).toBe(2);

    const wrong = clearway(['sign', unsigned, '--cert', pki.p12.rsa], { CLEARWAY_P12_PASSWORD: 'wrong' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('Wrong password');

    const expired = clearway(['sign', unsigned, '--cert', pki.p12.expired, '--lang', 'zh'], { CLEARWAY_P12_PASSWORD: P12_PASSWORD });
    expect(expired.status).toBe(2);
    expect(expired.stderr).toContain('已于 2021-01-01 过期');
  });
});
