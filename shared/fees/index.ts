export { auditInvoices, feeRules } from './audit';
export type { FeeAuditContext, FeeFinding, FeeSeverity, FeeRule, LineReference } from './engine';
export { matchItem, normalizeFeeName, partyKey, type ItemMatch, type MatchMethod } from './match';
export { invoiceTotals, totalsByMonth, totalsByParty, type AuditTotals, type GroupTotals, type InvoiceAudit } from './totals';
