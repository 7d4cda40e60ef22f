import type Database from 'better-sqlite3';
import type { Dashboard, DashboardQuery, TrackingDeclarationRow } from '../../../shared/metrics/schema';
import type { z } from 'zod';
import type { TrackingDeclarationsInput } from '../../../shared/metrics/schema';
import { notBuilt } from './not-built.node';

/** The dashboard for a period, from tracking_chains (owner: the metrics work). */
export function dashboardFor(_db: Database.Database, _query: DashboardQuery, _now: Date): Dashboard {
  return notBuilt('tracking.stats');
}

/** The declarations behind a figure. */
export function declarationsFor(_db: Database.Database, _input: z.output<typeof TrackingDeclarationsInput>): TrackingDeclarationRow[] {
  return notBuilt('tracking.declarations');
}
