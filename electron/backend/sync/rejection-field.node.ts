import type Database from 'better-sqlite3';
import { parseDecMessage } from '../../../shared/messages/dec-message';
import { runRules } from '../../../shared/rules/engine';
import { declarationRules } from '../../../shared/rules/index';
import { sqliteReferenceData } from '../validation/sqlite-reference.node';

/** A rule id at the start of a rejection's NOTE, e.g. `DEC-H-012 申报人员必填`. */
const leadingRuleId = /^\s*([A-Z]{1,4}(?:-[A-Z])?-\d{3})\b/;

export function leadingRuleIdOf(note: string | null | undefined): string | null {
  return (note && leadingRuleId.exec(note)?.[1]) || null;
}

/**
 * The form field a rejection points at, so the editor can jump there. Rules name their field
 * only in their findings (`Finding.path`), so the rules are run again on the declaration exactly
 * as it was sent (the frozen DecMessage) and the first finding of the named rule gives the path.
 * Null when the note names no rule or the rule finds nothing here (customs saw something we do not).
 */
export function rejectionField(db: Database.Database, decMessageXml: string, note: string | null | undefined): string | null {
  const ruleId = leadingRuleIdOf(note);
  if (!ruleId) return null;
  try {
    const draft = parseDecMessage(decMessageXml).draft;
    for (const phase of ['declare', 'stage'] as const) {
      const hit = runRules(declarationRules, draft, { phase, refs: sqliteReferenceData(db) }).find((f) => f.ruleId === ruleId);
      if (hit) return hit.path;
    }
  } catch {
    // The frozen message always parses (we built it); if it somehow does not, there is no field to show.
  }
  return null;
}
