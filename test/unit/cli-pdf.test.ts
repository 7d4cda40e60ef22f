import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Backend } from '../../electron/backend/backend.node';
import { ok } from '../fixtures/import/files';
import { fiftyItemDeclaration } from '../fixtures/pdf-documents';
import { useTempProfiles } from './helpers/temp-profile';
import { bundleCli, runCli } from './helpers/cli-bundle';
import { pdfinfo, pdftotext } from './helpers/poppler';

const tempProfile = useTempProfiles();
const repo = process.cwd();
let root: string;
let bin: string;

/** bin/clearway.cjs next to a freshly bundled dist/cli/clearway.cjs, as npm run build lays them out. */
beforeAll(async () => {
  ({ root, bin } = await bundleCli('clearway-cli-pdf-'));
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function clearway(args: string[], cwd: string, env: Record<string, string> = {}) {
  return runCli(bin, args, { cwd, env: { CLEARWAY_FONTS_DIR: '', ...env } });
}

async function profileWithDeclaration(): Promise<{ profile: string; id: string }> {
  const profile = tempProfile();
  const backend = new Backend({ profileDir: profile, version: 'test', seedsDir: join(repo, 'seeds') });
  const doc = await ok(backend, 'documents.create', { kind: 'declaration', direction: 'I' });
  await ok(backend, 'documents.save', { id: doc.id, baseRevision: doc.revision, body: { kind: 'declaration', data: fiftyItemDeclaration() } });
  backend.close();
  return { profile, id: doc.id };
}

describe('clearway pdf', () => {
  it('writes the PDF to --out in the output language and reports pages, size and the limits', async () => {
    const { profile, id } = await profileWithDeclaration();
    const out = join(tempProfile(), 'dec.pdf');
    const run = clearway(['--profile', profile, '--lang', 'en', 'pdf', id, '--out', out], repo);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Wrote .*dec\.pdf: \d+ page\(s\), [\d.]+ KB, largest page [\d.]+ KB, PDF 1\.7/);
    expect(run.stdout).toContain('Meets the attached-document limits.');
    const bytes = readFileSync(out);
    expect(Number(pdfinfo(bytes).Pages)).toBeGreaterThan(1);
    expect(pdftotext(bytes)).toContain("Import Goods Declaration, Customs of the People's Republic of China");
  }, 60_000);

  it('writes the suggested file name in the current folder, in Chinese for a Chinese terminal', async () => {
    const { profile, id } = await profileWithDeclaration();
    const cwd = tempProfile();
    const run = clearway(['--profile', profile, 'pdf', id], cwd, { LANG: 'zh_CN.UTF-8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('符合随附单据要求。');
    const file = join(cwd, '报关单-223320261000123456.pdf');
    expect(existsSync(file)).toBe(true);
    expect(pdftotext(readFileSync(file))).toContain('中华人民共和国海关进口货物报关单');
  }, 60_000);

  it('exits 2 with the reason for an unknown draft or a missing id', async () => {
    const { profile } = await profileWithDeclaration();
    const unknown = clearway(['--profile', profile, '--lang', 'en', 'pdf', 'nope'], tempProfile());
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).not.toBe('');
    const usage = clearway(['--profile', profile, 'pdf'], tempProfile(), { LANG: 'zh_CN.UTF-8' });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('请给出一个要打印的草稿编号。');
    expect(clearway(['--profile', profile, '--lang', 'en', 'pdf', '--help'], repo).stdout).toContain('Usage: clearway pdf <draft id>');
  }, 60_000);
});
