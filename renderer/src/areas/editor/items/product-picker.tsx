import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LibraryRecord } from '../../../../../shared/model/library';
import type { Product } from '../../../../../shared/model/parties';
import { useDebounced } from '../../declarations/use-debounced';
import { useLibraryList } from '../../libraries/use-library-list';
import { DialogFrame } from '../../../components/dialog-frame';

interface Props {
  onChoose(product: Product): void;
  onClose(): void;
}

/** 从商品库插入: search the product library, ↑/↓ and Enter insert the product as a new item. */
export function ProductPicker({ onChoose, onClose }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const text = useDebounced(search, 120);
  const { records } = useLibraryList('product', text, 50);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const list = records ?? [];

  const choose = (record: LibraryRecord | undefined) => {
    if (record?.body.kind === 'product') onChoose(record.body.data);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.max(0, Math.min(list.length - 1, a + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
      choose(list[Math.min(active, list.length - 1)]);
    }
  };

  return (
    <DialogFrame titleId="product-picker-title" title={t('productPick.title')} hint={t('productPick.hint')} closeLabel={t('productPick.close')} onClose={onClose} onKeyDown={onKeyDown} className="product-picker">
      <input
        ref={input}
        type="search"
        aria-label={t('productPick.searchLabel')}
        placeholder={t('libraries.productSearch')}
        value={search}
        onChange={(event) => {
          setSearch(event.target.value);
          setActive(0);
        }}
      />
      {records && list.length === 0 && <p className="table-note">{t('productPick.noResults')}</p>}
      <ul className="hs-lines" role="listbox" aria-label={t('libraries.productList')}>
        {list.map((record, index) => (
          <li
            key={record.id}
            role="option"
            aria-selected={index === active}
            className={index === active ? 'active' : undefined}
            onMouseDown={(event) => {
              event.preventDefault();
              choose(record);
            }}
          >
            <span className="mono">{record.body.kind === 'product' ? (record.body.data.codeTs ?? '') : ''}</span> <span>{record.label}</span>{' '}
            <span className="muted mono">{record.code}</span>
          </li>
        ))}
      </ul>
    </DialogFrame>
  );
}
