import type { FeeRegulation } from '../model/fees';
import type { FeeAuditContext, FeeSeverity, LineView } from './engine';
import { conditionsFit, within } from './match';

type Kind = FeeRegulation['kind'];

/** The regulations of one kind that cover the line's item on its date and its conditions. */
export function regulationsInForce<K extends Kind>(ctx: FeeAuditContext, kind: K, view: LineView): Extract<FeeRegulation, { kind: K }>[] {
  const code = view.match?.code;
  if (!code) return [];
  return ctx.regulations.filter(
    (r): r is Extract<FeeRegulation, { kind: K }> => r.kind === kind && r.code === code && within(view.date, r.from, r.to) && conditionsFit(r.conditions, view.line),
  );
}

/** A fact nobody has checked ([G]) can raise a question, never a claim against a party. */
export const severityOf = (fact: { unverified: boolean }): FeeSeverity => (fact.unverified ? 'review' : 'dispute');

/** The catalogue's name of a code, for messages about items the line may have worded differently. */
export function itemNameZh(ctx: FeeAuditContext, code: string): string {
  return ctx.names.find((n) => n.code === code)?.nameZh ?? code;
}
