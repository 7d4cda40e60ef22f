import type { ListDocumentsInput } from '../../../../shared/ipc/contract';
import type { DocumentStatus } from '../../../../shared/model/documents';

/** What the filter bar holds, as typed; dates are the <input type="date"> values (local days). */
export interface ListFilter {
  direction: '' | 'I' | 'E';
  status: '' | DocumentStatus;
  from: string;
  to: string;
  tradeMode: string;
  consignee: string;
}

export const noFilter: ListFilter = { direction: '', status: '', from: '', to: '', tradeMode: '', consignee: '' };

export function isFiltered(filter: ListFilter): boolean {
  return Object.values(filter).some((v) => v !== '');
}

/** A local calendar day as the UTC instants that bound it, so "from 26 Nov" means the broker's 26 Nov. */
function dayStart(day: string, nextDay = false): string | undefined {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return undefined;
  return new Date(y, m - 1, d + (nextDay ? 1 : 0)).toISOString();
}

export function filterInput(filter: ListFilter): Partial<ListDocumentsInput> {
  const input: Partial<ListDocumentsInput> = {};
  if (filter.direction) input.direction = filter.direction;
  if (filter.status) input.status = filter.status;
  const from = filter.from ? dayStart(filter.from) : undefined;
  if (from) input.updatedFrom = from;
  const to = filter.to ? dayStart(filter.to, true) : undefined;
  if (to) input.updatedTo = to;
  const tradeMode = filter.tradeMode.trim();
  if (tradeMode) input.tradeMode = tradeMode.slice(0, 4);
  const consignee = filter.consignee.trim();
  if (consignee) input.consignee = consignee;
  return input;
}
