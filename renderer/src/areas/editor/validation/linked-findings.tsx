import { useTranslation } from 'react-i18next';
import type { BundleReport } from '../../../../../shared/rules/finding-schema';
import { FindingList } from '../../../components/finding-list';
import { openPackingListAt } from '../../packing-lists/open-at';
import { focusFindingPath } from '../editor-ui-store';

/**
 * The declaration's linked packing lists, checked by the backend after each save: the
 * cross-document (X-) findings, which point into this declaration, and each packing list's own
 * (PL-) findings, which open that packing list at the line or field. Nothing is shown while no
 * packing list is linked.
 */
export function LinkedFindings({ report }: { report: BundleReport | null }) {
  const { t } = useTranslation();
  if (!report || report.packingLists.length === 0) return null;
  return (
    <section className="findings-backend linked-findings" aria-labelledby="linked-findings-heading">
      <h3 id="linked-findings-heading">{t('linked.title', { count: report.packingLists.length })}</h3>
      {report.crossDocument.length > 0 ? (
        <FindingList findings={report.crossDocument} label={t('linked.crossLabel')} onJump={focusFindingPath} />
      ) : (
        <p className="muted findings-none">{t('linked.crossNone')}</p>
      )}
      {report.packingLists.map((list) => {
        const name = t('validation.packingList', { title: list.title || list.clientSeqNo });
        return (
          <div key={list.documentId} className="linked-list">
            <h4>
              {name} <span className="muted">{list.findings.length === 0 ? t('linked.clean') : t('linked.opensAt')}</span>
            </h4>
            {list.findings.length > 0 && <FindingList findings={list.findings} label={name} onJump={(path) => openPackingListAt(list.documentId, path)} />}
          </div>
        );
      })}
    </section>
  );
}
