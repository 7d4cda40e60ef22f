import { memo, useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclarationHead } from '../../../../shared/model/declaration';
import { normalizeDecimalInput } from '../../../../shared/model/decimal';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import { useErrorText } from '../../i18n/use-error-text';
import { CodeCombobox } from './codes/code-combobox';
import { headFieldOfError, type HeadField } from './declaration-head';
import { EditorField, fieldIds } from './editor-field';
import { fieldLabel, headXmlTag } from './field-labels';
import { FIELD_ATTRIBUTE } from './field-navigation';
import { headBlocks, type HeadFieldSpec } from './head-layout';
import { fillParty, isPartyField } from './parties/party-fill';
import { PartyNameInput } from './parties/party-name-input';
import { useDraftStore } from './draft-store';
import type { InlineMessages } from './validation/inline-messages';

interface Props {
  draftId: string;
  head: DeclarationHead;
  saveError: AppErrorValue | null;
  readOnly: boolean;
  /** Stable functions: the form and its fields are memoised on their props. */
  onEdit(field: HeadField, value: string): void;
  onLeaveField(): void;
  messageFor: InlineMessages;
}

const fieldMarker = { [FIELD_ATTRIBUTE]: '' };

/**
 * The header blocks. Each field is its own memoised component given only its own value, label
 * and message, so a keystroke repaints the field typed in rather than the sixty of the header.
 */
export const HeadForm = memo(function HeadForm({ draftId, head, saveError, readOnly, onEdit, onLeaveField, messageFor }: Props) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const errorField = headFieldOfError(saveError?.field);
  // A save failure is the more urgent message: the text is not stored until it is fixed.
  const errorFor = (field: HeadField) => (saveError && errorField === field ? errorText(saveError) : messageFor(`head.${field}`, head[field]));

  // Opening a draft puts the cursor in its first field: the broker starts typing at once.
  const firstField = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (!readOnly) firstField.current?.focus();
  }, [draftId, readOnly]);

  return (
    <div className="head-form">
      {headBlocks.map((block) => (
        <fieldset key={block.id} className="form-section">
          <legend>{t(`editor.blocks.${block.id}`)}</legend>
          <div className="field-grid">
            {block.fields.map((spec) => (
              <HeadFieldView
                key={spec.field}
                spec={spec}
                value={spec.input.kind === 'direction' ? (head.ieFlag ?? 'I') : head[spec.field]}
                label={fieldLabel(spec.field, head, i18n.language)}
                xmlTag={headXmlTag(spec.field, head)}
                error={spec.input.kind === 'readonly' ? null : errorFor(spec.field)}
                readOnly={readOnly}
                firstField={firstField}
                onEdit={onEdit}
                onLeaveField={onLeaveField}
              />
            ))}
          </div>
        </fieldset>
      ))}
    </div>
  );
});

interface FieldProps {
  spec: HeadFieldSpec;
  value: string | undefined;
  label: string;
  xmlTag: string;
  error: string | null;
  readOnly: boolean;
  firstField: RefObject<HTMLSelectElement | null>;
  onEdit(field: HeadField, value: string): void;
  onLeaveField(): void;
}

const HeadFieldView = memo(function HeadFieldView({ spec, value, label, xmlTag, error, readOnly, firstField, onEdit, onLeaveField }: FieldProps) {
  const id = `field-${spec.field}`;
  return (
    <EditorField id={id} label={label} xmlTag={xmlTag} error={error} className={`span-${spec.span}`}>
      <HeadControl spec={spec} id={id} value={value} error={error} readOnly={readOnly} firstField={firstField} onEdit={onEdit} onLeaveField={onLeaveField} />
    </EditorField>
  );
});

function HeadControl({ spec, id, value, error, readOnly, firstField, onEdit, onLeaveField }: Omit<FieldProps, 'label' | 'xmlTag'> & { id: string }) {
  const { t } = useTranslation();
  const { field, input } = spec;
  const text = value ?? '';
  switch (input.kind) {
    case 'direction':
      return (
        <select
          ref={firstField}
          {...fieldIds(id, error)}
          {...fieldMarker}
          value={text}
          disabled={readOnly}
          onChange={(event) => onEdit('ieFlag', event.target.value)}
          onBlur={onLeaveField}
        >
          <option value="I">{t('editor.ieOptions.I')}</option>
          <option value="E">{t('editor.ieOptions.E')}</option>
        </select>
      );
    case 'code':
      return (
        <CodeCombobox
          id={id}
          table={input.table}
          value={value}
          readOnly={readOnly}
          invalid={Boolean(error)}
          describedBy={error ? `${id}-error` : undefined}
          onChange={(code) => onEdit(field, code)}
          onLeave={onLeaveField}
        />
      );
    case 'readonly':
      return <input id={id} type="text" className="mono" value={text} readOnly tabIndex={-1} placeholder={t('editor.assignedByCustoms')} />;
    case 'multiline':
      return (
        <textarea
          {...fieldIds(id, error)}
          {...fieldMarker}
          rows={2}
          value={text}
          readOnly={readOnly}
          onChange={(event) => onEdit(field, event.target.value)}
          onBlur={onLeaveField}
        />
      );
    case 'text':
      if (isPartyField(field)) {
        return (
          <PartyNameInput
            id={id}
            value={text}
            error={error}
            readOnly={readOnly}
            onType={(typed) => onEdit(field, typed)}
            onPick={(party) => useDraftStore.getState().update((d) => fillParty(d, field, party))}
            onLeave={onLeaveField}
          />
        );
      }
      break;
    case 'date':
    case 'decimal':
      break;
  }
  return (
    <input
      {...fieldIds(id, error)}
      {...fieldMarker}
      type="text"
      autoComplete="off"
      spellCheck={false}
      className={input.kind === 'text' && !input.mono ? undefined : 'mono'}
      inputMode={input.kind === 'decimal' || input.kind === 'date' ? 'decimal' : undefined}
      placeholder={input.kind === 'date' ? t('editor.datePlaceholder') : undefined}
      value={text}
      readOnly={readOnly}
      onChange={(event) => onEdit(field, event.target.value)}
      onBlur={() => {
        // 1,234.50 or full-width digits become the plain decimal the message needs.
        const normal = input.kind === 'decimal' ? normalizeDecimalInput(text) : null;
        if (normal !== null && normal !== text) onEdit(field, normal);
        onLeaveField();
      }}
    />
  );
}
