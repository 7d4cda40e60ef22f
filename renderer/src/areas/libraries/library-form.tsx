import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import type { LibraryKind, LibraryRecord } from '../../../../shared/model/library';
import { asErrorValue } from '../../app/as-error-value';
import { useErrorText } from '../../i18n/use-error-text';
import { api } from '../../transport/current-transport';
import { FIELD_ATTRIBUTE, moveOnEnter } from '../editor/field-navigation';
import { bodyOf, libraryFields, valuesOf, type LibraryValues } from './library-fields';

interface Props {
  kind: LibraryKind;
  /** null: a new record. */
  record: LibraryRecord | null;
  onSaved(record: LibraryRecord): void;
  onCancel(): void;
}

const FIELD_PREFIX = 'body.data.';
const marker = { [FIELD_ATTRIBUTE]: '' };

/**
 * Add or edit one party or product. The backend is the judge of formats (USCC length …): its
 * message appears under the field it names, in the UI's language; the form only insists on a name.
 */
export function LibraryForm({ kind, record, onSaved, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const english = i18n.language === 'en';
  const [values, setValues] = useState<LibraryValues>(() => (record ? valuesOf(record.body) : {}));
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const errorField = error?.field?.startsWith(FIELD_PREFIX) ? error.field.slice(FIELD_PREFIX.length) : null;
  const nameMissing = !values.nameZh?.trim() && !values.nameEn?.trim();

  const save = () => {
    if (busy) return;
    if (nameMissing) {
      setError({ code: 'INVALID_INPUT', field: `${FIELD_PREFIX}nameZh`, messageZh: t('libraries.nameRequired', { lng: 'zh-CN' }), messageEn: t('libraries.nameRequired', { lng: 'en' }) });
      first.current?.focus();
      return;
    }
    setBusy(true);
    api()
      .library.save({ ...(record ? { id: record.id } : {}), body: bodyOf(kind, values, record?.body ?? null) })
      .then(onSaved)
      .catch((failure: unknown) => {
        const value = asErrorValue(failure);
        setError(value);
        const name = value.field?.startsWith(FIELD_PREFIX) ? value.field.slice(FIELD_PREFIX.length) : null;
        if (name) document.getElementById(`library-${name}`)?.focus();
      })
      .finally(() => setBusy(false));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      save();
    } else {
      moveOnEnter(event);
    }
  };

  const title = record ? t('libraries.editTitle', { name: record.label || t('libraries.unnamed') }) : t(kind === 'party' ? 'libraries.newParty' : 'libraries.newProduct');
  return (
    <div className="hs-backdrop">
      <form className="hs-panel library-form" role="dialog" aria-modal="true" aria-labelledby="library-form-title" onKeyDown={onKeyDown} onSubmit={(event) => event.preventDefault()} noValidate>
        <div className="hs-head">
          <h2 id="library-form-title">{title}</h2>
          <span className="muted">{t('libraries.formHint')}</span>
        </div>
        {error && !errorField && (
          <p className="notice notice-error" role="alert">
            {errorText(error)}
          </p>
        )}
        <div className="field-grid">
          {libraryFields[kind].map((spec, index) => {
            const id = `library-${spec.name}`;
            const message = errorField === spec.name && error ? errorText(error) : null;
            return (
              <div key={spec.name} className={`editor-field span-${spec.span}${message ? ' has-error' : ''}`}>
                <label htmlFor={id}>{english ? spec.label.en : spec.label.zh}</label>
                <input
                  ref={index === 0 ? first : undefined}
                  id={id}
                  {...marker}
                  type="text"
                  autoComplete="off"
                  spellCheck={false}
                  className={spec.mono ? 'mono' : undefined}
                  aria-invalid={message ? true : undefined}
                  aria-describedby={message ? `${id}-error` : undefined}
                  value={values[spec.name] ?? ''}
                  onChange={(event) => {
                    const value = event.target.value;
                    setValues((v) => ({ ...v, [spec.name]: value }));
                  }}
                />
                {message && (
                  <p className="field-error" id={`${id}-error`} role="alert">
                    {message}
                  </p>
                )}
              </div>
            );
          })}
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('libraries.cancel')}
          </button>
          <button type="button" className="primary-button" onClick={save} disabled={busy}>
            {t('libraries.save')} <kbd>Ctrl+S</kbd>
          </button>
        </div>
      </form>
    </div>
  );
}
