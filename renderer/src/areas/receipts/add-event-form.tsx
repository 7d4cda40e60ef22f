import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import { InspectionOutcome, inspectionOutcomeNames, TrackingEventKind, trackingEventNames } from '../../../../shared/model/tracking';
import { asErrorValue } from '../../app/as-error-value';
import { useToastStore } from '../../components/toast-store';
import { useErrorText } from '../../i18n/use-error-text';
import { api } from '../../transport/current-transport';

interface Props {
  documentId: string;
  /** Containers already known for the declaration, offered as suggestions. */
  containers: string[];
  onAdded(): void;
}

/** A person's entry (source manual): kind, local time, container, note. The backend checks and names a bad field. */
export function AddEventForm({ documentId, containers, onAdded }: Props) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const errorText = useErrorText();
  const [kind, setKind] = useState<TrackingEventKind>('vessel-arrival');
  const [at, setAt] = useState('');
  const [containerNo, setContainerNo] = useState('');
  const [note, setNote] = useState('');
  // 查验结果 decides whether inspection handling may be billed (FEE rules); '' = not recorded.
  const [outcome, setOutcome] = useState<InspectionOutcome | ''>('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const [missingTime, setMissingTime] = useState(false);
  // Explicit label ids: a label wrapping a select would take the chosen option into its name.
  const id = useId();
  const name = (k: TrackingEventKind) => (english ? trackingEventNames[k].en : trackingEventNames[k].zh);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // datetime-local is the computer's local time; the contract takes an instant.
    const when = at ? new Date(at) : null;
    if (!when || Number.isNaN(when.getTime())) {
      setMissingTime(true);
      return;
    }
    setMissingTime(false);
    setBusy(true);
    setError(null);
    const container = containerNo.trim().toUpperCase();
    api()
      .tracking.addEvent({
        documentId, kind, at: when.toISOString(), ...(container ? { containerNo: container } : {}), ...(note.trim() ? { note: note.trim() } : {}),
        ...(kind === 'inspection-done' && outcome ? { outcome } : {}),
      })
      .then(() => {
        useToastStore.getState().show({ message: t('timeline.add.added', { kind: name(kind) }) });
        setNote('');
        onAdded();
      })
      .catch((failure: unknown) => setError(asErrorValue(failure)))
      .finally(() => setBusy(false));
  };

  return (
    <details className="add-event">
      <summary>{t('timeline.add.title')}</summary>
      <form className="add-event-form" onSubmit={submit} aria-label={t('timeline.add.title')}>
        <label htmlFor={`${id}-kind`}>{t('timeline.add.kind')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(TrackingEventKind.parse(e.target.value))}>
          {TrackingEventKind.options.map((k) => (
            <option key={k} value={k}>
              {name(k)}
            </option>
          ))}
        </select>
        {kind === 'inspection-done' && (
          <>
            <label htmlFor={`${id}-outcome`}>{t('timeline.add.outcome')}</label>
            <select id={`${id}-outcome`} value={outcome} aria-invalid={error?.field === 'outcome'} onChange={(e) => setOutcome(InspectionOutcome.safeParse(e.target.value).data ?? '')}>
              <option value="">{t('timeline.add.outcomeNone')}</option>
              {InspectionOutcome.options.map((o) => (
                <option key={o} value={o}>
                  {english ? inspectionOutcomeNames[o].en : inspectionOutcomeNames[o].zh}
                </option>
              ))}
            </select>
          </>
        )}
        <label htmlFor={`${id}-at`}>{t('timeline.add.at')}</label>
        <input id={`${id}-at`} type="datetime-local" value={at} aria-invalid={missingTime || error?.field === 'at'} onChange={(e) => setAt(e.target.value)} />
        {missingTime && <p className="field-error">{t('timeline.add.needTime')}</p>}
        <label htmlFor={`${id}-container`}>{t('timeline.add.container')}</label>
        <input
          id={`${id}-container`}
          type="text"
          list={`${id}-containers`}
          value={containerNo}
          maxLength={11}
          placeholder={t('timeline.add.containerPlaceholder')}
          aria-invalid={error?.field === 'containerNo'}
          onChange={(e) => setContainerNo(e.target.value)}
        />
        <datalist id={`${id}-containers`}>
          {containers.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <label htmlFor={`${id}-note`}>{t('timeline.add.note')}</label>
        <input id={`${id}-note`} type="text" value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} />
        {error && (
          <p className="field-error" role="alert">
            {errorText(error)}
          </p>
        )}
        <button type="submit" className="primary-button" disabled={busy}>
          {t('timeline.add.submit')}
        </button>
      </form>
    </details>
  );
}
