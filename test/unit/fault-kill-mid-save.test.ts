import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Store } from '../../electron/backend/store/store.node';
import { useTempProfiles } from './helpers/temp-profile';

const tempProfile = useTempProfiles();

/** Bundles the child once per run; better-sqlite3 stays external and resolves from node_modules. */
async function bundleChild(outDir: string): Promise<string> {
  const outfile = join(outDir, 'save-loop.cjs');
  await build({
    entryPoints: ['test/fixtures/save-loop.node.ts'],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    external: ['better-sqlite3'],
    nodePaths: [join(process.cwd(), 'node_modules')],
    logLevel: 'silent',
  });
  return outfile;
}

describe('a process killed in the middle of saving', () => {
  it('loses no acknowledged save and leaves no half-written document', async () => {
    const profileDir = tempProfile();
    const child = await bundleChild(tempProfile());
    const store = Store.open({ profileDir });
    const { id } = store.documents.create({ kind: 'declaration', data: { head: { ieFlag: 'I' } } });
    store.close();

    for (let round = 0; round < 3; round++) {
      const current = Store.open({ profileDir });
      const startRevision = current.documents.get(id).revision;
      current.close();
      const proc = spawn(process.execPath, [child, profileDir, id], {
        stdio: ['ignore', 'pipe', 'inherit'],
        env: { ...process.env, NODE_PATH: join(process.cwd(), 'node_modules') },
      });
      let lastAck = startRevision;
      let buffered = '';
      await new Promise<void>((resolve) => {
        proc.stdout.on('data', (chunk: Buffer) => {
          buffered += chunk.toString();
          const lines = buffered.split('\n');
          buffered = lines.pop() ?? '';
          for (const line of lines) {
            const match = /^ack (\d+)$/.exec(line);
            if (match) lastAck = Number(match[1]);
          }
          if (lastAck >= startRevision + 40 + round * 13) {
            proc.kill('SIGKILL');
          }
        });
        proc.on('exit', () => resolve());
      });
      const reopened = Store.open({ profileDir });
      const doc = reopened.documents.get(id);
      expect(doc.revision).toBeGreaterThanOrEqual(lastAck);
      // The document row and its newest revision row were written together.
      const newest = reopened.documents.revisions(id)[0];
      expect(newest?.revision).toBe(doc.revision);
      const revisionBody = reopened.db.prepare('SELECT body FROM revisions WHERE document_id = ? AND revision = ?').get(id, doc.revision) as { body: string };
      expect(JSON.parse(revisionBody.body)).toEqual(doc.body);
      expect(reopened.db.pragma('integrity_check', { simple: true })).toBe('ok');
      reopened.close();
    }
  });
});
