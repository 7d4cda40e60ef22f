import { useTranslation } from 'react-i18next';
import { feePresets, useFeeFilters, wholeMonth } from './fees-filter-store';

export interface PartyOption {
  key: string;
  name: string;
}

/**
 * 审核条件: the period (上月, 本月, a month, or dates) and the charging party. Plain form controls,
 * so Tab reaches each in order.
 */
export function FeesFilterBar({ parties }: { parties: PartyOption[] }) {
  const { t } = useTranslation();
  const f = useFeeFilters();
  return (
    <div className="tracking-filters" role="group" aria-label={t('fees.filters.label')} data-testid="fee-filters">
      <div className="tracking-filter-line">
        <div className="tracking-presets" role="group" aria-label={t('fees.filters.period')}>
          {feePresets.map((preset) => (
            <button key={preset} type="button" className="small-button" aria-pressed={f.preset === preset} onClick={() => f.choosePreset(preset)}>
              {t(`fees.filters.presets.${preset}`)}
            </button>
          ))}
        </div>
        <label className="tracking-field">
          <span>{t('fees.filters.month')}</span>
          <input type="month" value={wholeMonth(f.from, f.to)} onChange={(e) => f.chooseMonth(e.target.value)} />
        </label>
        <label className="tracking-field">
          <span>{t('fees.filters.from')}</span>
          <input type="date" value={f.from} max={f.to || undefined} onChange={(e) => f.setPeriod({ from: e.target.value })} />
        </label>
        <label className="tracking-field">
          <span>{t('fees.filters.to')}</span>
          <input type="date" value={f.to} min={f.from || undefined} onChange={(e) => f.setPeriod({ to: e.target.value })} />
        </label>
        <label className="tracking-field">
          <span>{t('fees.filters.party')}</span>
          <select value={f.partyKey} onChange={(e) => f.setParty(e.target.value)}>
            <option value="">{t('fees.filters.allParties')}</option>
            {parties.map((p) => (
              <option key={p.key} value={p.key}>
                {p.name}
              </option>
            ))}
            {f.partyKey && !parties.some((p) => p.key === f.partyKey) && <option value={f.partyKey}>{f.partyKey}</option>}
          </select>
        </label>
      </div>
    </div>
  );
}
