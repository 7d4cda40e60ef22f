import type { CodeTableId } from '../../../../../shared/codes/schema';
import type { DeclarationDraft } from '../../../../../shared/model/declaration';

/**
 * The declaration's repeating blocks after the items, in the order of the official form
 * (集装箱, 许可证, 随附单证), then the rarer ones. Each is a list of flat string records in the
 * model (shared/model/declaration.ts); the editor shows each as a small table whose columns
 * follow entry order. The XML tag is the label's tooltip, as for the header.
 */
export type ChildBlockKey = 'containers' | 'licences' | 'attachedDocuments' | 'requestCerts' | 'otherPacks' | 'copLimits' | 'users' | 'copPromises' | 'ecoRelations';

type Row<K extends ChildBlockKey> = NonNullable<DeclarationDraft[K]>[number];
export type ChildField<K extends ChildBlockKey> = Extract<keyof Row<K>, string>;

export type ColumnKind = { kind: 'text'; mono?: boolean } | { kind: 'decimal' } | { kind: 'code'; table: CodeTableId };

export interface ChildColumn<F extends string = string> {
  field: F;
  xmlTag: string;
  input: ColumnKind;
  /** Relative width in the row (CSS fr). */
  width: number;
  /** Upper-case as typed (container numbers). */
  upper?: boolean;
}

export interface ChildBlock {
  key: ChildBlockKey;
  /** The DecMessage element, for the heading's tooltip. */
  xmlTag: string;
  columns: readonly ChildColumn[];
}

const mono = { kind: 'text', mono: true } as const;
const plain = { kind: 'text' } as const;
const dec = { kind: 'decimal' } as const;
const code = (table: CodeTableId) => ({ kind: 'code', table }) as const;

/** Typed per block, so a column can only name a field the model's record has. */
function block<K extends ChildBlockKey>(key: K, xmlTag: string, columns: ChildColumn<ChildField<K>>[]): ChildBlock {
  return { key, xmlTag, columns };
}

export const childBlocks: readonly ChildBlock[] = [
  block('containers', 'DecContainer', [
    { field: 'containerId', xmlTag: 'ContainerId', input: mono, width: 3, upper: true },
    { field: 'containerMd', xmlTag: 'ContainerMd', input: code('container-type'), width: 4 },
    { field: 'goodsNo', xmlTag: 'GoodsNo', input: mono, width: 3 },
    { field: 'goodsContaWt', xmlTag: 'GoodsContaWt', input: dec, width: 2 },
    { field: 'containerWt', xmlTag: 'ContainerWt', input: dec, width: 2 },
    { field: 'lclFlag', xmlTag: 'LclFlag', input: mono, width: 1 },
  ]),
  block('licences', 'LicenseDocu', [
    { field: 'docuCode', xmlTag: 'DocuCode', input: code('licence-document'), width: 5 },
    { field: 'certCode', xmlTag: 'CertCode', input: mono, width: 5 },
  ]),
  block('attachedDocuments', 'EdocRealation', [
    { field: 'edocCode', xmlTag: 'EdocCode', input: code('attached-document'), width: 4 },
    { field: 'edocId', xmlTag: 'EdocID', input: mono, width: 4 },
    { field: 'edocFomatType', xmlTag: 'EdocFomatType', input: mono, width: 1 },
    { field: 'gNoStr', xmlTag: 'GNoStr', input: mono, width: 2 },
    { field: 'opNote', xmlTag: 'OpNote', input: plain, width: 3 },
  ]),
  block('requestCerts', 'DecRequestCert', [
    { field: 'appCertCode', xmlTag: 'AppCertCode', input: mono, width: 3 },
    { field: 'applOri', xmlTag: 'ApplOri', input: dec, width: 2 },
    { field: 'applCopyQuan', xmlTag: 'ApplCopyQuan', input: dec, width: 2 },
  ]),
  block('otherPacks', 'DecOtherPack', [
    { field: 'packType', xmlTag: 'PackType', input: code('package-type'), width: 4 },
    { field: 'packQty', xmlTag: 'PackQty', input: dec, width: 2 },
  ]),
  block('copLimits', 'DecCopLimit', [
    { field: 'entQualifTypeCode', xmlTag: 'EntQualifTypeCode', input: mono, width: 2 },
    { field: 'entQualifNo', xmlTag: 'EntQualifNo', input: mono, width: 4 },
  ]),
  block('users', 'DecUser', [
    { field: 'useOrgPersonCode', xmlTag: 'UseOrgPersonCode', input: mono, width: 3 },
    { field: 'useOrgPersonTel', xmlTag: 'UseOrgPersonTel', input: mono, width: 3 },
  ]),
  block('copPromises', 'DecCopPromise', [{ field: 'declaratioMaterialCode', xmlTag: 'DeclaratioMaterialCode', input: mono, width: 3 }]),
  block('ecoRelations', 'EcoRelation', [
    { field: 'certType', xmlTag: 'CertType', input: mono, width: 1 },
    { field: 'ecoCertNo', xmlTag: 'EcoCertNo', input: mono, width: 4 },
    { field: 'decGNo', xmlTag: 'DecGNo', input: mono, width: 1 },
    { field: 'ecoGNo', xmlTag: 'EcoGNo', input: mono, width: 1 },
    { field: 'extendFiled', xmlTag: 'ExtendFiled', input: plain, width: 3 },
  ]),
];

export const childBlockKeys: readonly ChildBlockKey[] = childBlocks.map((b) => b.key);

export function isChildBlockKey(name: string | undefined): name is ChildBlockKey {
  return name !== undefined && (childBlockKeys as readonly string[]).includes(name);
}

/** The code tables these blocks need, fetched when the editor opens. */
export const childTables: CodeTableId[] = [
  ...new Set(childBlocks.flatMap((b) => b.columns.flatMap((c) => (c.input.kind === 'code' ? [c.input.table] : [])))),
];

export const childFieldId = (key: ChildBlockKey, row: number, field: string) => `child-${key}-${row}-${field}`;
export const childSectionId = (key: ChildBlockKey) => `child-${key}`;
