import type { DeclarationDraft } from '../model/declaration';
import { runRules, type Finding, type Rule, type RuleContext } from './engine';
import { headRequiredRules } from './declaration/head-required';
import {
  billNumberRule,
  customsCodeRule,
  dateRule,
  headLengthRule,
  netNotAboveGrossRule,
  packagesRule,
  usccRule,
  weightRule,
} from './declaration/head-format';
import { containerTypeRule, headCodesRule, itemCodesRule } from './declaration/code-membership';
import { freightInsuranceRule } from './declaration/freight-insurance';
import {
  itemCountRule,
  itemLengthRule,
  itemNumberingRule,
  itemNumbersRule,
  itemRequiredRule,
  itemTotalRule,
  sameUnitRule,
} from './declaration/items';
import { hsCodeRule, legalUnitsRule } from './declaration/tariff';
import { brandAndPreferenceRule, gModelLengthRule, requiredElementsRule } from './declaration/elements';
import { containerGoodsRule, containerNumberRule } from './declaration/containers';
import { packingListRules } from './packing-list';
import { crossDocumentRules, type DeclarationBundle } from './cross-document';

export const declarationRules: Rule<DeclarationDraft>[] = [
  ...headRequiredRules,
  headLengthRule,
  usccRule,
  customsCodeRule,
  billNumberRule,
  dateRule,
  weightRule,
  netNotAboveGrossRule,
  packagesRule,
  freightInsuranceRule,
  headCodesRule,
  itemCountRule,
  itemNumberingRule,
  itemRequiredRule,
  itemLengthRule,
  itemNumbersRule,
  itemTotalRule,
  sameUnitRule,
  hsCodeRule,
  legalUnitsRule,
  gModelLengthRule,
  requiredElementsRule,
  brandAndPreferenceRule,
  itemCodesRule,
  containerNumberRule,
  containerGoodsRule,
  containerTypeRule,
];

export { packingListRules, crossDocumentRules };
export type { DeclarationBundle };

export interface BundleFindings {
  declaration: Finding[];
  /** One array per packing list, in the bundle's order; paths are within that list. */
  packingLists: Finding[][];
  crossDocument: Finding[];
}

/** Everything that can be said about a declaration and its packing lists, in one pass. */
export function validateBundle(bundle: DeclarationBundle, ctx: RuleContext): BundleFindings {
  return {
    declaration: runRules(declarationRules, bundle.declaration, ctx),
    packingLists: bundle.packingLists.map((list) => runRules(packingListRules, list, ctx)),
    crossDocument: runRules(crossDocumentRules, bundle, ctx),
  };
}

export interface RuleDescription {
  id: string;
  severity: 'error' | 'warning';
  titleZh: string;
  titleEn: string;
  unconfirmed: boolean;
}

/** The catalogue of every rule, for the help screen, the CLI and the note. */
export function ruleCatalogue(): RuleDescription[] {
  const all: Rule<never>[] = [...declarationRules, ...packingListRules, ...crossDocumentRules] as Rule<never>[];
  return all.map((r) => ({ id: r.id, severity: r.severity, titleZh: r.titleZh, titleEn: r.titleEn, unconfirmed: r.unconfirmed ?? false }));
}

export { runRules };
export type { Finding, RuleContext };
