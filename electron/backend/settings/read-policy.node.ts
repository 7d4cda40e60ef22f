import { readFileSync } from 'node:fs';
import { PolicySchema, SettingKey, settingKeys, type PolicyProblem, type PolicyReport, type SettingValue } from '../../../shared/settings/schema';
import { noPolicy, type AppliedPolicy } from '../../../shared/settings/resolve';
import { jsonErrorPlace } from './json-error-place';
import { badValueProblem, unknownKeyProblem, unknownLockProblem, wholeFileProblem } from './policy-problems';

export interface PolicyReading {
  report: PolicyReport;
  applied: AppliedPolicy;
}

const policyKeys = Object.keys(PolicySchema.shape);

function syntaxProblem(text: string, error: unknown): PolicyProblem {
  const message = error instanceof Error ? error.message : String(error);
  const place = jsonErrorPlace(text);
  if (text.trim() === '') return wholeFileProblem('策略文件是空的，不是 JSON 对象', 'the policy file is empty, not a JSON object');
  return place
    ? wholeFileProblem(
        `策略文件不是有效的 JSON：第 ${place.line} 行第 ${place.column} 列有语法错误`,
        `the policy file is not valid JSON: syntax error at line ${place.line}, column ${place.column}`,
      )
    : wholeFileProblem(`策略文件不是有效的 JSON（${message}）`, `the policy file is not valid JSON (${message})`);
}

/**
 * Checks a policy text key by key: a key that is unknown or whose value is wrong is reported and
 * left out, the others apply. A file that is not a JSON object applies nothing. Pure, so every
 * kind of problem is tested without files.
 */
export function checkPolicyText(path: string, raw: string): PolicyReading {
  // Notepad saves UTF-8 with a byte-order mark; JSON.parse would refuse it.
  const text = raw.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { report: { path, state: 'invalid', problems: [syntaxProblem(text, error)] }, applied: noPolicy };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const problem = wholeFileProblem('策略文件的内容应为 JSON 对象 { ... }', 'the policy file must hold a JSON object { ... }');
    return { report: { path, state: 'invalid', problems: [problem] }, applied: noPolicy };
  }
  const problems: PolicyProblem[] = [];
  const values: Partial<Record<SettingKey, SettingValue>> = {};
  const locked = new Set<SettingKey>();
  const shape: Record<string, { safeParse(value: unknown): { success: boolean } }> = PolicySchema.shape;
  for (const [key, value] of Object.entries(data)) {
    const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (!field) {
      problems.push(unknownKeyProblem(key, policyKeys));
    } else if (key === 'locked') {
      readLocks(value, locked, problems);
    } else if (!field.safeParse(value).success) {
      problems.push(badValueProblem(key, value));
    } else {
      const settingKey = SettingKey.safeParse(key);
      // $comment is the only valid key that is not a setting; it only documents the file.
      if (settingKey.success) values[settingKey.data] = value as SettingValue;
    }
  }
  return { report: { path, state: problems.length > 0 ? 'invalid' : 'ok', problems }, applied: { values, locked } };
}

/** Each entry of `locked` on its own: one misspelt name does not unlock the others. */
function readLocks(value: unknown, locked: Set<SettingKey>, problems: PolicyProblem[]): void {
  if (!Array.isArray(value)) {
    problems.push(badValueProblem('locked', value));
    return;
  }
  for (const entry of value) {
    const key = SettingKey.safeParse(entry);
    if (key.success) locked.add(key.data);
    else problems.push(unknownLockProblem(entry, settingKeys));
  }
}

/** Reads the policy file; absent means no policy (the usual case on a home PC). */
export function readPolicy(path: string): PolicyReading {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { report: { path, state: 'absent', problems: [] }, applied: noPolicy };
    const problem = wholeFileProblem(`无法读取策略文件（${code ?? 'error'}）`, `the policy file cannot be read (${code ?? 'error'})`);
    return { report: { path, state: 'invalid', problems: [problem] }, applied: noPolicy };
  }
  return checkPolicyText(path, raw);
}

/** The start-up log line for each problem (the renderer shows them too). */
export function policyWarnings(report: PolicyReport): string[] {
  return report.problems.map((problem) => `策略文件 / policy file ${report.path}: ${problem.messageZh} / ${problem.messageEn}`);
}
