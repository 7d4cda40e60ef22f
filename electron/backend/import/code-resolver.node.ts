import type { CodeRepository } from '../store/codes.node';
import type { CodeResolver, CodeTable, TariffFacts } from './read-row';

/**
 * Resolves cell text against the profile's code tables: an exact code first ("USD", "CHN",
 * "035"), then a name or alias written out in full ("千克", "KGS", "China", "CN"). Answers are
 * remembered per import: a 10,000-row sheet names the same few units over and over.
 */
export function codeResolver(codes: CodeRepository): CodeResolver {
  const memo = new Map<string, string | null>();
  const tariffMemo = new Map<string, TariffFacts>();
  return {
    tariff(code: string): TariffFacts {
      const known = tariffMemo.get(code);
      if (known) return known;
      const line = codes.tariffGet(code);
      const facts: TariffFacts = {
        hsSubheading: line ? true : codes.isHsSubheading(code.slice(0, 6)),
        line: line ? { firstUnit: line.firstUnit.code, secondUnit: line.secondUnit?.code ?? null } : null,
      };
      tariffMemo.set(code, facts);
      return facts;
    },
    resolve(table: CodeTable, text: string): string | null {
      const key = `${table}\u0000${text}`;
      const known = memo.get(key);
      if (known !== undefined) return known;
      const wanted = text.normalize('NFKC').trim().toLowerCase();
      const same = (s: string | undefined) => s !== undefined && s.normalize('NFKC').trim().toLowerCase() === wanted;
      const exact = codes.lookup(table, text.trim());
      const hit =
        exact ??
        codes.search(table, text, 50).find((h) => same(h.code) || same(h.nameZh) || same(h.nameEn) || (h.aliases ?? []).some(same)) ??
        null;
      memo.set(key, hit?.code ?? null);
      return hit?.code ?? null;
    },
  };
}
