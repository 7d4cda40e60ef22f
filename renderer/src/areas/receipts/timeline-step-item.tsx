import { useTranslation } from 'react-i18next';
import { trackingEventNames, type TimelineStep, type TrackingEvent } from '../../../../shared/model/tracking';
import { formatLocalTime } from '../declarations/format-time';
import { TimelineEventLine } from './timeline-event-line';
import { intervalText } from './timeline-hours';

interface Props {
  step: TimelineStep;
  /** On the declared step: hours it was lodged before arrival (提前申报). */
  earlyHours?: number | null;
  onDelete(event: TrackingEvent): void;
}

/** A step of the timeline: its name, its time and the hours since the previous one, or greyed while awaited. */
export function TimelineStepItem({ step, earlyHours = null, onDelete }: Props) {
  const { t, i18n } = useTranslation();
  const name = i18n.language === 'en' ? trackingEventNames[step.kind].en : trackingEventNames[step.kind].zh;
  const hours = step.hoursFromPrevious;
  return (
    <li className={`timeline-step timeline-${step.state}`} data-step={step.kind} data-state={step.state}>
      <span className="timeline-dot" aria-hidden="true" />
      <div className="timeline-step-line">
        <strong className="timeline-step-name">{name}</strong>
        {step.at ? (
          <time className="timeline-step-time" dateTime={step.at}>
            {formatLocalTime(step.at)}
          </time>
        ) : (
          <span className="timeline-step-time">{t('timeline.awaited')}</span>
        )}
        {hours !== null && (
          <span className={hours < 0 ? 'timeline-hours timeline-hours-early' : 'timeline-hours'} data-testid="step-hours" title={t('timeline.fromPreviousLabel')}>
            {intervalText(hours, t)}
          </span>
        )}
      </div>
      {earlyHours !== null && (
        <p className="timeline-early" data-testid="declared-early">
          {t('timeline.declaredEarly', { hours: earlyHours.toFixed(2) })}
        </p>
      )}
      {step.events.length > 0 && (
        <ul className="timeline-events">
          {step.events.map((event) => (
            <TimelineEventLine key={event.id} event={event} onDelete={onDelete} />
          ))}
        </ul>
      )}
    </li>
  );
}
