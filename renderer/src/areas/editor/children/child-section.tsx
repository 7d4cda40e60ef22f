import { memo, type KeyboardEvent } from 'react';
import '../../../styles/editor-sections.css';
import { useTranslation } from 'react-i18next';
import type { DeclarationDraft } from '../../../../../shared/model/declaration';
import { normalizeDecimalInput } from '../../../../../shared/model/decimal';
import { CodeCombobox } from '../codes/code-combobox';
import { useDraftStore } from '../draft-store';
import { fieldIds } from '../editor-field';
import { useEditorUiStore } from '../editor-ui-store';
import { FIELD_ATTRIBUTE } from '../field-navigation';
import { childFieldId, childSectionId, type ChildBlock, type ChildBlockKey, type ChildColumn } from './child-blocks';
import type { InlineMessages } from '../validation/inline-messages';
import { addChildRow, removeChildRow, withChildField } from './child-edits';

interface Props {
  block: ChildBlock;
  rows: DeclarationDraft[ChildBlockKey];
  readOnly: boolean;
  onLeaveField(): void;
  messageFor: InlineMessages;
}

const noRows: Record<string, string | undefined>[] = [];

const marker = { [FIELD_ATTRIBUTE]: '' };

/** The row a key event came from, read from the data-row of the cell it is in. */
function rowOf(target: EventTarget): number | null {
  const cell = target instanceof HTMLElement ? target.closest<HTMLElement>('[data-row]') : null;
  return cell ? Number(cell.dataset.row) : null;
}

/**
 * One repeating block (集装箱, 许可证, 随附单证 …) as a small table. Keyboard: Enter/Tab move
 * through the cells in reading order like every field; Ctrl+N inside the block adds a row under
 * the current one (outside it Ctrl+N still adds an item); Ctrl+Delete removes the current row.
 */
export const ChildSection = memo(function ChildSection({ block, rows: blockRows, readOnly, onLeaveField, messageFor }: Props) {
  const { t } = useTranslation();
  const rows = (blockRows ?? noRows) as Record<string, string | undefined>[];
  const columns = block.columns;
  const update = useDraftStore.getState().update;
  const { requestFocus } = useEditorUiStore.getState();
  const title = t(`children.blocks.${block.key}`);
  const label = (field: string) => t(`children.fields.${block.key}.${field}` as 'children.fields.containers.containerId');
  const first = columns[0]?.field ?? '';
  const totalWidth = columns.reduce((sum, c) => sum + c.width, 0);

  const add = (after?: number) => {
    if (readOnly) return;
    const at = after === undefined ? rows.length : after + 1;
    update((d) => addChildRow(d, block.key, after));
    requestFocus(childFieldId(block.key, at, first));
  };
  const remove = (index: number) => {
    if (readOnly) return;
    update((d) => removeChildRow(d, block.key, index));
    const left = rows.length - 1;
    requestFocus(left === 0 ? `${childSectionId(block.key)}-add` : childFieldId(block.key, Math.min(index, left - 1), first));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
    const key = event.key.toLowerCase();
    if (key !== 'n' && key !== 'delete') return;
    // Handled here, so the editor-wide Ctrl+N (add an item) does not fire as well.
    event.preventDefault();
    event.stopPropagation();
    if (event.repeat) return;
    const row = rowOf(event.target);
    if (key === 'n') add(row ?? undefined);
    else if (row !== null) remove(row);
  };

  const cell = (row: Record<string, string | undefined>, index: number, column: ChildColumn) => {
    const id = childFieldId(block.key, index, column.field);
    const path = `${block.key}.${index}.${column.field}`;
    const value = row[column.field];
    // Like the header: a field shows its message once it holds something; the panel lists the rest.
    const error = messageFor(path, value);
    const set = (next: string) => update((d) => withChildField(d, block.key, index, column.field, column.upper ? next.toUpperCase() : next));
    const input = column.input;
    return (
      <td key={column.field} data-row={index} className={error ? 'has-error' : undefined}>
        <label className="visually-hidden" htmlFor={id}>
          {`${label(column.field)} ${index + 1}`}
        </label>
        {input.kind === 'code' ? (
          <CodeCombobox
            id={id}
            table={input.table}
            value={value}
            readOnly={readOnly}
            invalid={Boolean(error)}
            describedBy={error ? `${id}-error` : undefined}
            onChange={set}
            onLeave={onLeaveField}
          />
        ) : (
          <input
            {...fieldIds(id, error)}
            {...marker}
            type="text"
            autoComplete="off"
            spellCheck={false}
            className={input.kind === 'decimal' ? 'mono num' : input.mono ? 'mono' : undefined}
            inputMode={input.kind === 'decimal' ? 'decimal' : undefined}
            value={value ?? ''}
            readOnly={readOnly}
            onChange={(event) => set(event.target.value)}
            onBlur={() => {
              const normal = input.kind === 'decimal' ? normalizeDecimalInput(value ?? '') : null;
              if (normal !== null && normal !== (value ?? '')) set(normal);
              onLeaveField();
            }}
          />
        )}
        {error && (
          <p className="field-error" id={`${id}-error`} role="alert">
            {error}
          </p>
        )}
      </td>
    );
  };

  return (
    <section className={`form-section child-section${rows.length === 0 ? ' child-empty' : ''}`} id={childSectionId(block.key)} aria-label={title} onKeyDown={onKeyDown}>
      <div className="child-head">
        <h2 title={block.xmlTag}>
          {title} {rows.length > 0 && <span className="muted">{t('children.count', { count: rows.length })}</span>}
        </h2>
        <button type="button" id={`${childSectionId(block.key)}-add`} className="small-button" onClick={() => add()} disabled={readOnly}>
          {t('children.add')} <kbd>Ctrl+N</kbd>
        </button>
        {rows.length === 0 && <span className="muted">{t('children.none')}</span>}
      </div>
      {rows.length > 0 && (
        <table className="data-table child-table">
          <colgroup>
            <col className="child-no" />
            {columns.map((c) => (
              <col key={c.field} style={{ width: `${(c.width / totalWidth) * 86}%` }} />
            ))}
            <col className="child-actions" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" className="num">
                #
              </th>
              {columns.map((c) => (
                <th key={c.field} scope="col" title={c.xmlTag}>
                  {label(c.field)}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('children.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <td className="num muted">{index + 1}</td>
                {columns.map((c) => cell(row, index, c))}
                <td data-row={index}>
                  <button
                    type="button"
                    className="small-button"
                    disabled={readOnly}
                    title="Ctrl+Delete"
                    aria-label={t('children.removeRow', { n: index + 1, block: title })}
                    onClick={() => remove(index)}
                  >
                    {t('children.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
});

/** The blocks every broker meets; the rarer ones, while empty, share one line of add buttons. */
const alwaysOpen = new Set<string>(['containers', 'licences', 'attachedDocuments']);

/** Every block after the items, in the official order. */
export function ChildSections(props: Omit<Props, 'block' | 'rows'> & { blocks: readonly ChildBlock[]; draft: DeclarationDraft }) {
  const { blocks, draft, ...rest } = props;
  const isOpen = (b: ChildBlock) => alwaysOpen.has(b.key) || (draft[b.key]?.length ?? 0) > 0;
  const open = blocks.filter(isOpen);
  const folded = blocks.filter((b) => !isOpen(b));
  return (
    <div className="child-sections">
      {open.map((b) => (
        <ChildSection key={b.key} block={b} rows={draft[b.key]} {...rest} />
      ))}
      {folded.length > 0 && (
        <div className="child-folded">
          {folded.map((b) => (
            <ChildSection key={b.key} block={b} rows={draft[b.key]} {...rest} />
          ))}
        </div>
      )}
    </div>
  );
}
