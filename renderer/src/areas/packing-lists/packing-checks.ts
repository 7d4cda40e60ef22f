import type { PackingList } from '../../../../shared/model/packing-list';
import { packingListTotals } from '../../../../shared/model/packing-totals';
import { packingListRules } from '../../../../shared/rules/packing-list';
import { noReferenceData, runRules, type Finding } from '../../../../shared/rules/engine';

/** The totals as the view prints them (plain strings cross a worker boundary; Decimal objects do not). */
export interface TotalsFigures {
  cartons: string;
  pieces: string;
  netKg: string;
  grossKg: string;
  cbm: string;
  incompleteLines: number;
}

export interface PackingChecks {
  findings: Finding[];
  totals: TotalsFigures;
}

/**
 * The live check of a packing list: the PL- rules (phase 申报) and the totals. The PL- rules ask
 * no code table, so they run without reference data; that lets this run in a worker, off the
 * thread that paints the grid (10,000 lines take longer than a frame).
 */
export function checkPackingList(list: PackingList): PackingChecks {
  const findings = runRules(packingListRules, list, { phase: 'declare', refs: noReferenceData });
  const t = packingListTotals(list);
  return {
    findings,
    totals: {
      cartons: t.cartons.toFixed(),
      pieces: t.pieces.toFixed(),
      netKg: t.netKg.toFixed(),
      grossKg: t.grossKg.toFixed(),
      cbm: t.cbm.toDecimalPlaces(3).toFixed(),
      incompleteLines: t.incompleteLines.length,
    },
  };
}
