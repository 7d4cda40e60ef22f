import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { codeTableIds } from '../../shared/codes/schema';
import { REPO_SEEDS } from './codes-fixtures';

const ROOT = resolve(__dirname, '..', '..');
// Names generated from ICU (CLDR) may differ on a Node built with another ICU: for these tables
// only the codes must match; every other table must be byte-identical.
const icuTables = new Set(['country', 'currency', 'port']);

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function run(script: string, args: string[]): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'seeds', script), ...args], { cwd: ROOT, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
}

describe('seed generators', () => {
  it('reproduce the shipped code tables from scripts/seeds/data (nobody edited the JSON by hand)', () => {
    const out = mkdtempSync(join(tmpdir(), 'clearway-gen-'));
    made.push(out);
    run('generate-codes.mjs', [out]);
    for (const id of codeTableIds) {
      const generated = readFileSync(join(out, `${id}.json`), 'utf8');
      const shipped = readFileSync(join(REPO_SEEDS, 'codes', `${id}.json`), 'utf8');
      if (!icuTables.has(id)) expect(generated, id).toBe(shipped);
      else {
        const codes = (text: string) => (JSON.parse(text) as { entries: { code: string }[] }).entries.map((e) => e.code);
        expect(codes(generated), id).toEqual(codes(shipped));
      }
    }
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toBe(readFileSync(join(REPO_SEEDS, 'codes', 'README.md'), 'utf8'));
  });

  const hsSource = resolve(ROOT, '..', 'shared', 'data', 'hs2022');
  it.skipIf(!existsSync(join(hsSource, 'harmonized-system.csv')))('reproduces the HS 2022 file from the shared data set', () => {
    const out = mkdtempSync(join(tmpdir(), 'clearway-gen-'));
    made.push(out);
    run('generate-hs.mjs', [hsSource, join(out, 'hs.json')]);
    expect(readFileSync(join(out, 'hs.json'), 'utf8')).toBe(readFileSync(join(REPO_SEEDS, 'tariff', 'hs2022-subheadings.json'), 'utf8'));
  });
});
