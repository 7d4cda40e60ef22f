import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclarationHead } from '../../../../shared/model/declaration';
import { useErrorText } from '../../i18n/use-error-text';
import { headFieldOfError, type HeadField, type TextField } from './declaration-head';
import type { SessionSnapshot } from './draft-session';
import { EditorField, fieldIds } from './editor-field';
import { fieldLabel, xmlTags } from './field-labels';
import { FIELD_ATTRIBUTE, moveOnEnter } from './field-navigation';

interface Props {
  draft: SessionSnapshot;
  readOnly: boolean;
  onEdit(field: HeadField, value: string): void;
  onLeaveField(): void;
}

interface TextSpec {
  field: TextField;
  className: string;
  /** Only the 4-character codes stop at their length: a pasted B/L number that is too long must stay visible, not be cut. */
  maxLength?: number;
  multiline?: boolean;
  mono?: boolean;
}

const textFields: readonly TextSpec[] = [
  { field: 'customMaster', className: 'span-2', maxLength: 4, mono: true },
  { field: 'tradeMode', className: 'span-2', maxLength: 4, mono: true },
  { field: 'tradeName', className: 'span-3' },
  { field: 'billNo', className: 'span-3', mono: true },
  { field: 'noteS', className: 'span-6', multiline: true },
];

const placeholderKey = {
  customMaster: 'editor.placeholders.customMaster',
  tradeMode: 'editor.placeholders.tradeMode',
  tradeName: 'editor.placeholders.tradeName',
  billNo: 'editor.placeholders.billNo',
  noteS: 'editor.placeholders.noteS',
} as const;

export function HeadForm({ draft, readOnly, onEdit, onLeaveField }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const head: DeclarationHead = draft.data.head;
  const errorField = headFieldOfError(draft.saveError?.field);
  const errorFor = (field: HeadField) => (draft.saveError && errorField === field ? errorText(draft.saveError) : null);
  const fieldMarker = { [FIELD_ATTRIBUTE]: '' };

  const ieError = errorFor('ieFlag');

  // Opening a draft puts the cursor in its first field: the broker starts typing at once.
  const firstField = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (!readOnly) firstField.current?.focus();
  }, [draft.id, readOnly]);

  return (
    <form className="head-form" onSubmit={(event) => event.preventDefault()} onKeyDown={moveOnEnter} noValidate>
      <fieldset className="form-section">
        <legend>{t('editor.headSection')}</legend>
        <div className="field-grid">
          <EditorField id="field-ieFlag" label={fieldLabel('ieFlag', head, t)} xmlTag={xmlTags.ieFlag} error={ieError} className="span-2">
            <select
              ref={firstField}
              {...fieldIds('field-ieFlag', ieError)}
              {...fieldMarker}
              value={head.ieFlag ?? 'I'}
              disabled={readOnly}
              onChange={(event) => onEdit('ieFlag', event.target.value)}
              onBlur={onLeaveField}
            >
              <option value="I">{t('editor.ieOptions.I')}</option>
              <option value="E">{t('editor.ieOptions.E')}</option>
            </select>
          </EditorField>
          {textFields.map((spec) => {
            const id = `field-${spec.field}`;
            const error = errorFor(spec.field);
            const common = {
              ...fieldIds(id, error),
              ...fieldMarker,
              value: head[spec.field] ?? '',
              readOnly,
              placeholder: t(placeholderKey[spec.field]),
              className: spec.mono ? 'mono' : undefined,
              onBlur: onLeaveField,
            };
            return (
              <EditorField
                key={spec.field}
                id={id}
                label={fieldLabel(spec.field, head, t)}
                xmlTag={xmlTags[spec.field]}
                error={error}
                className={spec.className}
              >
                {spec.multiline ? (
                  <textarea {...common} rows={3} onChange={(event) => onEdit(spec.field, event.target.value)} />
                ) : (
                  <input
                    {...common}
                    type="text"
                    autoComplete="off"
                    spellCheck={false}
                    maxLength={spec.maxLength}
                    onChange={(event) => onEdit(spec.field, event.target.value)}
                  />
                )}
              </EditorField>
            );
          })}
        </div>
      </fieldset>
    </form>
  );
}
