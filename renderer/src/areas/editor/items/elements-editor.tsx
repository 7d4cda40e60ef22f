import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclarationElement } from '../../../../../shared/codes/schema';
import { composeGModel, splitGModel } from '../../../../../shared/model/declaration-elements';
import { gbkLength } from '../../../../../shared/rules/identifiers';
import { hitName } from '../codes/code-matches';
import { useReferenceStore } from '../codes/reference-store';
import { FIELD_ATTRIBUTE } from '../field-navigation';

const GMODEL_LIMIT = 255;

interface Props {
  elements: readonly DeclarationElement[];
  gModel: string | undefined;
  readOnly: boolean;
  onChange(gModel: string): void;
  onLeave(): void;
}

/**
 * The declaration elements of the item's commodity code as a small form. Each edit recomposes
 * the |-joined GModel; an existing GModel is split back into the inputs, so both stay one value.
 */
export function ElementsEditor({ elements, gModel, readOnly, onChange, onLeave }: Props) {
  const { t, i18n } = useTranslation();
  const zh = i18n.language.startsWith('zh');
  const brandTypes = useReferenceStore((s) => s.tables['brand-type']);
  const preferences = useReferenceStore((s) => s.tables['export-preference']);
  const values = splitGModel(gModel);
  const width = Math.max(values.length, ...elements.map((e) => e.seq));
  const bytes = gbkLength(gModel ?? '');
  // GModel holds trimmed values; the input being typed in keeps its raw text, or "ThinkPad X1"
  // would lose its space the moment it is typed.
  const [editing, setEditing] = useState<{ seq: number; text: string } | null>(null);

  const set = (seq: number, value: string) => {
    setEditing({ seq, text: value });
    const next = Array.from({ length: width }, (_v, i) => values[i] ?? '');
    next[seq - 1] = value;
    onChange(composeGModel(next));
  };

  return (
    <fieldset className="elements-editor">
      <legend>
        {t('elements.title')}
        <span className={`byte-counter${bytes > GMODEL_LIMIT ? ' over' : ''}`} data-testid="gmodel-bytes">
          {t('elements.bytes', { count: bytes, limit: GMODEL_LIMIT })}
        </span>
      </legend>
      <div className="elements-grid">
        {elements.map((element) => {
          const id = `item-element-${element.seq}`;
          const stored = values[element.seq - 1] ?? '';
          const value = editing?.seq === element.seq && editing.text.trim() === stored ? editing.text : stored;
          const label = `${element.seq}. ${zh ? element.nameZh : (element.nameEn ?? element.nameZh)}${element.required ? ' *' : ''}`;
          const table = element.kind === 'brand-type' ? brandTypes : element.kind === 'export-preference' ? preferences : undefined;
          return (
            <div key={element.seq} className="editor-field">
              <label htmlFor={id}>{label}</label>
              {table ? (
                <select
                  id={id}
                  {...{ [FIELD_ATTRIBUTE]: '' }}
                  value={value}
                  disabled={readOnly}
                  onChange={(event) => set(element.seq, event.target.value)}
                  onBlur={onLeave}
                >
                  <option value="">{t('elements.choose')}</option>
                  {[...table.byCode.values()].map((entry) => (
                    <option key={entry.code} value={entry.code}>
                      {entry.code} {hitName(entry, i18n.language)}
                    </option>
                  ))}
                </select>
              ) : (
                <input
                  id={id}
                  {...{ [FIELD_ATTRIBUTE]: '' }}
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  value={value}
                  readOnly={readOnly}
                  onChange={(event) => set(element.seq, event.target.value)}
                  onBlur={() => {
                    setEditing(null);
                    onLeave();
                  }}
                />
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
