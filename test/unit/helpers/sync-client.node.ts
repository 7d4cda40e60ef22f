// A headless Clearway desktop for the sync fault tests: one Backend on one profile folder, driven
// only through the contract, one JSON command per stdin line, one JSON reply per stdout line
// (`{"reply":n,"ok":true,"value":...}`). The test SIGKILLs it whenever it likes and starts it
// again on the same profile; every command is safe to repeat after a restart.
import { createHash } from 'node:crypto';
import { createInterface } from 'node:readline';
import { Backend } from '../../../electron/backend/backend.node';
import type { SyncTuning } from '../../../electron/backend/sync/sync-service.node';
import { defaultChannelFactory, type ChannelFactory } from '../../../electron/backend/sync/channel-factory.node';
import { HttpChannel } from '../../../electron/backend/sync/http-channel.node';
import type { CallName, CallOutput } from '../../../shared/ipc/contract';
import { validImport } from '../../fixtures/declarations';

const [profileDir, seedsDir] = process.argv.slice(2) as [string, string];

/** The engine's knobs (CLEARWAY_SYNC_TUNING, JSON): the tests shorten timeouts, backoff and long-polls. */
type Tuning = Omit<SyncTuning, 'random'> & { submitTimeoutMs?: number; probeTimeoutMs?: number };
const { submitTimeoutMs, probeTimeoutMs, ...tuning } = JSON.parse(process.env.CLEARWAY_SYNC_TUNING ?? '{}') as Tuning;
/** The product's gateway channel, built with the shorter timeouts; anything else as the app makes it. */
const channelFactory: ChannelFactory = (settings, context) =>
  settings.channel === 'gateway' && settings.gatewayUrl && settings.deviceToken
    ? new HttpChannel({
        baseUrl: settings.gatewayUrl,
        deviceToken: settings.deviceToken,
        ...(submitTimeoutMs ? { submitTimeoutMs } : {}),
        ...(probeTimeoutMs ? { probeTimeoutMs } : {}),
      })
    : defaultChannelFactory(settings, context);
const backend = new Backend({ profileDir, version: 'sync-client', seedsDir, sync: { ...tuning, channelFactory } });

function print(line: unknown): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

async function call<K extends CallName>(name: K, input: unknown): Promise<CallOutput<K>> {
  const result = await backend.call(name, input);
  if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.messageEn}`);
  return result.value as CallOutput<K>;
}

/** A valid import declaration, told apart by its note so a mix-up between documents would show. */
function declarationBody(tag: string, n: number) {
  const data = validImport();
  data.head.noteS = `${tag} #${n}`;
  return { kind: 'declaration' as const, data };
}

/**
 * Brings this desktop to `total` declarations, every one enqueued: saves the body of a draft left
 * empty by a kill between create and save, enqueues drafts left by a kill before enqueue, creates
 * the rest. Prints `{"enqueued": key}` the moment each enqueue is acknowledged.
 */
async function ensure(total: number, tag: string): Promise<{ declarations: number; enqueuedNow: number }> {
  const drafts = await call('documents.list', { kind: 'declaration', status: 'draft', limit: 1000 });
  let enqueuedNow = 0;
  const enqueue = async (documentId: string) => {
    const item = await call('sync.enqueue', { documentId });
    enqueuedNow++;
    print({ enqueued: item.idempotencyKey, documentId });
  };
  for (const draft of drafts) {
    if (draft.revision === 1) {
      await call('documents.save', { id: draft.id, baseRevision: 1, body: declarationBody(tag, -1) });
    }
    await enqueue(draft.id);
  }
  const all = await call('documents.list', { kind: 'declaration', limit: 1000 });
  for (let n = all.length; n < total; n++) {
    const doc = await call('documents.create', { kind: 'declaration', direction: 'I' });
    await call('documents.save', { id: doc.id, baseRevision: doc.revision, body: declarationBody(tag, n) });
    await enqueue(doc.id);
  }
  return { declarations: Math.max(all.length, total), enqueuedNow };
}

/** What this desktop shows: every outbox item, its document's status and its stored receipts. */
async function report() {
  const items = await call('sync.list', { limit: 1000 });
  const documents = new Map((await call('documents.list', { kind: 'declaration', limit: 1000 })).map((d) => [d.id, d]));
  const rows = [];
  for (const item of items) {
    const receipts = await call('receipts.forDocument', { documentId: item.documentId });
    rows.push({
      documentId: item.documentId,
      key: item.idempotencyKey,
      state: item.state,
      seqNo: item.seqNo,
      receiptStatusEn: item.receiptStatusEn,
      documentStatus: documents.get(item.documentId)?.status ?? null,
      receipts: receipts
        .filter((r) => r.revision === null || r.revision === item.revision)
        .map((r) => ({ kind: r.kind, channel: r.channel, seqNo: r.seqNo, noticeDate: r.noticeDate, sha256: createHash('sha256').update(r.raw).digest('hex') })),
    });
  }
  return { items: rows, status: await call('sync.status', {}) };
}

type Command =
  | { cmd: 'configure'; input: unknown }
  | { cmd: 'ensure'; total: number; tag: string }
  | { cmd: 'sendNow' }
  | { cmd: 'status' }
  | { cmd: 'report' }
  | { cmd: 'exit' };

async function run(command: Command): Promise<unknown> {
  switch (command.cmd) {
    case 'configure':
      return call('sync.configure', command.input);
    case 'ensure':
      return ensure(command.total, command.tag);
    case 'sendNow':
      return call('sync.sendNow', {});
    case 'status':
      return call('sync.status', {});
    case 'report':
      return report();
    case 'exit':
      backend.close();
      process.exit(0);
  }
}

let next = 0;
// One command at a time, in order: a reply always describes the state after the previous ones.
let queue: Promise<void> = Promise.resolve();
createInterface({ input: process.stdin }).on('line', (line) => {
  const reply = next++;
  queue = queue.then(async () => {
    try {
      print({ reply, ok: true, value: await run(JSON.parse(line) as Command) });
    } catch (error) {
      print({ reply, ok: false, error: error instanceof Error ? error.message : String(error) });
    }
  });
});
print({ ready: true, pid: process.pid });
