import { decimal, formatDecimal, type DecimalValue } from '../model/decimal';
import type { FeeInvoice, FeeInvoiceLine, FeeItemName, FeeList, FeeRegulation, InspectionStatus } from '../model/fees';
import { listsInForce, matchItem, sameParty, type ItemMatch } from './match';

/**
 * The fee-audit engine: pure, like the declaration rules (shared/rules/engine.ts). It is handed
 * everything it needs (lists, the catalogue of names and regulations, what is known of each
 * declaration's inspection) and never reaches for storage itself.
 *
 * "dispute": the documents show the charge should not have been made (the trader can send it back);
 * "review": something to check by hand (an unverified fact, an inspection result not yet known).
 */
export type FeeSeverity = 'dispute' | 'review';

export interface FeeAuditContext {
  lists: readonly FeeList[];
  names: readonly FeeItemName[];
  regulations: readonly FeeRegulation[];
  /** Per declaration id; a declaration missing here counts as "unknown". */
  inspections: Readonly<Record<string, InspectionStatus>>;
  /** How messages name a declaration (its title or ClientSeqNo); the id when missing. */
  declarationTitles?: Readonly<Record<string, string>>;
}

/** One invoice line as the rules see it: its date, its item code, the party's lists in force then. */
export interface LineView {
  invoice: FeeInvoice;
  line: FeeInvoiceLine;
  /** The service date, else the invoice date. */
  date: string;
  match: ItemMatch | null;
  lists: FeeList[];
  /** Whether the party has any list at all (in force or not): with none, nothing can be said to be off-list. */
  partyHasLists: boolean;
  amount: DecimalValue;
}

export interface FeeHit {
  severity: FeeSeverity;
  atStake: DecimalValue;
  messageZh: string;
  messageEn: string;
  sources: readonly string[];
  /** The other line that makes this one wrong: the lump sum (FEE-004), the first charge (FEE-006). */
  reference?: LineReference;
}

export interface LineReference {
  invoiceId: string;
  invoiceNo: string;
  lineNo: number;
}

export interface FeeRule {
  id: string;
  titleZh: string;
  titleEn: string;
  check(view: LineView, all: readonly LineView[], ctx: FeeAuditContext): Iterable<FeeHit>;
}

export interface FeeFinding {
  invoiceId: string;
  lineNo: number;
  ruleId: string;
  severity: FeeSeverity;
  /** Decimal string, 2 places, in the invoice's currency. */
  atStake: string;
  messageZh: string;
  messageEn: string;
  sources: string[];
  match: ItemMatch | null;
  reference?: LineReference;
}

export function lineViews(invoices: readonly FeeInvoice[], ctx: FeeAuditContext): LineView[] {
  return invoices.flatMap((invoice) => {
    const partyHasLists = ctx.lists.some((l) => sameParty(l.party, invoice.party));
    // An invoice's lines share a few dates and bill a few items many times: look each up once.
    const listsOn = new Map<string, FeeList[]>();
    const matches = new Map<string, ItemMatch | null>();
    return invoice.lines.map((line): LineView => {
      const date = line.serviceDate ?? invoice.invoiceDate;
      let lists = listsOn.get(date);
      if (!lists) {
        lists = listsInForce(ctx.lists, invoice.party, date);
        listsOn.set(date, lists);
      }
      const matchKey = `${date}\u0000${line.itemCode ?? ''}\u0000${line.itemName}`;
      let match = matches.get(matchKey);
      if (match === undefined) {
        match = matchItem(line, lists, ctx.names);
        matches.set(matchKey, match);
      }
      return { invoice, line, date, match, lists, partyHasLists, amount: decimal(line.amount) };
    });
  });
}

/** Runs every rule over every line of every invoice; duplicates and lump sums look across invoices. */
export function runFeeRules(rules: readonly FeeRule[], invoices: readonly FeeInvoice[], ctx: FeeAuditContext): FeeFinding[] {
  const views = lineViews(invoices, ctx);
  const findings: FeeFinding[] = [];
  for (const view of views) {
    for (const rule of rules) {
      for (const hit of rule.check(view, views, ctx)) {
        findings.push({
          invoiceId: view.invoice.id,
          lineNo: view.line.lineNo,
          ruleId: rule.id,
          severity: hit.severity,
          atStake: formatDecimal(hit.atStake, 2),
          messageZh: hit.messageZh,
          messageEn: hit.messageEn,
          sources: [...hit.sources],
          match: view.match,
          ...(hit.reference ? { reference: hit.reference } : {}),
        });
      }
    }
  }
  return findings;
}

/** Money as the messages print it: two places, no exponent. */
export const yuan = (value: DecimalValue | string): string => formatDecimal(typeof value === 'string' ? decimal(value) : value, 2);

/** "第 3 行「码头操作费」" / "line 3 (THC)": how every message names its line. */
export const lineLabel = (view: LineView): { zh: string; en: string } => ({
  zh: `第 ${view.line.lineNo} 行「${view.line.itemName}」`,
  en: `line ${view.line.lineNo} "${view.line.itemName}"`,
});
