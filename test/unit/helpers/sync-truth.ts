import { createHash } from 'node:crypto';
import { deriveStatus } from '../../../shared/messages/receipt-status';
import { parseReceipt } from '../../../shared/messages/receipts';
import type { ClientReport } from './sync-client-process';

/** What the gateway's own database says about one idempotency key. */
export interface GatewaySubmission {
  key: string;
  enterpriseId: number;
  /** Rows with this (enterprise, key): anything but 1 is a duplicate or a loss. */
  rows: number;
  status: string;
  seqNo: string | null;
  importResponseXml: string;
  /** Receipts published on the feed (a cursor assigned), in cursor order. */
  receipts: { channel: string; xml: string }[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The status a desktop must show for a key once every receipt is published. */
export function trueStatusEn(submission: GatewaySubmission): string {
  const all = [submission.importResponseXml, ...submission.receipts.map((r) => r.xml)].map((xml) => parseReceipt(xml));
  return deriveStatus(all).en;
}

/**
 * Compares the desktops of one enterprise with the gateway, key by key. Returns the differences in
 * words (an empty list when every desktop shows the truth): a missing or doubled receipt, a wrong
 * status, a key the gateway never received, a submission no desktop knows.
 */
export function differences(reports: ClientReport[], gateway: Map<string, GatewaySubmission>, enterpriseId: number): string[] {
  const problems: string[] = [];
  for (const item of reports.flatMap((r) => r.items)) {
    const truth = gateway.get(`${enterpriseId}/${item.key}`);
    if (!truth) {
      problems.push(`${item.key}: on the desktop (${item.state}) but not on the gateway`);
      continue;
    }
    if (truth.rows !== 1) problems.push(`${item.key}: ${truth.rows} rows on the gateway`);
    if (item.seqNo !== truth.seqNo) problems.push(`${item.key}: SeqNo ${item.seqNo} on the desktop, ${truth.seqNo} on the gateway`);
    const wanted = [{ channel: 'import response', xml: truth.importResponseXml }, ...truth.receipts].map((r) => ({ channel: r.channel, hash: sha256(r.xml) }));
    const want = wanted.map((r) => r.hash).sort();
    const have = item.receipts.map((r) => r.sha256).sort();
    if (want.join() !== have.join()) {
      const missing = wanted.filter((r) => !have.includes(r.hash)).map((r) => r.channel);
      const counts = new Map<string, number>();
      for (const h of have) counts.set(h, (counts.get(h) ?? 0) + 1);
      const doubled = [...counts.values()].filter((n) => n > 1).length;
      const foreign = item.receipts.filter((r) => !want.includes(r.sha256)).map((r) => `${r.kind} ${r.channel ?? ''}`);
      problems.push(
        `${item.key} (SeqNo ${truth.seqNo}): receipts ${have.length} on the desktop, ${want.length} on the gateway ` +
          `(missing [${missing.join(' ')}], doubled ${doubled}, unknown [${foreign.join(', ')}])`,
      );
    }
    const status = trueStatusEn(truth);
    if (item.receiptStatusEn !== status) problems.push(`${item.key}: shows "${item.receiptStatusEn}", the gateway's receipts say "${status}"`);
  }
  const onDesktop = new Set(reports.flatMap((r) => r.items).map((i) => `${enterpriseId}/${i.key}`));
  for (const [id, truth] of gateway) {
    if (truth.enterpriseId === enterpriseId && !onDesktop.has(id)) problems.push(`${truth.key}: on the gateway but not in the desktop's outbox`);
  }
  return problems;
}
