import { useTranslation } from 'react-i18next';
import { inspectionOutcomeNames, trackingEventNames, type TrackingEvent } from '../../../../shared/model/tracking';
import { formatLocalTime } from '../declarations/format-time';
import '../../styles/fees.css';

interface Props {
  event: TrackingEvent;
  /** Shown for events outside the standard steps (rejected, returned ...), where the step name is missing. */
  showKind?: boolean;
  onDelete(event: TrackingEvent): void;
}

/** One recorded event: when, its container, where it came from, its note; manual and imported ones can be deleted. */
export function TimelineEventLine({ event, showKind = false, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  const kind = i18n.language === 'en' ? trackingEventNames[event.kind].en : trackingEventNames[event.kind].zh;
  const time = formatLocalTime(event.at);
  const outcome = event.outcome ? inspectionOutcomeNames[event.outcome][i18n.language === 'en' ? 'en' : 'zh'] : null;
  return (
    <li className="timeline-event" data-source={event.source}>
      <span className={`source-tag source-${event.source}`}>{t(`timeline.sources.${event.source}`)}</span>
      {showKind && <strong>{kind}</strong>}
      <time dateTime={event.at} className="muted">
        {time}
      </time>
      {event.containerNo && <span className="mono">{t('timeline.container', { no: event.containerNo })}</span>}
      {outcome && <span className={`outcome-tag outcome-${event.outcome ?? ''}`}>{outcome}</span>}
      {event.deletable && (
        <button type="button" className="link-button timeline-delete" aria-label={t('timeline.deleteLabel', { kind, time })} onClick={() => onDelete(event)}>
          {t('timeline.delete')}
        </button>
      )}
      {event.note && <span className="timeline-note">{t('timeline.note', { note: event.note })}</span>}
    </li>
  );
}
