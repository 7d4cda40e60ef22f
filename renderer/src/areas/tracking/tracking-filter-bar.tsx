import { useTranslation } from 'react-i18next';
import { BreakdownDimension } from '../../../../shared/metrics/schema';
import { Direction } from '../../../../shared/model/declaration';
import { useDebounced } from '../declarations/use-debounced';
import { useLibraryList } from '../libraries/use-library-list';
import { periodPresets } from './period-presets';
import { useTrackingFilters } from './tracking-filter-store';

/** The reduction goal as the broker types it (a percent), and back to the fraction the query takes. */
const percentOf = (fraction: number) => Number((fraction * 100).toFixed(1));

/**
 * 统计条件: period (presets or dates), direction, consignee, breakdown, and the baseline to
 * measure the goal against. Every control is a plain form control, so Tab reaches each in order.
 */
export function TrackingFilterBar() {
  const { t } = useTranslation();
  const f = useTrackingFilters();
  const partyText = useDebounced(f.party, 300);
  const parties = useLibraryList('party', partyText, 50);
  return (
    <div className="tracking-filters" role="group" aria-label={t('tracking.filters.label')} data-testid="tracking-filters">
      <div className="tracking-filter-line">
        <div className="tracking-presets" role="group" aria-label={t('tracking.filters.period')}>
          {periodPresets.map((preset) => (
            <button key={preset} type="button" className="small-button" aria-pressed={f.preset === preset} onClick={() => f.choosePreset(preset)}>
              {t(`tracking.filters.presets.${preset}`)}
            </button>
          ))}
        </div>
        <label className="tracking-field">
          <span>{t('tracking.filters.from')}</span>
          <input type="date" value={f.from} max={f.to || undefined} onChange={(e) => f.setPeriod({ from: e.target.value })} />
        </label>
        <label className="tracking-field">
          <span>{t('tracking.filters.to')}</span>
          <input type="date" value={f.to} min={f.from || undefined} onChange={(e) => f.setPeriod({ to: e.target.value })} />
        </label>
        <label className="tracking-field">
          <span>{t('tracking.filters.direction')}</span>
          <select value={f.direction ?? ''} onChange={(e) => f.setDirection(Direction.safeParse(e.target.value).data ?? null)}>
            <option value="">{t('tracking.filters.all')}</option>
            {Direction.options.map((d) => (
              <option key={d} value={d}>
                {t(`direction.${d}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="tracking-field">
          <span>{t('tracking.filters.breakdown')}</span>
          <select value={f.breakdown} onChange={(e) => f.setBreakdown(BreakdownDimension.parse(e.target.value))}>
            {BreakdownDimension.options.map((d) => (
              <option key={d} value={d}>
                {t(`tracking.dimensions.${d}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="tracking-field tracking-party">
          <span>{t('tracking.filters.party')}</span>
          <input
            type="text"
            list="tracking-party-options"
            value={f.party}
            maxLength={18}
            placeholder={t('tracking.filters.partyPlaceholder')}
            onChange={(e) => f.setParty(e.target.value)}
          />
          <datalist id="tracking-party-options">
            {parties.records
              ?.filter((r) => r.code)
              .map((r) => (
                <option key={r.id} value={r.code}>
                  {r.label}
                </option>
              ))}
          </datalist>
        </label>
      </div>
      <div className="tracking-filter-line">
        <label className="tracking-check">
          <input type="checkbox" checked={f.baseline.enabled} onChange={(e) => f.setBaseline({ enabled: e.target.checked })} />
          <span>{t('tracking.filters.baseline')}</span>
        </label>
        <label className="tracking-field">
          <span>{t('tracking.filters.baselineFrom')}</span>
          <input type="date" value={f.baseline.from} disabled={!f.baseline.enabled} onChange={(e) => f.setBaseline({ from: e.target.value })} />
        </label>
        <label className="tracking-field">
          <span>{t('tracking.filters.baselineTo')}</span>
          <input type="date" value={f.baseline.to} disabled={!f.baseline.enabled} onChange={(e) => f.setBaseline({ to: e.target.value })} />
        </label>
        <label className="tracking-field tracking-reduction">
          <span>{t('tracking.filters.reduction')}</span>
          <input
            type="number"
            min={1}
            max={99}
            step={0.1}
            disabled={!f.baseline.enabled}
            defaultValue={percentOf(f.baseline.reduction)}
            onChange={(e) => {
              const percent = Number(e.target.value);
              if (percent > 0 && percent < 100) f.setBaseline({ reduction: percent / 100 });
            }}
          />
        </label>
      </div>
    </div>
  );
}
