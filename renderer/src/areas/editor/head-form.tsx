import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclarationHead } from '../../../../shared/model/declaration';
import { normalizeDecimalInput } from '../../../../shared/model/decimal';
import { useErrorText } from '../../i18n/use-error-text';
import { CodeCombobox } from './codes/code-combobox';
import { headFieldOfError, type HeadField } from './declaration-head';
import type { SessionSnapshot } from './draft-session';
import { EditorField, fieldIds } from './editor-field';
import { fieldLabel, headXmlTag } from './field-labels';
import { FIELD_ATTRIBUTE } from './field-navigation';
import { headBlocks, type HeadFieldSpec } from './head-layout';
import { fillParty, isPartyField } from './parties/party-fill';
import { PartyNameInput } from './parties/party-name-input';
import { useDraftStore } from './draft-store';

interface Props {
  draft: SessionSnapshot;
  readOnly: boolean;
  onEdit(field: HeadField, value: string): void;
  onLeaveField(): void;
  /** The live check's message for a path such as "head.tradeMode", or null. */
  messageFor(path: string): string | null;
}

const fieldMarker = { [FIELD_ATTRIBUTE]: '' };

export function HeadForm({ draft, readOnly, onEdit, onLeaveField, messageFor }: Props) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const head: DeclarationHead = draft.data.head;
  const errorField = headFieldOfError(draft.saveError?.field);
  // A save failure is the more urgent message: the text is not stored until it is fixed.
  const errorFor = (field: HeadField) =>
    draft.saveError && errorField === field ? errorText(draft.saveError) : messageFor(`head.${field}`);

  // Opening a draft puts the cursor in its first field: the broker starts typing at once.
  const firstField = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    if (!readOnly) firstField.current?.focus();
  }, [draft.id, readOnly]);

  const control = (spec: HeadFieldSpec, id: string, error: string | null) => {
    const { field, input } = spec;
    const value = head[field] ?? '';
    switch (input.kind) {
      case 'direction':
        return (
          <select
            ref={firstField}
            {...fieldIds(id, error)}
            {...fieldMarker}
            value={head.ieFlag ?? 'I'}
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
            value={head[field]}
            readOnly={readOnly}
            invalid={Boolean(error)}
            describedBy={error ? `${id}-error` : undefined}
            onChange={(code) => onEdit(field, code)}
            onLeave={onLeaveField}
          />
        );
      case 'readonly':
        return <input id={id} type="text" className="mono" value={value} readOnly tabIndex={-1} placeholder={t('editor.assignedByCustoms')} />;
      case 'multiline':
        return (
          <textarea
            {...fieldIds(id, error)}
            {...fieldMarker}
            rows={2}
            value={value}
            readOnly={readOnly}
            onChange={(event) => onEdit(field, event.target.value)}
            onBlur={onLeaveField}
          />
        );
      case 'text':
        if (!isPartyField(field)) return plainInput(spec, id, error);
        return (
          <PartyNameInput
            id={id}
            value={value}
            error={error}
            readOnly={readOnly}
            onType={(text) => onEdit(field, text)}
            onPick={(party) => useDraftStore.getState().update((d) => fillParty(d, field, party))}
            onLeave={onLeaveField}
          />
        );
      case 'date':
      case 'decimal':
        return plainInput(spec, id, error);
    }
  };

  const plainInput = (spec: HeadFieldSpec, id: string, error: string | null) => {
    const { field, input } = spec;
    const value = head[field] ?? '';
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
            value={value}
            readOnly={readOnly}
            onChange={(event) => onEdit(field, event.target.value)}
            onBlur={() => {
              // 1,234.50 or full-width digits become the plain decimal the message needs.
              const normal = input.kind === 'decimal' ? normalizeDecimalInput(value) : null;
              if (normal !== null && normal !== value) onEdit(field, normal);
              onLeaveField();
            }}
          />
    );
  };

  return (
    <div className="head-form">
      {headBlocks.map((block) => (
        <fieldset key={block.id} className="form-section">
          <legend>{t(`editor.blocks.${block.id}`)}</legend>
          <div className="field-grid">
            {block.fields.map((spec) => {
              const id = `field-${spec.field}`;
              const error = spec.input.kind === 'readonly' ? null : errorFor(spec.field);
              return (
                <EditorField
                  key={spec.field}
                  id={id}
                  label={fieldLabel(spec.field, head, i18n.language)}
                  xmlTag={headXmlTag(spec.field, head)}
                  error={error}
                  className={`span-${spec.span}`}
                >
                  {control(spec, id, error)}
                </EditorField>
              );
            })}
          </div>
        </fieldset>
      ))}
    </div>
  );
}
