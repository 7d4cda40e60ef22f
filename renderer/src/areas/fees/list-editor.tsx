import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredFeeList } from '../../../../shared/fees/schema';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import type { FeeList } from '../../../../shared/model/fees';
import { asErrorValue } from '../../app/as-error-value';
import { DialogFrame } from '../../components/dialog-frame';
import { useToastStore } from '../../components/toast-store';
import { useErrorText } from '../../i18n/use-error-text';
import { api } from '../../transport/current-transport';
import { includesFrom, includesText, newItem, withDate } from './list-draft';
import { ListItemRow } from './list-item-row';
import { useDialogKeys } from './use-dialog-keys';

const itemHeaders = ['code', 'nameZh', 'nameEn', 'regime', 'unit', 'rate', 'currency', 'direction', 'load', 'trade', 'size', 'type', 'includes', 'validFrom', 'validTo'] as const;

/**
 * A fee list opened to edit: its title and dates, and each item. Saved with the time it was read,
 * so a change made meanwhile elsewhere (an import, another window) is refused, not overwritten.
 */
export function ListEditor({ id, onClose }: { id: string; onClose(): void }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const [stored, setStored] = useState<StoredFeeList | null>(null);
  const [list, setList] = useState<FeeList | null>(null);
  const [includes, setIncludes] = useState<string[]>([]);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [busy, setBusy] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  useDialogKeys(panel, onClose, list !== null);

  useEffect(() => {
    api()
      .fees.list({ id })
      .then((s) => {
        setStored(s);
        setList(s.list);
        setIncludes(s.list.items.map(includesText));
      })
      .catch((e: unknown) => setError(asErrorValue(e)));
  }, [id]);

  const change = (next: Partial<FeeList>) => setList((l) => (l ? { ...l, ...next } : l));
  // The backend names fields by their path in the call's input (list.items.2.rate).
  const field = error?.field?.replace(/^list\./, '') ?? null;
  const conflict = error?.code === 'CONFLICT';

  const save = () => {
    if (!list || !stored) return;
    const items = list.items.map((item, i) => ({ ...item, includes: includesFrom(includes[i] ?? '', item.includes) }));
    setBusy(true);
    api()
      .fees.saveList({ list: { ...list, items }, baseUpdatedAt: stored.updatedAt })
      .then((saved) => {
        useToastStore.getState().show({ message: t('fees.editor.saved', { title: i18n.language === 'en' ? saved.titleEn : saved.titleZh }) });
        onClose();
      })
      .catch((e: unknown) => setError(asErrorValue(e)))
      .finally(() => setBusy(false));
  };

  const headField = (name: 'titleZh' | 'titleEn' | 'validFrom' | 'validTo') =>
    field === name && error ? (
      <span className="field-error" role="alert">
        {errorText(error)}
      </span>
    ) : null;

  return (
    <DialogFrame titleId="fee-list-editor-heading" title={t('fees.editor.title')} closeLabel={t('fees.editor.cancel')} onClose={onClose} className="fee-dialog-wide">
      {list && (
        <div ref={panel} className="fee-form" data-testid="fee-list-editor">
          {list.example && <p className="notice notice-warning">{t('fees.editor.exampleNote')}</p>}
          <p className="muted">
            {t(`fees.partyKinds.${list.party.kind}`)} · {list.party.name}
            {list.party.uscc ? ` · ${list.party.uscc}` : ''}
          </p>
          <div className="fee-form-head">
            <label>
              <span>{t('fees.editor.titleZh')}</span>
              <input value={list.titleZh} aria-invalid={field === 'titleZh'} onChange={(e) => change({ titleZh: e.target.value })} />
              {headField('titleZh')}
            </label>
            <label>
              <span>{t('fees.editor.titleEn')}</span>
              <input value={list.titleEn} aria-invalid={field === 'titleEn'} onChange={(e) => change({ titleEn: e.target.value })} />
              {headField('titleEn')}
            </label>
            <label>
              <span>{t('fees.editor.validFrom')}</span>
              <input type="date" value={list.validFrom} aria-invalid={field === 'validFrom'} onChange={(e) => change({ validFrom: e.target.value })} />
              {headField('validFrom')}
            </label>
            <label>
              <span>{t('fees.editor.validTo')}</span>
              <input type="date" value={list.validTo ?? ''} aria-invalid={field === 'validTo'} onChange={(e) => setList(withDate(list, 'validTo', e.target.value))} />
              {headField('validTo')}
            </label>
          </div>
          <div className="fee-items-scroll">
            <table className="data-table fee-table fee-item-table" aria-label={t('fees.editor.items')}>
              <thead>
                <tr>
                  {itemHeaders.map((h) => (
                    <th key={h} scope="col">
                      {t(`fees.editor.${h}`)}
                    </th>
                  ))}
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {list.items.map((item, i) => (
                  <ListItemRow
                    key={i}
                    index={i}
                    item={item}
                    includes={includes[i] ?? ''}
                    errorField={field}
                    error={error}
                    onChange={(next) => change({ items: list.items.map((it, j) => (j === i ? next : it)) })}
                    onIncludes={(text) => setIncludes((all) => all.map((v, j) => (j === i ? text : v)))}
                    onRemove={() => {
                      change({ items: list.items.filter((_, j) => j !== i) });
                      setIncludes((all) => all.filter((_, j) => j !== i));
                    }}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
      {conflict && (
        <p className="notice notice-error" role="alert" data-testid="fee-list-conflict">
          {t('fees.editor.conflict')}
        </p>
      )}
      {error && !conflict && (!field || !/^(titleZh|titleEn|validFrom|validTo|items\.\d+\.(code|nameZh|nameEn|rate|currency|includes|validTo)(\..*)?)$/.test(field)) && (
        <p className="notice notice-error" role="alert">
          {errorText(error)}
        </p>
      )}
      <div className="dialog-actions">
        <button
          type="button"
          disabled={!list}
          onClick={() => {
            if (!list) return;
            change({ items: [...list.items, newItem(list)] });
            setIncludes((all) => [...all, '']);
          }}
        >
          {t('fees.editor.addItem')}
        </button>
        <span className="toolbar-spacer" />
        <button type="button" onClick={onClose}>
          {t('fees.editor.cancel')}
        </button>
        <button type="button" className="primary-button" disabled={!list || busy || conflict} onClick={save}>
          {busy ? t('fees.editor.saving') : t('fees.editor.save')}
        </button>
      </div>
    </DialogFrame>
  );
}
