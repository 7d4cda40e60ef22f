import { declarationPathLabel, type Label } from '../../shared/model/field-labels';
import { fieldDef, targetFields, type ImportField, type ImportTarget } from '../../shared/import/fields';
import type { ImportPreview } from '../../shared/import/schema';
import type { BundleReport } from '../../shared/rules/finding-schema';
import { say, type Lang } from './text';

/** Findings and import reports as terminal text: one line per finding, labels in the reader's language. */

type Finding = BundleReport['crossDocument'][number];

const packingFields = new Map<string, Label>(targetFields['packing-list'].map((d) => [d.field, { zh: d.zh, en: d.en }]));

/** "lines.3.netPerCarton" -> 装箱单第 4 行 每箱净重 / packing list line 4: Net weight per carton. */
function packingPathLabel(path: string): Label | null {
  const [part, index, field] = path.split('.');
  if (part !== 'lines' || index === undefined || !/^\d+$/.test(index)) return null;
  const n = Number(index) + 1;
  const name = field ? packingFields.get(field) : undefined;
  return name ? { zh: `装箱单第 ${n} 行 ${name.zh}`, en: `packing list line ${n}: ${name.en}` } : { zh: `装箱单第 ${n} 行`, en: `packing list line ${n}` };
}

function findingLine(lang: Lang, f: Finding, packing: boolean): string {
  const label = (packing ? packingPathLabel(f.path) : declarationPathLabel(f.path)) ?? { zh: f.path, en: f.path };
  const severity = f.severity === 'error' ? say(lang, { zh: '错误', en: 'ERROR  ' }) : say(lang, { zh: '警告', en: 'WARNING' });
  return `  ${severity}  ${f.ruleId.padEnd(9)}  ${say(lang, label)}  ${say(lang, { zh: f.messageZh, en: f.messageEn })}`;
}

export function reportText(lang: Lang, source: string, report: BundleReport): string {
  const d = report.declaration;
  const name = [d.title, d.clientSeqNo].filter(Boolean).join(' · ');
  const head = `${source}${name ? ` (${name})` : ''}: ${say(lang, {
    zh: `${report.errors} 个错误，${report.warnings} 个警告`,
    en: `${report.errors} error${report.errors === 1 ? '' : 's'}, ${report.warnings} warning${report.warnings === 1 ? '' : 's'}`,
  })}`;
  const lines = [head, ...d.findings.map((f) => findingLine(lang, f, d.kind === 'packing-list'))];
  for (const list of report.packingLists) {
    if (list.findings.length === 0) continue;
    lines.push(`  ${say(lang, { zh: '装箱单', en: 'Packing list' })} ${list.title || list.clientSeqNo}:`);
    lines.push(...list.findings.map((f) => `  ${findingLine(lang, f, true)}`));
  }
  lines.push(...report.crossDocument.map((f) => findingLine(lang, f, false)));
  return lines.join('\n');
}

function fieldName(lang: Lang, target: ImportTarget, field: ImportField): string {
  const def = fieldDef(target, field);
  return def ? say(lang, def) : field;
}

/** The rejected cells ("装箱单 第 3 行 D 列：…") and the fields no column provides. */
export function rejectionText(lang: Lang, target: ImportTarget, preview: ImportPreview): string {
  const lines: string[] = [];
  if (preview.missingFields.length) {
    const names = preview.missingFields.map((f) => fieldName(lang, target, f)).join(say(lang, { zh: '、', en: ', ' }));
    lines.push(say(lang, { zh: `没有列对应到：${names}。`, en: `No column maps to: ${names}.` }));
  }
  for (const r of preview.rejected) {
    const where = say(lang, {
      zh: `${r.sheet} 第 ${r.row} 行${r.column ? ` ${r.column} 列` : ''}`,
      en: `${r.sheet} row ${r.row}${r.column ? ` column ${r.column}` : ''}`,
    });
    lines.push(`  ${where}: ${say(lang, { zh: r.reasonZh, en: r.reasonEn })}`);
  }
  if (preview.rejectedRows > preview.rejected.length) {
    lines.push(say(lang, { zh: `（共 ${preview.rejectedRows} 行被拒绝，只列出前 ${preview.rejected.length} 项）`, en: `(${preview.rejectedRows} rows rejected; the first ${preview.rejected.length} problems are listed)` }));
  }
  return lines.join('\n');
}
