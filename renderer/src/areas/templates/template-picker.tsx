import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSummary } from '../../../../shared/model/templates';
import { navigate } from '../../app/route';
import { showErrorToast } from '../../components/show-error-toast';
import { api } from '../../transport/current-transport';

/** 从模板新建: the templates, newest name order; Enter creates a draft from the highlighted one. */
export function TemplatePicker({ onClose }: { onClose(): void }) {
  const { t } = useTranslation();
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [active, setActive] = useState(0);
  const panel = useRef<HTMLDivElement>(null);

  const load = useCallback(() => {
    api().templates.list({}).then(setTemplates).catch(showErrorToast);
  }, []);
  useEffect(() => {
    load();
    panel.current?.focus();
  }, [load]);

  const list = templates ?? [];
  const create = (template: TemplateSummary | undefined) => {
    if (!template) return;
    api()
      .documents.createFromTemplate({ templateId: template.id })
      .then((doc) => {
        onClose();
        navigate({ area: 'declarations', draftId: doc.id });
      })
      .catch(showErrorToast);
  };
  const remove = (template: TemplateSummary | undefined) => {
    if (!template) return;
    api().templates.delete({ id: template.id }).then(load).catch(showErrorToast);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const current = list[Math.min(active, list.length - 1)];
    if (event.key === 'Escape') onClose();
    else if (event.key === 'ArrowDown') setActive((a) => Math.min(list.length - 1, a + 1));
    else if (event.key === 'ArrowUp') setActive((a) => Math.max(0, a - 1));
    else if (event.key === 'Enter' && event.target === event.currentTarget) create(current);
    else if (event.key === 'Delete') remove(current);
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div className="hs-backdrop">
      <div ref={panel} tabIndex={-1} className="hs-panel template-picker" role="dialog" aria-modal="true" aria-labelledby="template-picker-title" onKeyDown={onKeyDown}>
        <div className="hs-head">
          <h2 id="template-picker-title">{t('templates.pickTitle')}</h2>
          <span className="muted">{t('templates.hint')}</span>
          <button type="button" className="small-button" onClick={onClose}>
            {t('templates.close')}
          </button>
        </div>
        {templates?.length === 0 && <p className="table-note">{t('templates.empty')}</p>}
        <ul className="hs-lines" role="listbox" aria-label={t('templates.listLabel')}>
          {list.map((template, index) => (
            <li key={template.id} role="option" aria-selected={index === active} className={index === active ? 'active template-row' : 'template-row'}>
              <span className="template-name">{template.name}</span>
              <span className="muted">
                {template.direction ? t(`direction.${template.direction}`) : t('direction.none')} · {t('templates.items', { count: template.itemCount })}
              </span>
              <button type="button" className="small-button" aria-label={t('templates.useLabel', { name: template.name })} onClick={() => create(template)}>
                {t('templates.use')}
              </button>
              <button type="button" className="small-button" aria-label={t('templates.deleteLabel', { name: template.name })} onClick={() => remove(template)}>
                {t('templates.delete')}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
