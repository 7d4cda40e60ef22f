import { z } from 'zod';

/**
 * The merged customs-and-inspection goods declaration (关检融合报关单) as the editor holds it.
 *
 * A draft may be incomplete, so every field is optional and every value is a string (numbers
 * and dates included): completeness and formats are the job of the rules (shared/rules), not of
 * storage. Lengths are the limits of spec/customs-declaration.md, so that nothing is stored that
 * could never be sent. Field names are the DecMessage XML tags in camelCase, so the mapping to
 * the message stays mechanical — except where the meaning depends on the direction, which the
 * model keeps direction-free and the serializer maps:
 *   - `overseas*`: the overseas consignor on import (OverseasConsignor*) and the overseas
 *     consignee on export (OverseasConsignee*);
 *   - item `originCountry` / `destinationCountry` mean what they say; the export tag swap of the
 *     spec (§2 quirk) happens in shared/messages.
 */
export const Direction = z.enum(['I', 'E']);
export type Direction = z.infer<typeof Direction>;

const text = (max: number) => z.string().max(max);
const opt = (max: number) => text(max).optional();

export const DeclarationHeadSchema = z.object({
  ieFlag: Direction.optional(),
  seqNo: opt(18),
  entryId: opt(18),
  preEntryId: opt(9),
  type: opt(6),
  entryType: opt(1),
  ediId: opt(1),
  declTrnRel: opt(1),
  customMaster: opt(4),
  iePort: opt(4),
  purpOrgCode: opt(4),
  ieDate: opt(8),
  dDate: opt(8),
  despDate: opt(8),
  cmplDschrgDt: opt(8),
  // Domestic consignee (import) / consignor (export): the same tags both ways.
  tradeCode: opt(18),
  tradeCoScc: opt(18),
  tradeCiqCode: opt(10),
  tradeName: opt(100),
  domesticConsigneeEname: opt(400),
  // Consumer (import) / producer-seller (export).
  ownerCode: opt(18),
  ownerCodeScc: opt(18),
  ownerCiqCode: opt(10),
  ownerName: opt(100),
  // Declarant (申报单位) and input unit (录入单位).
  agentCode: opt(10),
  agentCodeScc: opt(18),
  declCiqCode: opt(10),
  agentName: opt(100),
  copCode: opt(10),
  copCodeScc: opt(18),
  copName: opt(70),
  declareName: opt(50),
  inputerName: opt(32),
  typistNo: opt(30),
  partenerId: opt(20),
  // Overseas party: consignor on import, consignee on export (see the note above).
  overseasCode: opt(50),
  overseasNameZh: opt(150),
  overseasNameEn: opt(400),
  overseasAddr: opt(100),
  // Transport.
  trafMode: opt(1),
  trafName: opt(50),
  billNo: opt(32),
  blNo: opt(50),
  // Trade.
  tradeMode: opt(4),
  cutMode: opt(3),
  licenseNo: opt(20),
  manualNo: opt(12),
  apprNo: opt(32),
  contrNo: opt(32),
  tradeCountry: opt(3),
  tradeAreaCode: opt(3),
  distinatePort: opt(6),
  despPortCode: opt(8),
  entyPortCode: opt(8),
  goodsPlace: opt(100),
  transMode: opt(1),
  feeMark: opt(1),
  feeRate: opt(25),
  feeCurr: opt(3),
  insurMark: opt(1),
  insurRate: opt(25),
  insurCurr: opt(3),
  otherMark: opt(1),
  otherRate: opt(25),
  otherCurr: opt(3),
  // Packages and weights.
  packNo: opt(9),
  wrapType: opt(2),
  noOtherPack: opt(1),
  grossWet: opt(25),
  netWt: opt(25),
  // Flags and free text.
  promiseItmes: opt(32),
  businessItems: opt(5),
  specDeclFlag: opt(10),
  dataSource: opt(5),
  chkSurety: opt(1),
  billType: opt(1),
  checkFlow: opt(1),
  taxAaminMark: opt(1),
  origBoxFlag: opt(1),
  correlationNo: opt(500),
  correlationReasonFlag: opt(2),
  markNo: opt(400),
  noteS: opt(255),
  ediRemark: opt(128),
  ediRemark2: opt(128),
});
export type DeclarationHead = z.infer<typeof DeclarationHeadSchema>;

export const GoodsLimitSchema = z.object({
  goodsNo: opt(9),
  licTypeCode: opt(5),
  licenceNo: opt(40),
  licWrtofDetailNo: opt(20),
  licWrtofQty: opt(25),
  licWrtofQtyUnit: opt(3),
});

/** One goods item (DecList). */
export const DeclarationItemSchema = z.object({
  gNo: z.number().int().positive(),
  codeTs: opt(10),
  ciqCode: opt(20),
  contrItem: opt(19),
  gName: opt(255),
  gModel: opt(255),
  gQty: opt(25),
  gUnit: opt(3),
  firstQty: opt(25),
  firstUnit: opt(3),
  secondQty: opt(25),
  secondUnit: opt(3),
  factor: opt(15),
  declPrice: opt(25),
  declTotal: opt(25),
  tradeCurr: opt(3),
  originCountry: opt(3),
  destinationCountry: opt(3),
  districtCode: opt(5),
  destCode: opt(8),
  dutyMode: opt(1),
  useTo: opt(2),
  exgNo: opt(30),
  exgVersion: opt(8),
  declGoodsEname: opt(400),
  origPlaceCode: opt(8),
  purpose: opt(4),
  prodValidDt: opt(8),
  prodQgp: opt(20),
  goodsAttr: opt(400),
  stuff: opt(400),
  uncode: opt(20),
  dangName: opt(80),
  dangPackType: opt(1),
  dangPackSpec: opt(24),
  noDangFlag: opt(1),
  engManEntCnm: opt(100),
  mnufctrRegNo: opt(20),
  mnufctrRegName: opt(150),
  goodsSpec: opt(2000),
  goodsModel: opt(2000),
  goodsBrand: opt(2000),
  produceDate: opt(2000),
  prodBatchNo: opt(2000),
  rcepOrigPlaceCode: opt(3),
  controlExplainCode: opt(4),
  goodsLimits: z.array(GoodsLimitSchema).optional(),
});
export type DeclarationItem = z.infer<typeof DeclarationItemSchema>;

export const ContainerSchema = z.object({
  containerId: opt(32),
  containerMd: opt(32),
  /** Item numbers in the container, e.g. "1,3". */
  goodsNo: opt(255),
  lclFlag: opt(1),
  goodsContaWt: opt(25),
  containerWt: opt(25),
});
export type DeclarationContainer = z.infer<typeof ContainerSchema>;

export const LicenceSchema = z.object({ docuCode: opt(1), certCode: opt(32) });
export const RequestCertSchema = z.object({ appCertCode: opt(50), applOri: opt(3), applCopyQuan: opt(3) });
export const OtherPackSchema = z.object({ packQty: opt(25), packType: opt(2) });
export const CopLimitSchema = z.object({ entQualifNo: opt(40), entQualifTypeCode: opt(5) });
export const DecUserSchema = z.object({ useOrgPersonCode: opt(20), useOrgPersonTel: opt(20) });
export const CopPromiseSchema = z.object({ declaratioMaterialCode: opt(10) });
export const EcoRelationSchema = z.object({
  certType: opt(3),
  decGNo: opt(9),
  ecoCertNo: opt(64),
  ecoGNo: opt(9),
  extendFiled: opt(255),
});

export const AttachedDocumentSchema = z.object({
  edocId: opt(64),
  edocCode: opt(8),
  edocFomatType: opt(2),
  opNote: opt(255),
  edocCopId: opt(64),
  edocOwnerCode: opt(10),
  signUnit: opt(10),
  signTime: opt(17),
  edocOwnerName: opt(100),
  edocSize: opt(12),
  gNoStr: opt(150),
  /** The local document (e.g. the packing list) this attachment is rendered from. */
  sourceDocumentId: opt(64),
});
export type AttachedDocument = z.infer<typeof AttachedDocumentSchema>;

export const FreeTextSchema = z.object({
  relId: opt(18),
  relManNo: opt(12),
  bonNo: opt(32),
  voyNo: opt(32),
  decBpNo: opt(32),
  cusFie: opt(8),
  decNo: opt(13),
});

export const TpAccessSchema = z.object({
  transitionApply: opt(1),
  transitionSite: opt(11),
  conditionalLiftoffApply: opt(1),
  portDestMergeCheckApply: opt(1),
});

export const MarkImageSchema = z.object({
  attachName: opt(80),
  attachType: opt(8),
  /** base64; at most 1 MB decoded per the spec. */
  attachment: z.string().max(1_400_000).optional(),
});

export const DeclarationDraftSchema = z.object({
  head: DeclarationHeadSchema,
  items: z.array(DeclarationItemSchema).optional(),
  containers: z.array(ContainerSchema).optional(),
  licences: z.array(LicenceSchema).optional(),
  requestCerts: z.array(RequestCertSchema).optional(),
  otherPacks: z.array(OtherPackSchema).optional(),
  copLimits: z.array(CopLimitSchema).optional(),
  users: z.array(DecUserSchema).optional(),
  copPromises: z.array(CopPromiseSchema).optional(),
  freeText: FreeTextSchema.optional(),
  tpAccess: TpAccessSchema.optional(),
  attachedDocuments: z.array(AttachedDocumentSchema).optional(),
  ecoRelations: z.array(EcoRelationSchema).optional(),
  markImage: MarkImageSchema.optional(),
  /** Local link to the packing list(s) this declaration is checked against (X- rules). */
  packingListIds: z.array(z.string().max(64)).optional(),
});
export type DeclarationDraft = z.infer<typeof DeclarationDraftSchema>;

/**
 * A new draft: the direction, plus the values every ordinary paperless declaration carries
 * (not a transit declaration, EDI flag 1 = ordinary, entry type M = paperless), so the broker
 * is not asked for them.
 */
export function emptyDeclaration(direction: Direction = 'I'): DeclarationDraft {
  return { head: { ieFlag: direction, declTrnRel: '0', ediId: '1', entryType: 'M' } };
}

/**
 * The list shows this title; it is derived from the body at save, never typed separately.
 * Empty when nothing identifying has been entered yet: the UI then shows "untitled" in the
 * user's language, so no language is baked into stored data.
 */
export function declarationTitle(draft: DeclarationDraft): string {
  const h = draft.head;
  return [h.tradeName?.trim(), h.billNo?.trim()].filter((p): p is string => Boolean(p)).join(' · ');
}
