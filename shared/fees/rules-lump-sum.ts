import type { FeeAuditContext, FeeRule, LineView } from './engine';
import { lineLabel, yuan } from './engine';
import { partyKey, within } from './match';
import { itemNameZh, regulationsInForce, severityOf } from './regulations';

interface Inclusion {
  lumpSumCode: string;
  unverified: boolean;
  sources: readonly string[];
}

/** Every lump sum that covers this item on the date: by regulation (保安费 in 包干费) or by the party's own list. */
function inclusionsOf(view: LineView, ctx: FeeAuditContext): Inclusion[] {
  const code = view.match?.code;
  if (!code) return [];
  const byLaw = regulationsInForce(ctx, 'inside-lump-sum', view).map((r) => ({ lumpSumCode: r.lumpSumCode, unverified: r.unverified, sources: r.sources }));
  const byList = view.lists.flatMap((list) =>
    list.items
      .filter((item) => within(view.date, item.validFrom, item.validTo) && item.includes.some((i) => i.code === code && within(view.date, i.from, i.to)))
      .map((item) => ({ lumpSumCode: item.code, unverified: item.unverified, sources: [...item.sources, ...list.sources] })),
  );
  return [...byLaw, ...byList];
}

/**
 * The shipment a line is for: its box when it names one, else its B/L. A line naming a box is
 * only ever tied to lines of the same box (never by B/L), and a line naming neither to nothing.
 */
function shipmentOf(view: LineView): string | null {
  if (view.line.containerNo) return `C:${view.line.containerNo}`;
  return view.line.blNo ? `B:${view.line.blNo}` : null;
}

/** Lines per party, item code and shipment, built once per batch: a month of lines is looked up, not scanned per line. */
const byPartyItemShipment = new WeakMap<readonly LineView[], Map<string, LineView[]>>();

function sameShipmentLines(all: readonly LineView[], view: LineView, code: string): readonly LineView[] {
  let index = byPartyItemShipment.get(all);
  if (!index) {
    index = new Map();
    for (const v of all) {
      const shipment = shipmentOf(v);
      if (!v.match || shipment === null) continue;
      const key = `${partyKey(v.invoice.party)}|${v.match.code}|${shipment}`;
      const group = index.get(key);
      if (group) group.push(v);
      else index.set(key, [v]);
    }
    byPartyItemShipment.set(all, index);
  }
  const shipment = shipmentOf(view);
  return shipment === null ? [] : (index.get(`${partyKey(view.invoice.party)}|${code}|${shipment}`) ?? []);
}

export const insideLumpSumRule: FeeRule = {
  id: 'FEE-004',
  titleZh: '已含在包干费内的项目另行收费',
  titleEn: 'Billed separately although inside a lump sum the same party charged',
  *check(view, all, ctx) {
    for (const inclusion of inclusionsOf(view, ctx)) {
      const lump = sameShipmentLines(all, view, inclusion.lumpSumCode).find((o) => o !== view);
      if (!lump) continue;
      const { zh, en } = lineLabel(view);
      const where = view.line.containerNo ?? view.line.blNo ?? '';
      yield {
        severity: severityOf(inclusion),
        atStake: view.amount,
        messageZh: `${zh}：已包含在同一收费主体对 ${where} 收取的${itemNameZh(ctx, inclusion.lumpSumCode)}（发票 ${lump.invoice.invoiceNo} 第 ${lump.line.lineNo} 行）内，另行收取 ${yuan(view.amount)} 元。`,
        messageEn: `${en}: already inside the lump sum the same party charged for ${where} (invoice ${lump.invoice.invoiceNo} line ${lump.line.lineNo}); billed again: ${yuan(view.amount)}.`,
        sources: [...new Set(inclusion.sources)],
        reference: { invoiceId: lump.invoice.id, invoiceNo: lump.invoice.invoiceNo, lineNo: lump.line.lineNo },
      };
      return; // one lump sum is enough to show the line is billed twice
    }
  },
};
