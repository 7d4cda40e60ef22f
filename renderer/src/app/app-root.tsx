import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { RecoveryScreen } from '../areas/recovery/recovery-screen';
import { useErrorText } from '../i18n/use-error-text';
import { AppShell } from './app-shell';
import { useStatusStore } from './status-store';

/** Asks the backend what state the profile is in, and shows the app or the recovery screen, never an empty app. */
export function AppRoot({ onUnauthorized }: { onUnauthorized(): void }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const state = useStatusStore((s) => s.state);
  const load = useStatusStore((s) => s.load);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    if (state.phase === 'failed' && state.error.code === 'UNAUTHORIZED') onUnauthorized();
  }, [state, onUnauthorized]);

  if (state.phase === 'loading') return <p className="starting">{t('app.starting')}</p>;
  if (state.phase === 'failed') {
    return (
      <div className="start-failure" role="alert">
        <h1>{t('app.statusFailed')}</h1>
        <p>{errorText(state.error)}</p>
        <button type="button" onClick={() => void load()}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  if (state.status.state === 'recovery') return <RecoveryScreen status={state.status} />;
  return <AppShell status={state.status} />;
}
