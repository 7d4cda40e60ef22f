import { useTranslation } from 'react-i18next';
import { nextSort, type Sort, type SortColumn } from './list-sort';

interface Props {
  column: SortColumn;
  label: string;
  sort: Sort;
  onSort(sort: Sort): void;
}

/** A column header that sorts on click (or Enter/Space, it is a button); aria-sort says how. */
export function SortableHeader({ column, label, sort, onSort }: Props) {
  const { t } = useTranslation();
  const active = sort.column === column;
  return (
    <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="sort-button" title={t('listTools.sortBy', { column: label })} onClick={() => onSort(nextSort(sort, column))}>
        {label}
        <span aria-hidden="true" className="sort-mark">
          {active ? (sort.descending ? '▼' : '▲') : ''}
        </span>
      </button>
    </th>
  );
}
