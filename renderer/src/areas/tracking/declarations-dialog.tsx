import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { trackingEventNames, type TrackingEventKind } from '../../../../shared/model/tracking';
import type { TrackingDeclarationRow } from '../../../../shared/metrics/schema';
import { navigate } from '../../app/route';
import { DialogFrame } from '../../components/dialog-frame';
import { useErrorText } from '../../i18n/use-error-text';
import { formatLocalTime } from '../declarations/format-time';
import { moveRowFocus } from '../declarations/row-keys';
import { formatHours } from './format-figures';
import { LIST_LIMIT, useTrackingDeclarations, type DeclarationsRequest } from './use-tracking-declarations';

interface Props {
  request: DeclarationsRequest;
  onClose(): void;
}

const openDeclaration = (row: TrackingDeclarationRow) => navigate({ area: 'declarations', draftId: row.documentId });

/** The declarations behind a figure; Enter or a click opens one, as in the declarations list. */
export function DeclarationsDialog({ request, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const errorText = useErrorText();
  const { rows, error } = useTrackingDeclarations(request);
  const body = useRef<HTMLTableSectionElement>(null);
  const eventName = (kind: TrackingEventKind) => (english ? trackingEventNames[kind].en : trackingEventNames[kind].zh);

  useEffect(() => {
    if (rows?.length) body.current?.rows[0]?.focus();
  }, [rows]);

  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, row: TrackingDeclarationRow) => {
    if (moveRowFocus(event)) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      openDeclaration(row);
    }
  };

  return (
    <DialogFrame
      titleId="tracking-list-title"
      title={t('tracking.list.title', { what: request.label })}
      hint={t('tracking.list.hint')}
      closeLabel={t('tracking.list.close')}
      onClose={onClose}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
      className="tracking-list"
    >
      {error && (
        <p className="notice notice-error" role="alert">
          {errorText(error)}
        </p>
      )}
      {rows === null && !error && <p className="muted">{t('tracking.list.loading')}</p>}
      {rows?.length === 0 && <p className="muted">{t('tracking.list.empty')}</p>}
      {rows && rows.length > 0 && (
        <div className="tracking-list-scroll">
          <table className="data-table tracking-list-table" aria-label={t('tracking.list.label')} data-testid="tracking-declarations">
            <colgroup>
              <col />
              <col className="col-tl-numbers" />
              <col className="col-tl-time" />
              <col className="col-tl-time" />
              <col className="col-tl-hours" />
              <col className="col-tl-state" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">{t('tracking.list.columns.title')}</th>
                <th scope="col">{t('tracking.list.columns.numbers')}</th>
                <th scope="col">{t('tracking.list.columns.declaredAt')}</th>
                <th scope="col">{t('tracking.list.columns.releasedAt')}</th>
                <th scope="col" className="cell-number">
                  {t('tracking.list.columns.overall')}
                </th>
                <th scope="col">{t('tracking.list.columns.state')}</th>
              </tr>
            </thead>
            <tbody ref={body}>
              {rows.map((row) => (
                <tr key={row.documentId} tabIndex={0} className="clickable-row" onClick={() => openDeclaration(row)} onKeyDown={(e) => onRowKey(e, row)}>
                  <td className="cell-title">{row.title || t('declarations.untitled')}</td>
                  <td className="mono">
                    <span className="tl-number">{row.clientSeqNo ?? ''}</span>
                    {row.entryId && <span className="tl-number">{row.entryId}</span>}
                  </td>
                  <td className="cell-time">{row.declaredAt ? formatLocalTime(row.declaredAt) : '—'}</td>
                  <td className="cell-time">{row.releasedAt ? formatLocalTime(row.releasedAt) : '—'}</td>
                  <td className="cell-number">{formatHours(row.overallHours)}</td>
                  <td>{row.awaiting ? t('tracking.list.awaiting', { step: eventName(row.awaiting) }) : row.lastEvent ? eventName(row.lastEvent) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows && rows.length >= LIST_LIMIT && <p className="muted">{t('tracking.list.limited', { count: LIST_LIMIT })}</p>}
    </DialogFrame>
  );
}
