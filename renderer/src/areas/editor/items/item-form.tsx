import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CodeTableId } from '../../../../../shared/codes/schema';
import type { DeclarationItem } from '../../../../../shared/model/declaration';
import { normalizeDecimalInput } from '../../../../../shared/model/decimal';
import { CodeCombobox } from '../codes/code-combobox';
import { useReferenceStore } from '../codes/reference-store';
import { itemFieldId } from '../editor-ui-store';
import { EditorField, fieldIds } from '../editor-field';
import { itemFieldLabel, itemXmlTag } from '../field-labels';
import { FIELD_ATTRIBUTE } from '../field-navigation';
import { ElementsEditor } from './elements-editor';
import type { ItemField } from './item-edits';
import type { InlineMessages } from '../validation/inline-messages';

interface Props {
  item: DeclarationItem;
  index: number;
  readOnly: boolean;
  onEdit(field: ItemField, value: string): void;
  onLeave(): void;
  onLookup(): void;
  messageFor: InlineMessages;
}

type Spec = { field: ItemField; span: number } & ({ kind: 'text' | 'decimal' } | { kind: 'code'; table: CodeTableId });

/** Entry order after the commodity code, name and elements: quantities and units, value, origin. */
const specs: Spec[] = [
  { field: 'gQty', span: 2, kind: 'decimal' },
  { field: 'gUnit', span: 3, kind: 'code', table: 'unit' },
  { field: 'firstQty', span: 2, kind: 'decimal' },
  { field: 'firstUnit', span: 2, kind: 'code', table: 'unit' },
  { field: 'secondQty', span: 2, kind: 'decimal' },
  { field: 'secondUnit', span: 2, kind: 'code', table: 'unit' },
  { field: 'declPrice', span: 2, kind: 'decimal' },
  { field: 'declTotal', span: 2, kind: 'decimal' },
  { field: 'tradeCurr', span: 3, kind: 'code', table: 'currency' },
  { field: 'originCountry', span: 3, kind: 'code', table: 'country' },
  { field: 'destinationCountry', span: 3, kind: 'code', table: 'country' },
  { field: 'districtCode', span: 3, kind: 'code', table: 'domestic-district' },
  { field: 'dutyMode', span: 3, kind: 'code', table: 'duty-mode' },
];

const marker = { [FIELD_ATTRIBUTE]: '' };

/** The selected item's fields; the grid above shows all items, this form edits one. */
export function ItemForm({ item, index, readOnly, onEdit, onLeave, onLookup, messageFor }: Props) {
  const { t, i18n } = useTranslation();
  const code = item.codeTs?.replace(/[.\s]/g, '') ?? '';
  const line = useReferenceStore((s) => s.tariff[code]);
  const field = (f: ItemField, span: number, control: (id: string, error: string | null) => ReactNode) => {
    const id = itemFieldId(f);
    const error = messageFor(`items.${index}.${f}`, item[f]);
    return (
      <EditorField key={f} id={id} label={itemFieldLabel(f, i18n.language)} xmlTag={itemXmlTag(f)} error={error} className={`span-${span}`}>
        {control(id, error)}
      </EditorField>
    );
  };
  const text = (f: ItemField, decimal: boolean) => (id: string, error: string | null) => (
    <input
      {...fieldIds(id, error)}
      {...marker}
      type="text"
      autoComplete="off"
      spellCheck={false}
      className={decimal ? 'mono num' : undefined}
      inputMode={decimal ? 'decimal' : undefined}
      value={item[f] ?? ''}
      readOnly={readOnly}
      onChange={(event) => onEdit(f, event.target.value)}
      onBlur={() => {
        const value = item[f] ?? '';
        const normal = decimal ? normalizeDecimalInput(value) : null;
        if (normal !== null && normal !== value) onEdit(f, normal);
        onLeave();
      }}
    />
  );

  return (
    <fieldset className="form-section item-form" aria-label={t('items.detail', { n: index + 1 })}>
      <legend>{t('items.detail', { n: index + 1 })}</legend>
      <div className="field-grid">
        {field('codeTs', 3, (id, error) => (
          <div className="code-input-row">
            <input
              {...fieldIds(id, error)}
              {...marker}
              type="text"
              className="mono"
              autoComplete="off"
              value={item.codeTs ?? ''}
              readOnly={readOnly}
              onChange={(event) => onEdit('codeTs', event.target.value)}
              onBlur={onLeave}
            />
            <button type="button" className="small-button" onClick={onLookup} disabled={readOnly} title="F2">
              {t('items.lookup')}
            </button>
          </div>
        ))}
        {field('gName', 9, text('gName', false))}
      </div>
      {line && line.elements.length > 0 && (
        <ElementsEditor elements={line.elements} gModel={item.gModel} readOnly={readOnly} onChange={(v) => onEdit('gModel', v)} onLeave={onLeave} />
      )}
      <div className="field-grid">
        {field('gModel', 12, text('gModel', false))}
        {specs.map((spec) =>
          spec.kind === 'code'
            ? field(spec.field, spec.span, (id, error) => (
                <CodeCombobox
                  id={id}
                  table={spec.table}
                  value={item[spec.field]}
                  readOnly={readOnly}
                  invalid={Boolean(error)}
                  describedBy={error ? `${id}-error` : undefined}
                  onChange={(v) => onEdit(spec.field, v)}
                  onLeave={onLeave}
                />
              ))
            : field(spec.field, spec.span, text(spec.field, spec.kind === 'decimal')),
        )}
      </div>
    </fieldset>
  );
}
