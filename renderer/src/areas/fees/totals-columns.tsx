import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { AuditTotalsSchema } from '../../../../shared/fees/schema';
import { formatMoney } from './fee-format';

type AuditTotals = z.infer<typeof AuditTotalsSchema>;

/** The four figures every fee totals table ends with: invoiced, disputed, to review, disputed lines (headers). */
export function TotalsHeaders() {
  const { t } = useTranslation();
  return (
    <>
      <th scope="col" className="num">
        {t('fees.groups.invoiced')}
      </th>
      <th scope="col" className="num">
        {t('fees.groups.disputed')}
      </th>
      <th scope="col" className="num">
        {t('fees.groups.review')}
      </th>
      <th scope="col" className="num">
        {t('fees.groups.disputedLines')}
      </th>
    </>
  );
}

/** The same four figures of one row. */
export function TotalsCells({ totals }: { totals: AuditTotals }) {
  return (
    <>
      <td className="num" data-stat="invoiced">
        {formatMoney(totals.invoiced)}
      </td>
      <td className="num" data-stat="disputed">
        {formatMoney(totals.disputed)}
      </td>
      <td className="num" data-stat="review">
        {formatMoney(totals.review)}
      </td>
      <td className="num" data-stat="disputedLines">
        {totals.disputedLines}
      </td>
    </>
  );
}
