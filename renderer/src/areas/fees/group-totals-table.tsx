import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { GroupTotalsSchema } from '../../../../shared/fees/schema';
import { TotalsCells, TotalsHeaders } from './totals-columns';

type GroupTotals = z.infer<typeof GroupTotalsSchema>;

interface Props {
  title: string;
  /** The first column's header: the party or the month. */
  nameHeader: string;
  rows: GroupTotals[];
  testId: string;
}

/** 按收费单位 / 按月份: the report's group totals, one row per group and currency. */
export function GroupTotalsTable({ title, nameHeader, rows, testId }: Props) {
  const { t } = useTranslation();
  const headingId = `${testId}-heading`;
  return (
    <section className="tracking-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <table className="data-table fee-table" data-testid={testId} aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">{nameHeader}</th>
            <th scope="col">{t('fees.groups.currency')}</th>
            <th scope="col" className="num">
              {t('fees.groups.invoices')}
            </th>
            <TotalsHeaders />
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.key}-${r.currency}`} data-key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{r.currency}</td>
              <td className="num">{r.invoices}</td>
              <TotalsCells totals={r} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
