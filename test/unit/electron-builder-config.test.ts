import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const projectDir = resolve(__dirname, '..', '..');
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load(text: string): unknown };
/** The parts of the parsed YAML the rule tests change. */
interface Config {
  nsis: Record<string, unknown>;
  msi: Record<string, unknown>;
  win: Record<string, unknown>;
  mac: Record<string, unknown>;
  electronDist?: string;
  asar?: boolean;
  publish?: Record<string, unknown>[];
}
const rules = require('../../scripts/builder-config-rules.cjs') as {
  MSI_UPGRADE_CODE: string;
  installerRules(config: unknown): string[];
  secretRules(config: unknown, text: string): string[];
  allRules(config: unknown, text: string, projectDir: string): string[];
};
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

  it('reports every project rule broken at once, from the command line', async () => {
    const broken = realConfig
      .replace('selectPerMachineByDefault: true', 'selectPerMachineByDefault: false')
      .replace('deleteAppDataOnUninstall: false', 'deleteAppDataOnUninstall: true')
      .replace('upgradeCode: 2B0F7117-2C36-5249-A86C-065ABEF16523', 'upgradeCode: 11111111-2222-3333-4444-555555555555');
    const result = await validate(`${broken}\nelectronDist: /tmp/electron\n# CSC_KEY_PASSWORD=hunter2\n`);
    expect(result.status).toBe(1);
    for (const text of [
      'nsis.selectPerMachineByDefault must be true',
      'nsis.deleteAppDataOnUninstall must be false',
      'msi.upgradeCode must stay 2B0F7117-2C36-5249-A86C-065ABEF16523',
      'electronDist must not be committed',
      'a signing variable with a value',
    ]) {
      expect(result.output).toContain(text);
    }
  });
});

describe('project rules for electron-builder.yml (scripts/builder-config-rules.cjs)', () => {
  const parsed = () => yaml.load(realConfig) as Config;
  const installer = (change: (config: Config) => void) => {
    const config = parsed();
    change(config);
    return rules.installerRules(config);
  };

  it('find nothing wrong with the committed file', () => {
    expect(rules.allRules(parsed(), realConfig, projectDir)).toEqual([]);
  });

  it('keep the NSIS installer asking all users or only me, all users preselected', () => {
    expect(installer((c) => (c.nsis.perMachine = true))).toEqual([expect.stringContaining('nsis.perMachine must be false')]);
    expect(installer((c) => (c.nsis.selectPerMachineByDefault = false))).toEqual([expect.stringContaining('nsis.selectPerMachineByDefault must be true')]);
    expect(installer((c) => (c.nsis.oneClick = true))).toEqual([expect.stringContaining('nsis.oneClick must be false')]);
    expect(installer((c) => (c.nsis.allowElevation = false))).toEqual([expect.stringContaining('nsis.allowElevation must not be false')]);
  });

  it('refuse an uninstaller that deletes the profile', () => {
    expect(installer((c) => (c.nsis.deleteAppDataOnUninstall = true))).toEqual([expect.stringContaining('must never delete declarations')]);
  });

  it('keep the MSI per machine, its upgrade code and both Windows targets', () => {
    expect(installer((c) => (c.msi.perMachine = false))).toEqual([expect.stringContaining('msi.perMachine must be true')]);
    expect(installer((c) => delete c.msi.upgradeCode)).toEqual([expect.stringContaining('msi.upgradeCode must stay')]);
    expect(installer((c) => (c.win.target = ['nsis']))).toEqual(['win.target must include msi']);
  });

  it('pin the upgrade code electron-builder derives from appId', () => {
    const { UUID } = require('builder-util-runtime') as { UUID: { v5(name: string, namespace: Buffer): string; parse(uuid: string): Buffer } };
    // ELECTRON_BUILDER_UPGRADE_CODE_NS_UUID in app-builder-lib/out/targets/MsiTarget.js
    const derived = UUID.v5('cn.clearway.desktop', UUID.parse('d752fe43-5d44-44d5-9fc9-6dd1bf19d5cc')).toUpperCase();
    expect(rules.MSI_UPGRADE_CODE).toBe(derived);
    expect(parsed().msi.upgradeCode).toBe(derived);
  });

  it('keep notarisation possible and the stand-in Electron out of the committed file', () => {
    expect(installer((c) => (c.mac.notarize = false))).toEqual([expect.stringContaining('mac.notarize must not be false')]);
    expect(installer((c) => (c.mac.hardenedRuntime = false))).toEqual([expect.stringContaining('mac.hardenedRuntime must be true')]);
    expect(installer((c) => (c.electronDist = '/tmp/electron'))).toEqual([expect.stringContaining('electronDist must not be committed')]);
    expect(installer((c) => (c.asar = false))).toEqual([expect.stringContaining('asar must not be false')]);
  });

  it('keep one generic update feed, so the build writes latest.yml for the gateway', () => {
    expect(installer((c) => (c.publish = [{ provider: 'github', owner: 'x', repo: 'y' }]))).toEqual([expect.stringContaining('publish must be one generic provider')]);
    expect(installer((c) => delete c.publish)).toEqual([expect.stringContaining('publish must be one generic provider')]);
  });

  it('refuse signing secrets as options, wherever they sit', () => {
    const config = parsed();
    config.win.signtoolOptions = { certificateFile: 'build/codesign.pfx', certificatePassword: 'hunter2', certificateSubjectName: 'Clearway Ltd' };
    config.mac.cscKeyPassword = 'x';
    const problems = rules.secretRules(config, realConfig);
    expect(problems).toEqual([
      expect.stringMatching(/^win\.signtoolOptions\.certificateFile: signing secrets never go/),
      expect.stringMatching(/^win\.signtoolOptions\.certificatePassword: signing secrets never go/),
      expect.stringMatching(/^mac\.cscKeyPassword: signing secrets never go/),
    ]);
  });

  it('refuse signing secrets as text, comments included, and allow naming the variables', () => {
    const withText = (extra: string) => rules.secretRules(parsed(), `${realConfig}\n${extra}\n`);
    expect(withText('# CSC_KEY_PASSWORD=hunter2')).toEqual([expect.stringContaining('a signing variable with a value')]);
    expect(withText('# WIN_CSC_LINK: C:\\certs\\clearway.pfx')).toEqual([expect.stringContaining('a signing variable with a value')]);
    expect(withText('# APPLE_APP_SPECIFIC_PASSWORD: abcd-efgh-ijkl-mnop')).toEqual([expect.stringContaining('an Apple notarisation variable with a value')]);
    expect(withText('# -----BEGIN ENCRYPTED PRIVATE KEY-----')).toEqual([expect.stringContaining('a private key or certificate')]);
    expect(withText('# set CSC_LINK and CSC_KEY_PASSWORD in the environment, APPLE_API_KEY too')).toEqual([]);
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
