// Lint enforces the architecture (../shared/ARCHITECTURE.md), not only style:
// - raw ipcMain / ipcRenderer live in exactly one wrapper file each;
// - shell.openExternal is called in one place, with a URL the navigation guard checked;
// - renderer/ never imports electron/ (or Electron, or Node);
// - shared/ imports nothing of Node, Electron, or ours outside itself;
// - shared-node/ (Node-only code used by both electron/backend and server/) imports only shared/;
// - server/ never imports electron/ (what both need lives in shared/ or shared-node/).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const IPC_WRAPPERS = ['electron/main/ipc-relay.main.ts', 'electron/preload/preload.preload.ts'];
const ipcMessage = 'Raw ipcMain/ipcRenderer only in electron/main/ipc-relay.main.ts and electron/preload/preload.preload.ts; call the contract instead.';

const rawIpc = {
  paths: [{ name: 'electron', importNames: ['ipcMain', 'ipcRenderer'], message: ipcMessage }],
};
const rawIpcSelector = { selector: "MemberExpression[property.name=/^ipc(Main|Renderer)$/]", message: ipcMessage };
// shell.openExternal hands a string to the OS: one guarded call site (security.main.ts), whose
// parameter type only externalUrlToOpen() in navigation.ts produces.
const OPEN_EXTERNAL_SITE = 'electron/main/security.main.ts';
const openExternalSelector = {
  selector:
    "MemberExpression[property.name='openExternal'], ImportSpecifier[imported.name='openExternal'], ObjectPattern > Property[key.name='openExternal']",
  message: `shell.openExternal only in ${OPEN_EXTERNAL_SITE} (openExternally), with a URL checked by externalUrlToOpen().`,
};
const rawIpcSyntax = ['error', rawIpcSelector, openExternalSelector];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'reports/**', 'test-results/**', 'playwright-report/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', rawIpc],
      'no-restricted-syntax': rawIpcSyntax,
    },
  },
  {
    files: IPC_WRAPPERS,
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': ['error', openExternalSelector] },
  },
  {
    files: [OPEN_EXTERNAL_SITE],
    rules: { 'no-restricted-syntax': ['error', rawIpcSelector] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer reaches the backend only through window.clearway.' }, ...nodeBuiltins.map((name) => ({ name, message: 'No Node built-ins in the renderer.' }))],
          patterns: [
            { group: ['**/electron/**', '**/electron'], message: 'renderer/ must not import from electron/ (ARCHITECTURE.md: arrows point one way).' },
            { group: ['**/shared-node/**'], message: 'renderer/ must not import shared-node/: it is Node-only.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared/ is pure domain code.' }, ...nodeBuiltins.map((name) => ({ name, message: 'shared/ must not import Node built-ins: it runs in the renderer too.' }))],
          patterns: [
            { group: ['node:*'], message: 'shared/ must not import Node built-ins.' },
            { group: ['**/electron/**', '**/renderer/**', '**/server/**', '**/shared-node/**'], message: 'shared/ imports nothing of ours outside itself.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          ...rawIpc,
          patterns: [{ group: ['**/renderer/**'], message: 'electron/ and server/ never import the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'server/ is a plain Node service.' }],
          patterns: [
            { group: ['**/renderer/**'], message: 'electron/ and server/ never import the renderer.' },
            { group: ['**/electron/**', '**/electron'], message: 'server/ must not import electron/; shared Node code lives in shared-node/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['shared-node/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'shared-node/ runs in the gateway too: no Electron.' }],
          patterns: [{ group: ['**/electron/**', '**/electron', '**/server/**', '**/renderer/**'], message: 'shared-node/ imports only shared/ (and Node, and libraries).' }],
        },
      ],
    },
  },
  {
    files: IPC_WRAPPERS,
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': ['error', openExternalSelector] },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
