import type { Receipt } from './receipts';

/**
 * What a CHANNEL code means for the broker (spec §6.3), and its rank. The status shown is the
 * highest-ranked receipt, whatever order they arrived in: a late "7" after "P" does not move a
 * released declaration back. Where the sources disagree (G, S) the meaning is the cautious one.
 */
export type ReceiptPhase =
  | 'staged'
  | 'staging-failed'
  | 'declared'
  | 'lodged'
  | 'rejected'
  | 'returned'
  | 'failed'
  | 'resend'
  | 'accepted'
  | 'release-on-guarantee'
  | 'duty-payable'
  | 'inspection'
  | 'released'
  | 'closed'
  | 'deleted'
  | 'unknown';

interface ChannelMeaning {
  phase: ReceiptPhase;
  rank: number;
  zh: string;
  en: string;
}

const channels: Record<string, ChannelMeaning> = {
  S0: { phase: 'staged', rank: 5, zh: '暂存成功', en: 'Staged' },
  F1: { phase: 'staging-failed', rank: 6, zh: '暂存失败', en: 'Staging failed' },
  '7': { phase: 'declared', rank: 10, zh: '申报成功', en: 'Declared' },
  N: { phase: 'resend', rank: 12, zh: '需重传', en: 'Resend required' },
  L: { phase: 'lodged', rank: 20, zh: '海关入库成功', en: 'Lodged with customs' },
  H: { phase: 'lodged', rank: 22, zh: '海关挂起', en: 'On hold at customs' },
  M: { phase: 'lodged', rank: 24, zh: '报关单重审', en: 'Under re-examination' },
  E: { phase: 'rejected', rank: 30, zh: '海关退单', en: 'Rejected by customs' },
  Y: { phase: 'failed', rank: 30, zh: '申报失败', en: 'Declaration failed' },
  Z: { phase: 'returned', rank: 31, zh: '退回修改', en: 'Returned for modification' },
  J: { phase: 'accepted', rank: 40, zh: '海关已接受申报', en: 'Accepted by customs' },
  G: { phase: 'accepted', rank: 41, zh: '报关单已审结', en: 'Assessed' },
  K: { phase: 'release-on-guarantee', rank: 45, zh: '担保放行', en: 'Released on guarantee' },
  B: { phase: 'release-on-guarantee', rank: 45, zh: '担保验放', en: 'Release on guarantee' },
  T: { phase: 'duty-payable', rank: 50, zh: '需交税费', en: 'Duty payable' },
  C: { phase: 'inspection', rank: 55, zh: '查验通知', en: 'Inspection ordered' },
  W: { phase: 'inspection', rank: 56, zh: '无纸验放通知', en: 'Paperless inspection notice' },
  I: { phase: 'released', rank: 68, zh: '无纸放行通知', en: 'Paperless release notice' },
  X: { phase: 'released', rank: 69, zh: '准予进港', en: 'Cleared to enter the port' },
  F: { phase: 'released', rank: 69, zh: '放行交单', en: 'Release documents handed in' },
  P: { phase: 'released', rank: 70, zh: '海关已放行', en: 'Released' },
  R: { phase: 'closed', rank: 80, zh: '已结关', en: 'Closed' },
  D: { phase: 'deleted', rank: 90, zh: '海关删单', en: 'Deleted by customs' },
  A: { phase: 'deleted', rank: 90, zh: '放行前删除', en: 'Deleted before release' },
};

export function channelMeaning(channel: string | undefined): ChannelMeaning {
  return (channel && channels[channel]) || { phase: 'unknown', rank: 0, zh: `未知回执代码 ${channel ?? ''}`.trim(), en: `Unknown receipt code ${channel ?? ''}`.trim() };
}

function receiptRank(receipt: Receipt): ChannelMeaning {
  if (receipt.kind === 'import-response') {
    return receipt.responseCode === '0'
      ? { phase: 'declared', rank: 8, zh: '导入成功', en: 'Imported' }
      : { phase: 'failed', rank: 9, zh: '导入失败', en: 'Import failed' };
  }
  return channelMeaning(receipt.channel);
}

export interface DerivedStatus {
  phase: ReceiptPhase | 'none';
  zh: string;
  en: string;
  /** Known once a J (or later) receipt carries it. */
  entryId?: string;
  seqNo?: string;
}

/** The status from all receipts: the highest rank wins; ties go to the later notice date. */
export function deriveStatus(receipts: readonly Receipt[]): DerivedStatus {
  let best: { meaning: ChannelMeaning; receipt: Receipt } | null = null;
  for (const receipt of receipts) {
    const meaning = receiptRank(receipt);
    if (
      !best ||
      meaning.rank > best.meaning.rank ||
      (meaning.rank === best.meaning.rank && (receipt.noticeDate ?? '') > (best.receipt.noticeDate ?? ''))
    ) {
      best = { meaning, receipt };
    }
  }
  if (!best) return { phase: 'none', zh: '尚无回执', en: 'No receipt yet' };
  const status: DerivedStatus = { phase: best.meaning.phase, zh: best.meaning.zh, en: best.meaning.en };
  const entryId = receipts.map((r) => r.entryId).find(Boolean);
  const seqNo = receipts.map((r) => r.seqNo).find(Boolean);
  if (entryId) status.entryId = entryId;
  if (seqNo) status.seqNo = seqNo;
  return status;
}
