import type { Dashboard, NationalFigure } from '../../../../shared/metrics/schema';
import type { Direction } from '../../../../shared/model/declaration';

/**
 * The national figure to compare with: the latest published actual for the direction shown
 * (imports when both directions are shown: the Shanghai plan and GACC's headline figure are
 * about imports). The backend lists figures oldest first, as the spec's table does.
 */
export function nationalReference(dashboard: Dashboard): NationalFigure | null {
  const direction: Direction = dashboard.query.direction ?? 'I';
  const actuals = dashboard.national.filter((f) => f.direction === direction && f.kind === 'actual');
  return actuals.at(-1) ?? null;
}
