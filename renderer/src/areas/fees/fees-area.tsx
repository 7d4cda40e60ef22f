import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { partyKey } from '../../../../shared/fees/match';
import { AuditView } from './audit-view';
import { FeeImportDialog, type FeeImportKind } from './fee-import-dialog';
import { FeesFilterBar, type PartyOption } from './fees-filter-bar';
import { auditQuery, feePeriod, feeTabs, useFeeFilters, type FeeTab } from './fees-filter-store';
import { InvoiceForm } from './invoice-form';
import { InvoicesView } from './invoices-view';
import { ListsView } from './lists-view';
import { useFeeInvoices } from './use-fee-data';
import '../../styles/workbench.css';
import '../../styles/tracking.css';
import '../../styles/fees.css';

/** 口岸收费 (Alt+4): the audit of a period's port invoices, the invoices themselves, and the fee lists they are checked against. */
export function FeesArea() {
  const { t } = useTranslation();
  const f = useFeeFilters();
  const [importing, setImporting] = useState<FeeImportKind | null>(null);
  const [adding, setAdding] = useState(false);
  const period = feePeriod(f.from, f.to);
  const query = auditQuery(f.from, f.to, f.partyKey);
  const invoices = useFeeInvoices(period);
  // The party filter offers the parties that invoiced in the period.
  const parties = useMemo<PartyOption[]>(() => {
    const seen = new Map<string, string>();
    for (const row of invoices.rows ?? []) seen.set(partyKey(row.party), row.party.name);
    return [...seen].map(([key, name]) => ({ key, name })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  }, [invoices.rows]);

  // Ctrl+I imports (invoices, or a list on the lists tab), Ctrl+N enters an invoice: as in the libraries.
  const listsTab = f.tab === 'lists';
  const open = importing !== null || adding;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (open || !(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const key = event.key.toLowerCase();
      if (key === 'i') setImporting(listsTab ? 'fee-list' : 'fee-invoice');
      else if (key === 'n' && !listsTab) setAdding(true);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open, listsTab]);

  const moveTab = (tab: FeeTab, step: number) => {
    const next = feeTabs[(feeTabs.indexOf(tab) + step + feeTabs.length) % feeTabs.length] ?? 'audit';
    f.setTab(next);
    document.getElementById(`fee-tab-${next}`)?.focus();
  };

  return (
    <section className="area fees-area" aria-labelledby="fees-heading">
      <div className="area-toolbar">
        <h1 id="fees-heading">{t('fees.title')}</h1>
        <div className="tab-list" role="tablist" aria-label={t('fees.tabsLabel')}>
          {feeTabs.map((tab) => (
            <button
              key={tab}
              type="button"
              role="tab"
              id={`fee-tab-${tab}`}
              aria-selected={tab === f.tab}
              aria-controls="fee-tab-panel"
              tabIndex={tab === f.tab ? 0 : -1}
              className={tab === f.tab ? 'tab active' : 'tab'}
              onClick={() => f.setTab(tab)}
              onKeyDown={(event) => {
                if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
                event.preventDefault();
                moveTab(tab, event.key === 'ArrowRight' ? 1 : -1);
              }}
            >
              {t(`fees.tabs.${tab}`)}
            </button>
          ))}
        </div>
        <span className="toolbar-spacer" />
        {f.tab !== 'lists' && (
          <>
            <button type="button" title="Ctrl+I" onClick={() => setImporting('fee-invoice')}>
              {t('fees.invoices.import')}
            </button>
            <button type="button" title="Ctrl+N" onClick={() => setAdding(true)}>
              {t('fees.invoices.add')}
            </button>
          </>
        )}
        {f.tab === 'lists' && (
          <button type="button" title="Ctrl+I" onClick={() => setImporting('fee-list')}>
            {t('fees.lists.import')}
          </button>
        )}
      </div>
      <div id="fee-tab-panel" role="tabpanel" aria-labelledby={`fee-tab-${f.tab}`}>
        {f.tab !== 'lists' && <FeesFilterBar parties={parties} />}
        {f.tab !== 'lists' && !period && (
          <p className="notice notice-error" role="alert">
            {t('fees.filters.badPeriod')}
          </p>
        )}
        {f.tab === 'audit' && <AuditView query={query} onImport={() => setImporting('fee-invoice')} onAdd={() => setAdding(true)} />}
        {f.tab === 'invoices' && <InvoicesView rows={invoices.rows} error={invoices.error} onImport={() => setImporting('fee-invoice')} />}
        {f.tab === 'lists' && <ListsView />}
      </div>
      {importing && <FeeImportDialog kind={importing} onClose={() => setImporting(null)} />}
      {adding && <InvoiceForm onClose={() => setAdding(false)} />}
    </section>
  );
}
