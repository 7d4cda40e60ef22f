// Bundles the Node-side entry points with esbuild (Vite builds the renderer).
// Why esbuild rather than electron-vite: a few small CommonJS bundles with two externals need no
// plugin layer, and esbuild is already the engine underneath; one less tool to keep in step with
// Electron and Vite majors.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  // better-sqlite3 is a native module: it stays in node_modules (unpacked from the asar).
  external: ['electron', 'better-sqlite3'],
  define: { __CLEARWAY_VERSION__: JSON.stringify(version) },
  logLevel: 'warning',
};

const allEntries = [
  ['electron/main/main.main.ts', 'dist/electron/main.cjs'],
  ['electron/preload/preload.preload.ts', 'dist/electron/preload.cjs'],
  ['electron/backend/utility-entry.node.ts', 'dist/electron/backend.cjs'],
  ['electron/host/host.node.ts', 'dist/host/host.cjs'],
  // The clearway command (bin/clearway.cjs loads it): the same backend, headless.
  ['electron/cli/clearway.node.ts', 'dist/cli/clearway.cjs'],
  // The sandbox gateway (bin/clearway-gateway.cjs loads it).
  ['server/gateway.node.ts', 'dist/server/gateway.cjs'],
];

// `--only server` builds the bundles whose entry lies under server/ (what `npm run gateway` needs).
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
const entries = only ? allEntries.filter(([entry]) => entry.startsWith(`${only}/`)) : allEntries;

// The preload is loaded into every page before the UI; it carries the contract's schemas (zod),
// so it is minified. The other bundles stay readable for stack traces.
const minified = new Set(['dist/electron/preload.cjs']);
await Promise.all(
  entries.map(([entry, outfile]) =>
    build({
      ...common,
      entryPoints: [entry],
      outfile,
      minify: minified.has(outfile),
      // pg's optional native binding is never installed; the pure-JS client is used.
      external: outfile === 'dist/server/gateway.cjs' ? [...common.external, 'pg-native'] : common.external,
    }),
  ),
);
console.log(`built ${entries.length} Node bundles (v${version})`);
