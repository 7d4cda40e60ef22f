import { useTranslation } from 'react-i18next';
import type { TrackingEvent } from '../../../../shared/model/tracking';
import { trackingEventNames } from '../../../../shared/model/tracking';
import { showErrorToast } from '../../components/show-error-toast';
import { useToastStore } from '../../components/toast-store';
import { useErrorText } from '../../i18n/use-error-text';
import { api } from '../../transport/current-transport';
import { AddEventForm } from './add-event-form';
import { TimelineEventLine } from './timeline-event-line';
import { declaredEarlyHours } from './timeline-hours';
import { TimelineStepItem } from './timeline-step-item';
import { useTimeline } from './use-timeline';
import '../../styles/receipts.css';
import '../../styles/timeline.css';

/**
 * 通关+物流: every customs and logistics step of the declaration in order, its time and the
 * hours since the previous one (negative when declared before arrival), what is still awaited,
 * where each event came from; events outside the steps (退单, 退回修改 ...) listed after them.
 */
export function ClearanceTimeline({ documentId }: { documentId: string }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { timeline, error, reload } = useTimeline(documentId);

  const remove = (event: TrackingEvent) => {
    const kind = i18n.language === 'en' ? trackingEventNames[event.kind].en : trackingEventNames[event.kind].zh;
    api()
      .tracking.deleteEvent({ id: event.id })
      .then(() => {
        useToastStore.getState().show({ message: t('timeline.deleted', { kind }) });
        reload();
      })
      .catch(showErrorToast);
  };

  const shown = new Set(timeline?.steps.flatMap((s) => s.events.map((e) => e.id)));
  const others = timeline?.events.filter((e) => !shown.has(e.id)) ?? [];
  const early = timeline ? declaredEarlyHours(timeline.steps) : null;
  return (
    <section className="receipt-timeline clearance-timeline" aria-labelledby="timeline-heading" data-testid="clearance-timeline">
      <h2 id="timeline-heading">{t('timeline.title')}</h2>
      {error && <p className="field-error">{errorText(error)}</p>}
      {timeline === null && !error && <p className="muted">{t('timeline.loading')}</p>}
      {timeline && (
        <>
          {timeline.overallHours !== null && (
            <p className="timeline-overall" data-testid="timeline-overall">
              {t('timeline.overall', { hours: timeline.overallHours.toFixed(2) })}
            </p>
          )}
          <ol className="timeline-steps" aria-label={t('timeline.label')}>
            {timeline.steps.map((step) => (
              <TimelineStepItem key={step.kind} step={step} earlyHours={step.kind === 'declared' ? early : null} onDelete={remove} />
            ))}
          </ol>
          {others.length > 0 && (
            <>
              <h3 className="timeline-others">{t('timeline.otherEvents')}</h3>
              <ul className="timeline-events">
                {others.map((event) => (
                  <TimelineEventLine key={event.id} event={event} showKind onDelete={remove} />
                ))}
              </ul>
            </>
          )}
          <AddEventForm documentId={documentId} containers={timeline.containers} onAdded={reload} />
        </>
      )}
    </section>
  );
}
