import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Backend } from '../../electron/backend/backend.node';
import { parseDecMessage } from '../../shared/messages/dec-message';
import { IMPORT_FIXTURES, ok } from '../fixtures/import/files';
import { useTempProfiles } from './helpers/temp-profile';
import { bundleCli, runCli, type CliRun } from './helpers/cli-bundle';

const tempProfile = useTempProfiles();
const repo = process.cwd();
const golden = (name: string) => readFileSync(join(repo, 'test', 'fixtures', 'golden', name), 'utf8');

/** A copy of bin/clearway.cjs next to a freshly built dist/cli/clearway.cjs, as npm run build lays them out. */
let root: string;
let bin: string;

beforeAll(async () => {
  ({ root, bin } = await bundleCli('clearway-cli-'));
}, 60_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

function clearway(args: string[], env: Record<string, string> = {}, cwd = repo): CliRun {
  return runCli(bin, args, { cwd, env });
}

/** A profile whose language is English (a new profile speaks Chinese). */
async function englishProfile(): Promise<string> {
  const dir = tempProfile();
  const backend = new Backend({ profileDir: dir, version: 'test', seedsDir: null });
  await ok(backend, 'settings.update', { language: 'en' });
  backend.close();
  return dir;
}

function writeTemp(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('clearway: starting', () => {
  it('says in one line to build when the bundle is missing', () => {
    const bare = mkdtempSync(join(tmpdir(), 'clearway-bare-'));
    mkdirSync(join(bare, 'bin'));
    copyFileSync(bin, join(bare, 'bin', 'clearway.cjs'));
    const run = spawnSync(process.execPath, [join(bare, 'bin', 'clearway.cjs'), '--help'], { encoding: 'utf8' });
    rmSync(bare, { recursive: true, force: true });
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('npm run build');
  });

  it('prints help for the tool and for each command, in the profile language', async () => {
    const en = await englishProfile();
    const main = clearway(['--profile', en, '--help']);
    expect(main.status).toBe(0);
    expect(main.stdout).toMatch(/Usage: clearway <command>/);
    for (const command of ['validate', 'import', 'xml']) {
      const help = clearway(['--profile', en, command, '--help']);
      expect(help.status).toBe(0);
      expect(help.stdout).toContain(`clearway ${command}`);
    }
    expect(clearway(['--profile', tempProfile(), '--help']).stdout).toMatch(/用法：clearway <命令>/);
  });

  it('answers bad usage with exit 2 and the reason on stderr in the user language', async () => {
    const en = await englishProfile();
    const unknown = clearway(['--profile', en, 'frobnicate']);
    expect(unknown).toMatchObject({ status: 2, stdout: '' });
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
    expect(clearway(['--profile', en, 'validate', 'x', '--phase', 'later']).stderr).toContain('Invalid value "later" for phase');
    expect(clearway(['--profile', en, 'import', 'a.xlsx']).stderr).toContain('--as');
    // LANG wins over the profile for Chinese; a new profile is Chinese anyway.
    expect(clearway(['--profile', en, 'frobnicate'], { LANG: 'zh_CN.UTF-8' }).stderr).toContain('未知的命令「frobnicate」');
    expect(clearway(['--profile', tempProfile(), 'validate']).stderr).toContain('请给出要校验的报文文件或草稿编号');
    expect(clearway(['--profile', tempProfile(), '--lang', 'en', 'validate']).stderr).toContain('Give the message files');
  });

  it('reads the profile from CLEARWAY_PROFILE', async () => {
    const en = await englishProfile();
    expect(clearway(['frobnicate'], { CLEARWAY_PROFILE: en }).stderr).toContain('Unknown command');
  });
});

describe('clearway validate', () => {
  it('exits 0 on clean messages, 1 on errors, naming rule, field and message', async () => {
    const profile = await englishProfile();
    const dir = tempProfile();
    expect(clearway(['--profile', profile, 'validate', join(repo, 'test/fixtures/golden/export-declaration.xml')]).status).toBe(0);

    const broken = writeTemp(dir, 'broken.xml', golden('export-declaration.xml').replace('<CustomMaster>2248</CustomMaster>', '<CustomMaster></CustomMaster>'));
    const run = clearway(['--profile', profile, 'validate', broken]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/ERROR\s+DEC-H-002\s+Declaration customs\s+/);
  });

  it('treats warnings as clean unless --strict', async () => {
    const profile = await englishProfile();
    const cif = writeTemp(tempProfile(), 'cif.xml', golden('export-declaration.xml').replace('<TransMode>3</TransMode>', '<TransMode>1</TransMode>'));
    const loose = clearway(['--profile', profile, 'validate', cif]);
    expect(loose.status).toBe(0);
    expect(loose.stdout).toMatch(/WARNING\s+DEC-H-060/);
    expect(clearway(['--profile', profile, 'validate', cif, '--strict']).status).toBe(1);
  });

  it('prints JSON reports with --json, and checks saved drafts by id', async () => {
    const profile = await englishProfile();
    const imported = clearway(['--profile', profile, 'xml', 'import', join(repo, 'test/fixtures/golden/import-declaration.xml'), '--json']);
    expect(imported.status).toBe(0);
    const { id } = JSON.parse(imported.stdout) as { id: string };
    const run = clearway(['--profile', profile, 'validate', id, join(repo, 'test/fixtures/golden/export-declaration.xml'), '--json', '--phase', 'stage']);
    expect(run.status).toBe(0);
    const reports = JSON.parse(run.stdout) as { source: string; report: { declaration: { documentId: string }; errors: number } }[];
    expect(reports.map((r) => [r.source, r.report.declaration.documentId])).toEqual([
      [id, id],
      [join(repo, 'test/fixtures/golden/export-declaration.xml'), ''],
    ]);
  });

  it('exits 2 on an unknown draft or an unreadable message, still reporting the rest', async () => {
    const profile = await englishProfile();
    const notXml = writeTemp(tempProfile(), 'notes.xml', 'this is not xml <');
    const run = clearway(['--profile', profile, 'validate', 'no-such-draft', notXml, join(repo, 'test/fixtures/golden/export-declaration.xml')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('no-such-draft: Document no-such-draft was not found');
    expect(run.stderr).toContain('notes.xml');
    expect(run.stdout).toContain('export-declaration.xml');
  });
});

describe('clearway import', () => {
  it('creates a packing list and says where it went', async () => {
    const profile = await englishProfile();
    const run = clearway(['--profile', profile, 'import', join(IMPORT_FIXTURES, 'pl-en-title-block.xlsx'), '--as', 'packing-list']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Imported 3 line\(s\) into new document .+ header on row 7/);
    const backend = new Backend({ profileDir: profile, version: 'test', seedsDir: null });
    expect((await ok(backend, 'documents.list', { kind: 'packing-list' })).length).toBe(1);
    backend.close();
  });

  it('exits 1 and writes nothing when rows are rejected, naming each bad cell; --skip-rejected imports the rest', async () => {
    const profile = await englishProfile();
    const file = join(IMPORT_FIXTURES, 'pl-errors.xlsx');
    const run = clearway(['--profile', profile, 'import', file, '--as', 'packing-list']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('装箱单 row 3 column D: Net weight per carton "abc" is not a number.');
    expect(run.stdout).toContain('Nothing was written');
    const skipped = clearway(['--profile', profile, 'import', file, '--as', 'packing-list', '--skip-rejected']);
    expect(skipped.status).toBe(0);
    expect(skipped.stdout).toContain('4 rejected row(s) were left out');
  });

  it('imports parties into the library with --as parties, updating them on a second run', async () => {
    const profile = await englishProfile();
    const file = join(IMPORT_FIXTURES, 'parties-zh.xlsx');
    const run = clearway(['--profile', profile, 'import', file, '--as', 'parties']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Imported into the party library: 4 added, 0 updated; sheet "客户企业", header on row 2.');
    expect(clearway(['--profile', profile, 'import', file, '--as', 'parties']).stdout).toContain('0 added, 4 updated');
    const backend = new Backend({ profileDir: profile, version: 'test', seedsDir: null });
    expect(await ok(backend, 'library.list', { kind: 'party' })).toHaveLength(4);
    backend.close();
  });

  it('refuses a product list with bad cells (exit 1), naming each in Chinese, and writes nothing', async () => {
    const profile = tempProfile();
    const run = clearway(['--profile', profile, '--lang', 'zh', 'import', join(IMPORT_FIXTURES, 'products-zh-errors.xlsx'), '--as', 'products']);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('商品库 第 4 行 C 列: 商品编号「1234567890」的前 6 位 123456 不是 HS 2022 子目');
    expect(run.stdout).toContain('未写入任何数据：5 行被拒绝');
    const backend = new Backend({ profileDir: profile, version: 'test', seedsDir: null });
    expect(await ok(backend, 'library.list', { kind: 'product' })).toEqual([]);
    backend.close();
  });

  it('replaces the items of a draft with --into', async () => {
    const profile = await englishProfile();
    const created = JSON.parse(clearway(['--profile', profile, 'xml', 'import', join(repo, 'test/fixtures/golden/export-declaration.xml'), '--json']).stdout) as { id: string };
    const run = clearway(['--profile', profile, 'import', join(IMPORT_FIXTURES, 'items-utf8-bom.csv'), '--as', 'items', '--into', created.id, '--json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ written: true, lines: 3, document: { id: created.id, revision: 2 } });
  });

  it('exits 2 for files it cannot read and for an unknown mapping', async () => {
    const profile = await englishProfile();
    const missing = clearway(['--profile', profile, 'import', 'nowhere.xlsx', '--as', 'invoice']);
    expect(missing).toMatchObject({ status: 2 });
    expect(missing.stderr).toContain('File not found');
    const encrypted = clearway(['--profile', profile, 'import', join(IMPORT_FIXTURES, 'encrypted.xlsx'), '--as', 'packing-list']);
    expect(encrypted.status).toBe(2);
    expect(encrypted.stderr).toContain('password-protected');
    const mapping = clearway(['--profile', profile, 'import', join(IMPORT_FIXTURES, 'invoice-en.xlsx'), '--as', 'invoice', '--mapping', 'Nope']);
    expect(mapping.status).toBe(2);
    expect(mapping.stderr).toContain('No saved column mapping is called "Nope"');
  });
});

describe('clearway xml', () => {
  it('imports a message as a new draft and exports it again', async () => {
    const profile = await englishProfile();
    const imported = clearway(['--profile', profile, 'xml', 'import', join(repo, 'test/fixtures/golden/export-declaration.xml')]);
    expect(imported.status).toBe(0);
    const match = /Created declaration draft (\S+), ClientSeqNo (CW\w+)\./.exec(imported.stdout);
    expect(match).not.toBeNull();
    const [, id = '', seq = ''] = match ?? [];
    const out = join(tempProfile(), 'out.xml');
    expect(clearway(['--profile', profile, 'xml', 'export', id, '-o', out]).status).toBe(0);
    const parsed = parseDecMessage(readFileSync(out, 'utf8'));
    expect(parsed.sign).toMatchObject({ clientSeqNo: seq, operType: 'G' });
    expect(parsed.draft.head.billNo).toBe('COSU6123456789');
    const stdout = clearway(['--profile', profile, 'xml', 'export', id, '--declare']);
    expect(parseDecMessage(stdout.stdout).sign.operType).toBe('C');
  });

  it('exits 2 when the message cannot be read or the draft is not a declaration', async () => {
    const profile = await englishProfile();
    const bad = writeTemp(tempProfile(), 'bad.xml', '<Other/>');
    const run = clearway(['--profile', profile, 'xml', 'import', bad]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('not a declaration message');
    const pl = clearway(['--profile', profile, 'import', join(IMPORT_FIXTURES, 'pl-zh-basic.xlsx'), '--as', 'packing-list', '--json']);
    const { document } = JSON.parse(pl.stdout) as { document: { id: string } };
    expect(clearway(['--profile', profile, 'xml', 'export', document.id]).status).toBe(2);
  });
});
