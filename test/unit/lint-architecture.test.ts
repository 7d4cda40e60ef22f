import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

// The layer rules of ARCHITECTURE.md are enforced by lint; these prove the rules bite.
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIdsFor(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('architecture lint rules', () => {
  it('forbids renderer imports from electron/', async () => {
    const messages = await ruleIdsFor('renderer/src/bad.ts', "import { Backend } from '../../electron/backend/backend.node';\nexport const b = Backend;\n");
    expect(messages.join('\n')).toMatch(/no-restricted-imports: .*renderer\/ must not import from electron/);
  });

  it('forbids Node built-ins and our outer folders in shared/', async () => {
    const fs = await ruleIdsFor('shared/model/bad.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n");
    expect(fs.join('\n')).toMatch(/no-restricted-imports: .*Node built-ins/);
    const path = await ruleIdsFor('shared/model/bad.ts', "import { join } from 'path';\nexport const j = join;\n");
    expect(path.join('\n')).toMatch(/no-restricted-imports/);
    const outer = await ruleIdsFor('shared/model/bad.ts', "import { Store } from '../../electron/backend/store/store.node';\nexport const s = Store;\n");
    expect(outer.join('\n')).toMatch(/nothing of ours outside itself/);
  });

  it('allows raw ipcMain / ipcRenderer only in the two wrapper files', async () => {
    const code = "import { ipcMain } from 'electron';\nexport const i = ipcMain;\n";
    expect((await ruleIdsFor('electron/main/window.main.ts', code)).join('\n')).toMatch(/Raw ipcMain\/ipcRenderer only in/);
    expect(await ruleIdsFor('electron/main/ipc-relay.main.ts', code)).toEqual([]);
    const viaNamespace = "import * as electron from 'electron';\nexport const r = electron.ipcRenderer;\n";
    expect((await ruleIdsFor('electron/main/other.main.ts', viaNamespace)).join('\n')).toMatch(/Raw ipcMain\/ipcRenderer only in/);
    const preload = "import { ipcRenderer } from 'electron';\nexport const r = ipcRenderer;\n";
    expect(await ruleIdsFor('electron/preload/preload.preload.ts', preload)).toEqual([]);
  });

  it('allows shell.openExternal only at the one guarded call site', async () => {
    const code = "import { shell } from 'electron';\nexport function open(u: string): void { void shell.openExternal(u); }\n";
    expect((await ruleIdsFor('electron/main/window.main.ts', code)).join('\n')).toMatch(/shell\.openExternal only in electron\/main\/security\.main\.ts/);
    expect((await ruleIdsFor('electron/main/ipc-relay.main.ts', code)).join('\n')).toMatch(/shell\.openExternal only in/);
    const destructured = "import { shell } from 'electron';\nconst { openExternal } = shell;\nexport const o = openExternal;\n";
    expect((await ruleIdsFor('electron/main/other.main.ts', destructured)).join('\n')).toMatch(/shell\.openExternal only in/);
    const imported = "import { openExternal } from './somewhere';\nexport const o = openExternal;\n";
    expect((await ruleIdsFor('electron/main/other.main.ts', imported)).join('\n')).toMatch(/shell\.openExternal only in/);
    expect(await ruleIdsFor('electron/main/security.main.ts', code)).toEqual([]);
    // The guarded file still may not use raw IPC.
    const ipc = "import * as electron from 'electron';\nexport const r = electron.ipcMain;\n";
    expect((await ruleIdsFor('electron/main/security.main.ts', ipc)).join('\n')).toMatch(/Raw ipcMain\/ipcRenderer only in/);
  });

  it('keeps shared-node/ between shared/ and its two users, and server/ away from electron/', async () => {
    const fromServer = await ruleIdsFor('server/bad.node.ts', "import { Store } from '../electron/backend/store/store.node';\nexport const s = Store;\n");
    expect(fromServer.join('\n')).toMatch(/server\/ must not import electron\//);
    const fromSharedNode = await ruleIdsFor('shared-node/signing/bad.node.ts', "import { Store } from '../../electron/backend/store/store.node';\nexport const s = Store;\n");
    expect(fromSharedNode.join('\n')).toMatch(/shared-node\/ imports only shared\//);
    const serverFromSharedNode = await ruleIdsFor('shared-node/signing/bad.node.ts', "import { createGateway } from '../../server/app.node';\nexport const c = createGateway;\n");
    expect(serverFromSharedNode.join('\n')).toMatch(/shared-node\/ imports only shared\//);
    const fromShared = await ruleIdsFor('shared/model/bad.ts', "import { verifyPdf } from '../../shared-node/signing/verify-pdf.node';\nexport const v = verifyPdf;\n");
    expect(fromShared.join('\n')).toMatch(/nothing of ours outside itself/);
    const fromRenderer = await ruleIdsFor('renderer/src/bad.ts', "import { verifyPdf } from '../../shared-node/signing/verify-pdf.node';\nexport const v = verifyPdf;\n");
    expect(fromRenderer.join('\n')).toMatch(/must not import shared-node/);
    const allowed = await ruleIdsFor('server/ok.node.ts', "import { verifyPdf } from '../shared-node/signing/verify-pdf.node';\nexport const v = verifyPdf;\n");
    expect(allowed).toEqual([]);
  });

  it('forbids any at the boundaries', async () => {
    const messages = await ruleIdsFor('electron/backend/bad.node.ts', 'export function f(x: any): number { return x; }\n');
    expect(messages.join('\n')).toMatch(/no-explicit-any/);
  });
});
