import { useTranslation } from 'react-i18next';
import { DocumentStatus } from '../../../../shared/model/documents';
import { isFiltered, noFilter, type ListFilter } from './list-filter';

interface Props {
  filter: ListFilter;
  onChange(filter: ListFilter): void;
}

/** Direction, status, modified dates, trade mode and consignee: each narrows the list at once. */
export function ListFiltersBar({ filter, onChange }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof ListFilter>(key: K, value: ListFilter[K]) => onChange({ ...filter, [key]: value });
  return (
    <fieldset className="list-filters">
      <legend className="visually-hidden">{t('listTools.filtersLabel')}</legend>
      <label>
        {t('listTools.direction')}
        <select aria-label={t('listTools.direction')} value={filter.direction} onChange={(event) => set('direction', event.target.value === 'I' || event.target.value === 'E' ? event.target.value : '')}>
          <option value="">{t('listTools.any')}</option>
          <option value="I">{t('direction.I')}</option>
          <option value="E">{t('direction.E')}</option>
        </select>
      </label>
      <label>
        {t('listTools.status')}
        <select
          aria-label={t('listTools.status')}
          value={filter.status}
          onChange={(event) => {
            const parsed = DocumentStatus.safeParse(event.target.value);
            set('status', parsed.success ? parsed.data : '');
          }}
        >
          <option value="">{t('listTools.any')}</option>
          {DocumentStatus.options.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('listTools.from')}
        <input type="date" aria-label={t('listTools.from')} value={filter.from} onChange={(event) => set('from', event.target.value)} />
      </label>
      <label>
        {t('listTools.to')}
        <input type="date" aria-label={t('listTools.to')} value={filter.to} onChange={(event) => set('to', event.target.value)} />
      </label>
      <label>
        {t('listTools.tradeMode')}
        <input
          type="text"
          className="mono filter-code"
          maxLength={4}
          aria-label={t('listTools.tradeMode')}
          placeholder={t('listTools.tradeModePlaceholder')}
          value={filter.tradeMode}
          onChange={(event) => set('tradeMode', event.target.value)}
        />
      </label>
      <label>
        {t('listTools.consignee')}
        <input type="text" className="filter-text" aria-label={t('listTools.consignee')} value={filter.consignee} onChange={(event) => set('consignee', event.target.value)} />
      </label>
      {isFiltered(filter) && (
        <button type="button" className="small-button" onClick={() => onChange(noFilter)}>
          {t('listTools.clear')}
        </button>
      )}
    </fieldset>
  );
}
