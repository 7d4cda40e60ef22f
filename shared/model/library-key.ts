import type { LibraryBody } from './library';

const norm = (text: string | undefined) => (text ?? '').normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * What makes two library records the same party or product, so that importing a list again
 * updates the records instead of doubling them: a party's USCC, else its customs code, else
 * its name; a product's part no., else its name with its HS code. Null when the record has none.
 */
export function libraryKey(body: LibraryBody): string | null {
  const d = body.data;
  if (body.kind === 'party') {
    const p = body.data;
    if (p.uscc) return `uscc:${p.uscc.toUpperCase()}`;
    if (p.customsCode) return `customs:${p.customsCode.toUpperCase()}`;
    const name = norm(p.nameZh ?? p.nameEn);
    return name ? `name:${name}` : null;
  }
  const p = body.data;
  if (p.partNo) return `part:${norm(p.partNo)}`;
  const name = norm(d.nameZh ?? d.nameEn);
  return name ? `name:${name}|${p.codeTs ?? ''}` : null;
}
