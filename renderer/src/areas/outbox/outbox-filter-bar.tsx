import { useTranslation } from 'react-i18next';
import { outboxFilterIds, type OutboxFilter } from './outbox-filter';

/** One row of toggle buttons; the chosen filter is pressed. */
export function OutboxFilterBar({ filter, onChange }: { filter: OutboxFilter; onChange(filter: OutboxFilter): void }) {
  const { t } = useTranslation();
  return (
    <div className="outbox-filters" role="group" aria-label={t('outbox.filterLabel')}>
      {outboxFilterIds.map((id) => (
        <button key={id} type="button" className="small-button" aria-pressed={id === filter} onClick={() => onChange(id)}>
          {t(`outbox.filters.${id}`)}
        </button>
      ))}
    </div>
  );
}
