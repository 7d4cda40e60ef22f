import type { Label } from '../../../../shared/model/field-labels';
import { partyLabels, productLabels } from '../../../../shared/model/library-labels';
import type { LibraryBody, LibraryKind } from '../../../../shared/model/library';

export interface LibraryFieldSpec {
  name: string;
  label: Label;
  /** Columns of the 12-column grid. */
  span: number;
  mono?: boolean;
}

const party = (name: keyof typeof partyLabels, span: number, mono = false): LibraryFieldSpec => ({ name, label: partyLabels[name], span, mono });
const product = (name: keyof typeof productLabels, span: number, mono = false): LibraryFieldSpec => ({ name, label: productLabels[name], span, mono });

/** Form order: what a declaration copies first (names and codes), then the rest. */
export const libraryFields: Record<LibraryKind, readonly LibraryFieldSpec[]> = {
  party: [
    party('nameZh', 6),
    party('nameEn', 6),
    party('uscc', 4, true),
    party('customsCode', 3, true),
    party('ciqCode', 3, true),
    party('country', 2, true),
    party('overseasCode', 4, true),
    party('contact', 4),
    party('phone', 4, true),
    party('addressZh', 6),
    party('addressEn', 6),
    party('note', 12),
  ],
  product: [
    product('partNo', 3, true),
    product('nameZh', 5),
    product('nameEn', 4),
    product('codeTs', 3, true),
    product('ciqCode', 3, true),
    product('originCountry', 3, true),
    product('tradeCurr', 3, true),
    product('gModel', 12),
    product('gUnit', 3, true),
    product('firstUnit', 3, true),
    product('secondUnit', 3, true),
    product('declPrice', 3, true),
    product('note', 12),
  ],
};

export type LibraryValues = Record<string, string>;

/** The form's values of a stored body (roles and credit tiers are kept as they are, not edited here). */
export function valuesOf(body: LibraryBody): LibraryValues {
  const values: LibraryValues = {};
  for (const [key, value] of Object.entries(body.data)) if (typeof value === 'string') values[key] = value;
  return values;
}

/** The body to save: empty fields left out; roles and credit tiers (not edited here) kept from the original. */
export function bodyOf(kind: LibraryKind, values: LibraryValues, original: LibraryBody | null): LibraryBody {
  const strings: Record<string, string> = {};
  for (const spec of libraryFields[kind]) {
    const value = values[spec.name]?.trim() ?? '';
    if (value) strings[spec.name] = value;
  }
  if (kind === 'product') return { kind, data: strings };
  const kept = original?.kind === 'party' ? original.data : {};
  return {
    kind,
    data: { ...strings, ...(kept.roles ? { roles: kept.roles } : {}), ...(kept.creditTiers ? { creditTiers: kept.creditTiers } : {}) },
  };
}
