import { CreditTier, type CreditTier as Tier } from '../../../shared/model/parties';
import { isCompactDate, isCustomsCode, usccProblem, type UsccProblem } from '../../../shared/rules/identifiers';

/**
 * Cell text of the party and product lists brokers keep in Excel: codes written with spaces or
 * in lower case, tiers written out in words, dates in any of the usual shapes. Each reader
 * returns the value or says what is wrong; the caller names the sheet, row and column.
 */

const squashCode = (text: string) => text.normalize('NFKC').toUpperCase().replace(/[\s-]/g, '');

/** USCC upper-cased without spaces, or what is wrong with it (GB 32100-2015). */
export function readUscc(text: string): { value: string } | { problem: UsccProblem } {
  const value = squashCode(text);
  const problem = usccProblem(value);
  return problem ? { problem } : { value };
}

export const usccReasons: Record<UsccProblem, { zh: string; en: string }> = {
  length: { zh: '应为 18 位', en: 'must have 18 characters' },
  characters: { zh: '含有不允许的字符（不使用 I、O、S、V、Z）', en: 'contains a character that is not allowed (I, O, S, V, Z are not used)' },
  check: { zh: '校验码（第 18 位）不正确', en: 'has a wrong check character (the 18th)' },
};

/** A 10-character customs registration code, upper-cased, or null. */
export function readCustomsCode(text: string): string | null {
  const value = squashCode(text);
  return isCustomsCode(value) ? value : null;
}

/** "8471.30.00.00", "8471 3000 00" -> "8471300000" when ten digits, else null. */
export function readTariffCode(text: string): string | null {
  const digits = text.normalize('NFKC').replace(/[\s.-]/g, '');
  return /^\d{10}$/.test(digits) ? digits : null;
}

/**
 * Tier words of the orders brokers have seen (clearance-and-fees.md §5). 一般认证 (abolished in
 * 2021) is not read as today's 认证, and 一般信用 was the old name of 常规.
 */
const TIER_WORDS: [RegExp, Tier][] = [
  [/^(?:aeo)?高级认证(?:企业)?$|^advanced(?:certified)?(?:aeo)?$|^aeoadvanced$/u, 'advanced-certified'],
  [/^(?:aeo)?认证(?:企业)?$|^certified(?:aeo)?$/u, 'certified'],
  [/^常规(?:管理)?(?:企业)?$|^一般信用(?:企业)?$|^一般(?:企业)?$|^regular$|^general$/u, 'regular'],
  [/^严重失信(?:主体|企业)?$|^seriouslydishonest$/u, 'seriously-dishonest'],
  [/^失信(?:企业)?$|^dishonest$/u, 'dishonest'],
];

export function readCreditTier(text: string): Tier | null {
  const t = text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}]/gu, '');
  const direct = CreditTier.safeParse(text.trim());
  if (direct.success) return direct.data;
  return TIER_WORDS.find(([re]) => re.test(t))?.[1] ?? null;
}

/** 2024-03-15, 2024/3/15, 2024.03.15, 2024年3月15日, 20240315 -> "2024-03-15", or null. */
export function readDate(text: string): string | null {
  const t = text.normalize('NFKC').trim();
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return null;
  const compact = `${m[1]}${(m[2] ?? '').padStart(2, '0')}${(m[3] ?? '').padStart(2, '0')}`;
  return isCompactDate(compact) ? `${compact.slice(0, 4)}-${compact.slice(4, 6)}-${compact.slice(6)}` : null;
}
