import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeclarationDraft } from '../../../../../shared/model/declaration';
import { useDraftStore } from '../draft-store';
import { EditorField, fieldIds } from '../editor-field';
import { FIELD_ATTRIBUTE } from '../field-navigation';
import type { InlineMessages } from '../validation/inline-messages';
import { MarkImageField } from './mark-image-field';
import { withRecordField, type RecordKey } from './record-edits';

const marker = { [FIELD_ATTRIBUTE]: '' };

interface TextField {
  field: string;
  xmlTag: string;
  maxLength: number;
  span: number;
}
/** DecFreeTxt (spec §DecHead free text), in the message's order; lengths are the spec's. */
const freeTextFields: TextField[] = [
  { field: 'relId', xmlTag: 'RelId', maxLength: 18, span: 3 },
  { field: 'relManNo', xmlTag: 'RelManNo', maxLength: 12, span: 3 },
  { field: 'bonNo', xmlTag: 'BonNo', maxLength: 32, span: 3 },
  { field: 'voyNo', xmlTag: 'VoyNo', maxLength: 32, span: 3 },
  { field: 'decBpNo', xmlTag: 'DecBpNo', maxLength: 32, span: 3 },
  { field: 'cusFie', xmlTag: 'CusFie', maxLength: 8, span: 3 },
  { field: 'decNo', xmlTag: 'DecNo', maxLength: 13, span: 3 },
];
/** DecTpAccess: three 0/1 applications and the transit site. */
const tpFlags = [
  { field: 'transitionApply', xmlTag: 'TransitionApply' },
  { field: 'conditionalLiftoffApply', xmlTag: 'ConditionalLiftoffApply' },
  { field: 'portDestMergeCheckApply', xmlTag: 'PortDestMergeCheckApply' },
] as const;

interface Props {
  draft: DeclarationDraft;
  readOnly: boolean;
  onLeaveField(): void;
  messageFor: InlineMessages;
}

/**
 * The single-record blocks after the repeating ones: 其他说明 (DecFreeTxt), 特殊业务申请 (DecTpAccess)
 * and 唛头图片 (DecMarkLob). Folded in a details element while empty, because few declarations use
 * them; a broker who needs one opens it with Enter on its summary.
 */
export const RecordSections = memo(function RecordSections({ draft, readOnly, onLeaveField, messageFor }: Props) {
  const { t } = useTranslation();
  const update = useDraftStore.getState().update;
  const used = Boolean(draft.freeText || draft.tpAccess || draft.markImage);
  const text = (key: RecordKey, spec: TextField, record: Record<string, string | undefined> | undefined) => {
    const id = `record-${key}-${spec.field}`;
    const value = record?.[spec.field];
    const error = messageFor(`${key}.${spec.field}`, value);
    return (
      <EditorField key={spec.field} id={id} label={t(`records.${key}.${spec.field}` as 'records.freeText.relId')} xmlTag={spec.xmlTag} error={error} className={`span-${spec.span}`}>
        <input
          {...fieldIds(id, error)}
          {...marker}
          type="text"
          className="mono"
          autoComplete="off"
          spellCheck={false}
          maxLength={spec.maxLength}
          value={value ?? ''}
          readOnly={readOnly}
          onChange={(event) => update((d) => withRecordField(d, key, spec.field, event.target.value.trim() === '' ? '' : event.target.value))}
          onBlur={onLeaveField}
        />
      </EditorField>
    );
  };
  const tp = draft.tpAccess as Record<string, string | undefined> | undefined;
  return (
    <details className="form-section record-sections" open={used} data-testid="record-sections">
      <summary>
        <h2>{t('records.title')}</h2>
        <span className="muted">{t('records.hint')}</span>
      </summary>
      <fieldset className="record-block">
        <legend title="DecFreeTxt">{t('records.freeText.title')}</legend>
        <div className="field-grid">{freeTextFields.map((f) => text('freeText', f, draft.freeText as Record<string, string | undefined> | undefined))}</div>
      </fieldset>
      <fieldset className="record-block">
        <legend title="DecTpAccess">{t('records.tpAccess.title')}</legend>
        <div className="field-grid">
          {tpFlags.map((flag) => (
            <label key={flag.field} className="check-field span-3" title={flag.xmlTag}>
              <input
                {...marker}
                type="checkbox"
                checked={tp?.[flag.field] === '1'}
                disabled={readOnly}
                onChange={(event) => {
                  update((d) => withRecordField(d, 'tpAccess', flag.field, event.target.checked ? '1' : ''));
                  onLeaveField();
                }}
              />{' '}
              {t(`records.tpAccess.${flag.field}`)}
            </label>
          ))}
          {text('tpAccess', { field: 'transitionSite', xmlTag: 'TransitionSite', maxLength: 11, span: 3 }, tp)}
        </div>
      </fieldset>
      <fieldset className="record-block">
        <legend title="DecMarkLob">{t('records.markImage.title')}</legend>
        <MarkImageField image={draft.markImage} readOnly={readOnly} onLeaveField={onLeaveField} />
      </fieldset>
    </details>
  );
});
