import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppStatus } from '../../../../shared/ipc/contract';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import { asErrorValue } from '../../app/as-error-value';
import { LanguageSwitch } from '../../app/language-switch';
import { useStatusStore } from '../../app/status-store';
import { useErrorText } from '../../i18n/use-error-text';
import { api } from '../../transport/current-transport';
import { ResetDatabasePanel } from './reset-database-panel';

type RecoveryStatus = Extract<AppStatus, { state: 'recovery' }>;

/**
 * Shown instead of the app whenever the profile cannot be opened: the app never appears empty,
 * as if the broker's documents were gone.
 */
export function RecoveryScreen({ status }: { status: RecoveryStatus }) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const accept = useStatusStore((s) => s.accept);
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<AppErrorValue | null>(null);

  const run = async (action: () => Promise<AppStatus>) => {
    setBusy(true);
    setActionError(null);
    try {
      await accept(await action());
    } catch (error) {
      setActionError(asErrorValue(error));
    } finally {
      setBusy(false);
    }
  };

  const submitFolder = (event: FormEvent) => {
    event.preventDefault();
    const dir = folder.trim();
    if (dir) void run(() => api().profile.useFolder({ dir }));
  };

  return (
    <div className="recovery-screen">
      <header className="header-bar">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          <span className="brand-latin">{t('app.latinName')}</span>
        </div>
        <span className="toolbar-spacer" />
        <LanguageSwitch rememberInProfile={false} />
      </header>
      <main className="recovery-body" aria-labelledby="recovery-heading">
        <h1 id="recovery-heading">{t('recovery.title')}</h1>
        <p>{t('recovery.intro')}</p>

        <div className="notice notice-error" role="alert">
          <dl className="property-list">
            <dt>{t('recovery.problem')}</dt>
            <dd>{errorText(status.problem)}</dd>
            <dt>{t('recovery.profileDir')}</dt>
            <dd className="mono selectable">{status.profileDir}</dd>
            <dt>{t('recovery.databasePath')}</dt>
            <dd className="mono selectable">{status.databasePath}</dd>
          </dl>
        </div>

        {actionError && (
          <p className="notice notice-error" role="alert">
            {errorText(actionError)}
          </p>
        )}

        <form className="recovery-section" onSubmit={submitFolder}>
          <h2>{t('recovery.otherFolderTitle')}</h2>
          <label htmlFor="recovery-folder">{t('recovery.folderLabel')}</label>
          <div className="inline-row">
            <input
              id="recovery-folder"
              type="text"
              className="mono wide-input"
              value={folder}
              spellCheck={false}
              autoComplete="off"
              onChange={(event) => setFolder(event.target.value)}
            />
            <button type="submit" className="primary-button" disabled={busy || !folder.trim()}>
              {t('recovery.useFolder')}
            </button>
          </div>
          <p className="muted">{t('recovery.folderHint')}</p>
        </form>

        {status.problem.code === 'DATABASE_UNREADABLE' && (
          <ResetDatabasePanel busy={busy} onReset={() => void run(() => api().profile.resetDatabase({}))} />
        )}
        {busy && <p className="muted">{t('recovery.working')}</p>}
      </main>
    </div>
  );
}
