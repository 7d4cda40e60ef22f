import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorValue } from '../../../../../shared/ipc/errors';
import type { DiagnosticsResult } from '../../../../../shared/support/schema';
import { asErrorValue } from '../../../app/as-error-value';
import { useErrorText } from '../../../i18n/use-error-text';
import { api } from '../../../transport/current-transport';
import { ResultPath } from './result-path';

/** 导出诊断包: a zip in the profile's diagnostics folder; its path is shown to pass on to support. */
export function DiagnosticsPanel() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<DiagnosticsResult | null>(null);
  const [error, setError] = useState<AppErrorValue | null>(null);
  const run = () => {
    setBusy(true);
    setError(null);
    api()
      .support.exportDiagnostics({})
      .then(setResult)
      .catch((failure: unknown) => setError(asErrorValue(failure)))
      .finally(() => setBusy(false));
  };
  return (
    <div className="support-block">
      <button type="button" disabled={busy} aria-busy={busy} onClick={run}>
        {busy ? t('support.diagnosticsWorking') : t('support.diagnostics')}
      </button>
      <p className="muted">{t('support.diagnosticsHint')}</p>
      {result && <ResultPath label={t('support.diagnosticsDone', { count: result.files.length })} path={result.path} testId="diagnostics-path" />}
      {error && (
        <p className="field-error" role="alert">
          {errorText(error)}
        </p>
      )}
    </div>
  );
}
