import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import { asErrorValue } from '../../app/as-error-value';
import { useToastStore } from '../../components/toast-store';
import { useErrorText } from '../../i18n/use-error-text';
import { api } from '../../transport/current-transport';

interface Props {
  documentId: string;
  suggestedName: string;
  onClose(): void;
}

/** 存为模板: asks for the name; the backend refuses an empty one with a message naming the field. */
export function TemplateNameDialog({ documentId, suggestedName, onClose }: Props) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [name, setName] = useState(suggestedName);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.select(), []);

  const save = () => {
    api()
      .documents.saveAsTemplate({ id: documentId, name })
      .then((template) => {
        useToastStore.getState().show({ message: t('templates.saved', { name: template.name }) });
        onClose();
      })
      .catch((failure: unknown) => {
        setError(asErrorValue(failure));
        input.current?.focus();
      });
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
      save();
    }
  };
  return (
    <div className="hs-backdrop">
      <div className="hs-panel small-dialog" role="dialog" aria-modal="true" aria-labelledby="template-name-title" onKeyDown={onKeyDown}>
        <div className="hs-head">
          <h2 id="template-name-title">{t('templates.saveTitle')}</h2>
          <span className="muted">{t('templates.saveHint')}</span>
        </div>
        <div className={`editor-field${error ? ' has-error' : ''}`}>
          <label htmlFor="template-name">{t('templates.nameLabel')}</label>
          <input
            ref={input}
            id="template-name"
            type="text"
            autoComplete="off"
            maxLength={100}
            value={name}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'template-name-error' : undefined}
            onChange={(event) => setName(event.target.value)}
          />
          {error && (
            <p className="field-error" id="template-name-error" role="alert">
              {errorText(error)}
            </p>
          )}
        </div>
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('templates.cancel')}
          </button>
          <button type="button" className="primary-button" onClick={save}>
            {t('templates.save')}
          </button>
        </div>
      </div>
    </div>
  );
}
