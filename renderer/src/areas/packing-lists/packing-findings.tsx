import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleReport } from '../../../../shared/rules/finding-schema';
import type { Finding } from '../../../../shared/rules/engine';
import { FindingList } from '../../components/finding-list';
import { focusPackingPath } from './packing-ui-store';
import { navigate } from '../../app/route';
import { focusFindingPath } from '../editor/editor-ui-store';

interface Props {
  live: Finding[];
  report: BundleReport | null;
  running: boolean;
  linked: boolean;
  /** The linked declaration: a cross-document finding opens it at the field it names. */
  declarationId?: string | undefined;
  onRun(): void;
}

/** The list's own findings (click: the cell or field), then the cross-document ones after Ctrl+Enter. */
export function PackingFindings({ live, report, running, linked, declarationId, onRun }: Props) {
  const openDeclarationAt = (path: string) => {
    if (!declarationId) return;
    focusFindingPath(path);
    navigate({ area: 'declarations', draftId: declarationId });
  };
  const { t } = useTranslation();
  // A long list can have thousands of findings; the first few hundred are what a person reads.
  const shown = useMemo(() => live.slice(0, 300), [live]);
  return (
    <aside className="findings-panel" aria-labelledby="pl-findings-heading">
      <div className="findings-head">
        <h2 id="pl-findings-heading">{t('validation.title')}</h2>
        <button type="button" className="small-button" onClick={onRun} disabled={running || !linked} title={linked ? undefined : t('packing.link.needed')}>
          {running ? t('validation.running') : t('packing.checkLinked')}
          <kbd>Ctrl+Enter</kbd>
        </button>
      </div>
      {live.length === 0 ? <p className="muted findings-none">{t('validation.none')}</p> : <FindingList findings={shown} label={t('validation.liveLabel')} onJump={focusPackingPath} />}
      {live.length > shown.length && <p className="muted">{t('packing.moreFindings', { count: live.length - shown.length })}</p>}
      {report && (
        <section className="findings-backend" aria-labelledby="pl-cross-heading">
          <h3 id="pl-cross-heading">{t('packing.crossTitle', { count: report.crossDocument.length })}</h3>
          {report.crossDocument.length === 0 ? (
            <p className="muted findings-none">{t('packing.crossNone')}</p>
          ) : (
            <FindingList findings={report.crossDocument} label={t('linked.declarationLabel')} onJump={openDeclarationAt} />
          )}
        </section>
      )}
    </aside>
  );
}
