import { useTranslation } from 'react-i18next';
import type { DeclarationItem } from '../../../../../shared/model/declaration';
import { formatHsCode } from '../../../../../shared/codes/search';
import { itemFieldLabel } from '../field-labels';

interface Props {
  items: readonly DeclarationItem[];
  selected: number;
  onSelect(index: number): void;
}

const qtyUnit = (qty: string | undefined, unit: string | undefined) => (qty || unit ? `${qty ?? ''} ${unit ?? ''}`.trim() : '');

/** All items at a glance; ↑/↓ (or a click) choose the one the form below edits. */
export function ItemsGrid({ items, selected, onSelect }: Props) {
  const { t, i18n } = useTranslation();
  const label = (f: keyof DeclarationItem) => itemFieldLabel(f, i18n.language);
  return (
    <div
      className="items-grid-wrap"
      id="items-grid"
      tabIndex={0}
      role="group"
      aria-label={t('items.listLabel')}
      onKeyDown={(event) => {
        if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
        event.preventDefault();
        onSelect(Math.max(0, Math.min(items.length - 1, selected + (event.key === 'ArrowDown' ? 1 : -1))));
      }}
    >
      <table className="data-table items-grid">
        <thead>
          <tr>
            <th className="num">{label('gNo')}</th>
            <th>{label('codeTs')}</th>
            <th>{label('gName')}</th>
            <th>{t('items.gModelShort')}</th>
            <th className="num">{t('items.qtyUnit')}</th>
            <th className="num">{t('items.firstQtyUnit')}</th>
            <th className="num">{t('items.secondQtyUnit')}</th>
            <th className="num">{label('declPrice')}</th>
            <th className="num">{label('declTotal')}</th>
            <th>{label('tradeCurr')}</th>
            <th>{t('items.origin')}</th>
            <th>{t('items.destination')}</th>
            <th>{t('items.district')}</th>
            <th>{label('dutyMode')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item, index) => (
            <tr
              key={index}
              aria-selected={index === selected}
              className={index === selected ? 'selected' : undefined}
              onClick={() => onSelect(index)}
            >
              <td className="num">{item.gNo}</td>
              <td className="mono">{item.codeTs ? formatHsCode(item.codeTs) : ''}</td>
              <td className="cell-text" title={item.gName}>
                {item.gName}
              </td>
              <td className="cell-text" title={item.gModel}>
                {item.gModel}
              </td>
              <td className="num mono">{qtyUnit(item.gQty, item.gUnit)}</td>
              <td className="num mono">{qtyUnit(item.firstQty, item.firstUnit)}</td>
              <td className="num mono">{qtyUnit(item.secondQty, item.secondUnit)}</td>
              <td className="num mono">{item.declPrice}</td>
              <td className="num mono">{item.declTotal}</td>
              <td className="mono">{item.tradeCurr}</td>
              <td className="mono">{item.originCountry}</td>
              <td className="mono">{item.destinationCountry}</td>
              <td className="mono">{item.districtCode}</td>
              <td className="mono">{item.dutyMode}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
