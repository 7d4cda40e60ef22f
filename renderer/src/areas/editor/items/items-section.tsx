import { memo, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclarationDraft, DeclarationItem } from '../../../../../shared/model/declaration';
import { currentDraftSession, useDraftStore } from '../draft-store';
import { itemFieldId, useEditorUiStore } from '../editor-ui-store';
import { HsLookupPanel } from './hs-lookup-panel';
import { addItem, copyItem, moveItem, removeItem, withItemField, withTariffLine } from './item-edits';
import { ItemForm } from './item-form';
import { ItemsGrid } from './items-grid';
import '../../../styles/items-grid.css';
import { ItemTotals } from './item-totals-view';
import { ProductPicker } from './product-picker';
import { ProductButtons } from './product-buttons';
import { withProductItem } from './product-edits';
import type { InlineMessages } from '../validation/inline-messages';

interface Props {
  items: DeclarationDraft['items'];
  readOnly: boolean;
  onLeaveField(): void;
  messageFor: InlineMessages;
}

const noItems: readonly DeclarationItem[] = [];

/**
 * 表体: the toolbar, the grid of all items, live totals, and the form of the selected item.
 * Memoised on the items array: typing in the header leaves it alone (the array is kept as is).
 */
export const ItemsSection = memo(function ItemsSection({ items: maybeItems, readOnly, onLeaveField, messageFor }: Props) {
  const { t } = useTranslation();
  const items = maybeItems ?? noItems;
  const rawSelected = useEditorUiStore((s) => s.selectedItem);
  const { selectItem, requestFocus } = useEditorUiStore.getState();
  const selected = Math.min(rawSelected, Math.max(0, items.length - 1));
  const item = items[selected];
  const [lookupOpen, setLookupOpen] = useState(false);
  const [pickerOpen, setPickerOpen] = useState(false);
  const update = useDraftStore.getState().update;

  const add = useCallback(() => {
    if (readOnly) return;
    const at = currentDraftSession()?.snapshot().data.items?.length ?? 0;
    update((d) => addItem(d, (d.items?.length ?? 0) - 1));
    selectItem(at);
    requestFocus(itemFieldId('codeTs'));
  }, [readOnly, update, selectItem, requestFocus]);

  const openLookup = useCallback(() => {
    if (readOnly) return;
    if (items.length === 0) {
      update((d) => addItem(d, -1));
      selectItem(0);
    }
    setLookupOpen(true);
  }, [readOnly, items.length, update, selectItem]);

  // Ctrl+N adds an item while the editor is open (on the list it creates a declaration); F2 looks up a code.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (lookupOpen || pickerOpen) return;
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'n') {
        event.preventDefault();
        if (!event.repeat) add();
      } else if (event.key === 'F2' && !event.ctrlKey && !event.altKey) {
        event.preventDefault();
        openLookup();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [add, openLookup, lookupOpen, pickerOpen]);

  const act = (change: (d: DeclarationDraft) => DeclarationDraft, nextSelected: number) => {
    update(change);
    selectItem(nextSelected);
  };

  return (
    <section className="form-section items-section" aria-labelledby="items-heading">
      <div className="items-toolbar">
        <h2 id="items-heading">
          {t('editor.itemsHeading')} <span className="muted">{t('items.count', { count: items.length })}</span>
        </h2>
        <button type="button" className="small-button" onClick={add} disabled={readOnly}>
          {t('items.add')} <kbd>Ctrl+N</kbd>
        </button>
        <button type="button" className="small-button" onClick={() => act((d) => copyItem(d, selected), selected + 1)} disabled={readOnly || !item}>
          {t('items.copy')}
        </button>
        <button type="button" className="small-button" onClick={() => act((d) => removeItem(d, selected), Math.max(0, selected - 1))} disabled={readOnly || !item}>
          {t('items.remove')}
        </button>
        <button type="button" className="small-button" onClick={() => act((d) => moveItem(d, selected, -1), selected - 1)} disabled={readOnly || selected === 0 || !item}>
          {t('items.moveUp')}
        </button>
        <button
          type="button"
          className="small-button"
          onClick={() => act((d) => moveItem(d, selected, 1), selected + 1)}
          disabled={readOnly || selected >= items.length - 1}
        >
          {t('items.moveDown')}
        </button>
        <button type="button" className="small-button" onClick={openLookup} disabled={readOnly}>
          {t('items.lookup')} <kbd>F2</kbd>
        </button>
        <ProductButtons item={item} readOnly={readOnly} onInsert={() => setPickerOpen(true)} />
      </div>
      {items.length === 0 ? (
        <p className="muted items-empty">{t('items.empty')}</p>
      ) : (
        <>
          <ItemsGrid items={items} selected={selected} readOnly={readOnly} onSelect={selectItem} onEdit={(index, field, value) => update((d) => withItemField(d, index, field, value))} />
          <ItemTotals items={items} />
        </>
      )}
      {item && (
        <ItemForm
          item={item}
          index={selected}
          readOnly={readOnly}
          onEdit={(field, value) => update((d) => withItemField(d, selected, field, value))}
          onLeave={onLeaveField}
          onLookup={openLookup}
          messageFor={messageFor}
        />
      )}
      {pickerOpen && (
        <ProductPicker
          onClose={() => setPickerOpen(false)}
          onChoose={(product) => {
            update((d) => withProductItem(d, product));
            setPickerOpen(false);
            selectItem(items.length);
            requestFocus(itemFieldId('gQty'));
          }}
        />
      )}
      {lookupOpen && (
        <HsLookupPanel
          initialQuery={item?.codeTs ?? ''}
          onClose={() => {
            setLookupOpen(false);
            requestFocus(itemFieldId('codeTs'));
          }}
          onChoose={(line) => {
            update((d) => withTariffLine(d, selected, line));
            setLookupOpen(false);
            requestFocus(line.elements.length > 0 ? 'item-element-1' : itemFieldId('gQty'));
          }}
        />
      )}
    </section>
  );
});
