import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const projectDir = resolve(__dirname, '..', '..');
const script = join(projectDir, 'scripts', 'validate-builder-config.cjs');
const realConfig = readFileSync(join(projectDir, 'electron-builder.yml'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'clearway-builder-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the validator as CI does (about 2 s a run: it loads electron-builder). */
function validate(config?: string): Promise<{ status: number | null; output: string }> {
  const args = [script];
  if (config !== undefined) {
    const file = join(dir, `config-${Math.random().toString(36).slice(2)}.yml`);
    writeFileSync(file, config);
    args.push(file);
  }
  return new Promise((done) => {
    execFile(process.execPath, args, { cwd: projectDir, encoding: 'utf8' }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      done({ status, output: `${stdout}${stderr}` });
    });
  });
}

describe('electron-builder configuration', () => {
  it('passes electron-builder’s own schema check and the project rules', async () => {
    const result = await validate();
    expect(result.output).toContain('electron-builder config OK');
    expect(result.status).toBe(0);
  });

  it('fails, naming the property, on an unknown top-level key', async () => {
    const result = await validate(`${realConfig}\nbogusTop: 1\n`);
    expect(result.status).toBe(1);
    expect(result.output).toContain("unknown property 'bogusTop'");
  });

  it('fails on a wrongly typed nested option', async () => {
    const result = await validate(realConfig.replace('oneClick: false # assisted', 'oneClick: sometimes # assisted'));
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/configuration\.nsis\.oneClick/);
  });

  it('fails when the npmRebuild trap is re-armed', async () => {
    const result = await validate(realConfig.replace('npmRebuild: false', 'npmRebuild: true'));
    expect(result.status).toBe(1);
    expect(result.output).toContain('npmRebuild must be false');
  });

  it('keeps the security fuses and the packaging essentials', () => {
    for (const line of [
      'runAsNode: false',
      'enableNodeOptionsEnvironmentVariable: false',
      'enableNodeCliInspectArguments: false',
      'onlyLoadAppFromAsar: true',
      'enableEmbeddedAsarIntegrityValidation: true',
      'enableCookieEncryption: true',
      'grantFileProtocolExtraPrivileges: false',
      'appId: cn.clearway.desktop',
      'electronVersion: 41.7.1',
      'hardenedRuntime: true',
    ]) {
      expect(realConfig).toContain(line);
    }
  });
});
