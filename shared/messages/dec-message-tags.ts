import type {
  AttachedDocument,
  DeclarationContainer,
  DeclarationHead,
  DeclarationItem,
  DeclarationDraft,
} from '../model/declaration';

/**
 * The DecMessage tags, in the order the spec gives them, each paired with its model field.
 * The spellings are the real ones, typos included (PartenerID, PromiseItmes, TaxAaminMark,
 * DistinatePort, GrossWet, EdocRealation, EdocFomatType, DeclaratioMaterialCode).
 */
export type TagMap<T> = readonly (readonly [tag: string, key: (keyof T & string) | null])[];

/**
 * DecHead except the overseas-party tags, which depend on the direction (see dec-message.ts).
 * A null key is a tag that is always written empty.
 */
export const headTags: TagMap<DeclarationHead> = [
  ['SeqNo', 'seqNo'],
  ['IEFlag', 'ieFlag'],
  ['Type', 'type'],
  ['AgentCode', 'agentCode'],
  ['AgentName', 'agentName'],
  ['AgentCodeScc', 'agentCodeScc'],
  ['ApprNo', 'apprNo'],
  ['BillNo', 'billNo'],
  ['ContrNo', 'contrNo'],
  ['CopCode', 'copCode'],
  ['CopName', 'copName'],
  ['CopCodeScc', 'copCodeScc'],
  ['CustomMaster', 'customMaster'],
  ['CutMode', 'cutMode'],
  ['DataSource', 'dataSource'],
  ['DeclTrnRel', 'declTrnRel'],
  ['DistinatePort', 'distinatePort'],
  ['EdiId', 'ediId'],
  ['EntryId', 'entryId'],
  ['EntryType', 'entryType'],
  ['FeeMark', 'feeMark'],
  ['FeeRate', 'feeRate'],
  ['FeeCurr', 'feeCurr'],
  ['InsurMark', 'insurMark'],
  ['InsurRate', 'insurRate'],
  ['InsurCurr', 'insurCurr'],
  ['OtherMark', 'otherMark'],
  ['OtherRate', 'otherRate'],
  ['OtherCurr', 'otherCurr'],
  ['GrossWet', 'grossWet'],
  ['NetWt', 'netWt'],
  ['IEDate', 'ieDate'],
  ['IEPort', 'iePort'],
  ['InputerName', 'inputerName'],
  ['TypistNo', 'typistNo'],
  ['LicenseNo', 'licenseNo'],
  ['ManualNo', 'manualNo'],
  ['NoteS', 'noteS'],
  ['OwnerCode', 'ownerCode'],
  ['OwnerName', 'ownerName'],
  ['OwnerCodeScc', 'ownerCodeScc'],
  ['PackNo', 'packNo'],
  ['PartenerID', 'partenerId'],
  ['PDate', null], // print date: the single window fills it
  ['PreEntryId', 'preEntryId'],
  ['Risk', null], // reserved: send empty (spec §1)
  ['TgdNo', null], // reserved: send empty (spec §1)
  ['TradeCountry', 'tradeCountry'],
  ['TradeAreaCode', 'tradeAreaCode'],
  ['TradeMode', 'tradeMode'],
  ['TradeCode', 'tradeCode'],
  ['TradeName', 'tradeName'],
  ['TradeCoScc', 'tradeCoScc'],
  ['TrafMode', 'trafMode'],
  ['TrafName', 'trafName'],
  ['TransMode', 'transMode'],
  ['WrapType', 'wrapType'],
  ['ChkSurety', 'chkSurety'],
  ['BillType', 'billType'],
  ['PromiseItmes', 'promiseItmes'],
  ['BusinessItems', 'businessItems'],
  ['CheckFlow', 'checkFlow'],
  ['TaxAaminMark', 'taxAaminMark'],
  ['MarkNo', 'markNo'],
  ['DespPortCode', 'despPortCode'],
  ['EntyPortCode', 'entyPortCode'],
  ['GoodsPlace', 'goodsPlace'],
  ['BLNo', 'blNo'],
  ['SpecDeclFlag', 'specDeclFlag'],
  ['PurpOrgCode', 'purpOrgCode'],
  ['DespDate', 'despDate'],
  ['CmplDschrgDt', 'cmplDschrgDt'],
  ['CorrelationNo', 'correlationNo'],
  ['CorrelationReasonFlag', 'correlationReasonFlag'],
  ['OrigBoxFlag', 'origBoxFlag'],
  ['DeclareName', 'declareName'],
  ['NoOtherPack', 'noOtherPack'],
];

/** Tags after the overseas-party block. */
export const headTailTags: TagMap<DeclarationHead> = [
  ['DomesticConsigneeEname', 'domesticConsigneeEname'],
  ['TradeCiqCode', 'tradeCiqCode'],
  ['OwnerCiqCode', 'ownerCiqCode'],
  ['DeclCiqCode', 'declCiqCode'],
  ['EdiRemark', 'ediRemark'],
  ['EdiRemark2', 'ediRemark2'],
];

/**
 * DecList after GNo and the always-empty ClassMark. OriginCountry/DestinationCountry are swapped
 * by the serializer on export (spec §2 quirk); SecondQty/SecondUnit are omitted when empty.
 */
export const itemTags: TagMap<DeclarationItem> = [
  ['CodeTS', 'codeTs'],
  ['CiqCode', 'ciqCode'],
  ['ContrItem', 'contrItem'],
  ['GName', 'gName'],
  ['GModel', 'gModel'],
  ['GQty', 'gQty'],
  ['GUnit', 'gUnit'],
  ['FirstQty', 'firstQty'],
  ['FirstUnit', 'firstUnit'],
  ['SecondQty', 'secondQty'],
  ['SecondUnit', 'secondUnit'],
  ['Factor', 'factor'],
  ['DeclPrice', 'declPrice'],
  ['DeclTotal', 'declTotal'],
  ['TradeCurr', 'tradeCurr'],
  ['OriginCountry', 'originCountry'],
  ['DestinationCountry', 'destinationCountry'],
  ['DistrictCode', 'districtCode'],
  ['DestCode', 'destCode'],
  ['DutyMode', 'dutyMode'],
  ['UseTo', 'useTo'],
  ['ExgNo', 'exgNo'],
  ['ExgVersion', 'exgVersion'],
  ['DeclGoodsEname', 'declGoodsEname'],
  ['OrigPlaceCode', 'origPlaceCode'],
  ['Purpose', 'purpose'],
  ['ProdValidDt', 'prodValidDt'],
  ['ProdQgp', 'prodQgp'],
  ['GoodsAttr', 'goodsAttr'],
  ['Stuff', 'stuff'],
  ['Uncode', 'uncode'],
  ['DangName', 'dangName'],
  ['DangPackType', 'dangPackType'],
  ['DangPackSpec', 'dangPackSpec'],
  ['NoDangFlag', 'noDangFlag'],
  ['EngManEntCnm', 'engManEntCnm'],
  ['MnufctrRegNo', 'mnufctrRegNo'],
  ['MnufctrRegName', 'mnufctrRegName'],
  ['GoodsSpec', 'goodsSpec'],
  ['GoodsModel', 'goodsModel'],
  ['GoodsBrand', 'goodsBrand'],
  ['ProduceDate', 'produceDate'],
  ['ProdBatchNo', 'prodBatchNo'],
  ['RcepOrigPlaceCode', 'rcepOrigPlaceCode'],
  ['ControlExplainCode', 'controlExplainCode'],
];

export const goodsLimitTags = [
  ['GoodsNo', 'goodsNo'],
  ['LicTypeCode', 'licTypeCode'],
  ['LicenceNo', 'licenceNo'],
  ['LicWrtofDetailNo', 'licWrtofDetailNo'],
  ['LicWrtofQty', 'licWrtofQty'],
  ['LicWrtofQtyUnit', 'licWrtofQtyUnit'],
] as const;

export const containerTags: TagMap<DeclarationContainer> = [
  ['ContainerId', 'containerId'],
  ['ContainerMd', 'containerMd'],
  ['GoodsNo', 'goodsNo'],
  ['LclFlag', 'lclFlag'],
  ['GoodsContaWt', 'goodsContaWt'],
  ['ContainerWt', 'containerWt'],
];

type Elem<K extends keyof DeclarationDraft> = NonNullable<DeclarationDraft[K]> extends readonly (infer E)[] ? E : NonNullable<DeclarationDraft[K]>;

/** Wrapped lists: [wrapper, element, model key, tags]. */
export const listBlocks = [
  ['DecLicenseDocus', 'LicenseDocu', 'licences', [['DocuCode', 'docuCode'], ['CertCode', 'certCode']] as TagMap<Elem<'licences'>>],
  ['DecRequestCerts', 'DecRequestCert', 'requestCerts', [['AppCertCode', 'appCertCode'], ['ApplOri', 'applOri'], ['ApplCopyQuan', 'applCopyQuan']] as TagMap<Elem<'requestCerts'>>],
  ['DecOtherPacks', 'DecOtherPack', 'otherPacks', [['PackQty', 'packQty'], ['PackType', 'packType']] as TagMap<Elem<'otherPacks'>>],
  ['DecCopLimits', 'DecCopLimit', 'copLimits', [['EntQualifNo', 'entQualifNo'], ['EntQualifTypeCode', 'entQualifTypeCode']] as TagMap<Elem<'copLimits'>>],
  ['DecUsers', 'DecUser', 'users', [['UseOrgPersonCode', 'useOrgPersonCode'], ['UseOrgPersonTel', 'useOrgPersonTel']] as TagMap<Elem<'users'>>],
] as const;

export const freeTextTags: TagMap<Elem<'freeText'>> = [
  ['RelId', 'relId'],
  ['RelManNo', 'relManNo'],
  ['BonNo', 'bonNo'],
  ['VoyNo', 'voyNo'],
  ['DecBpNo', 'decBpNo'],
  ['CusFie', 'cusFie'],
  ['DecNo', 'decNo'],
];

export const copPromiseTags: TagMap<Elem<'copPromises'>> = [['DeclaratioMaterialCode', 'declaratioMaterialCode']];

export const tpAccessTags: TagMap<Elem<'tpAccess'>> = [
  ['TransitionApply', 'transitionApply'],
  ['TransitionSite', 'transitionSite'],
  ['ConditionalLiftoffApply', 'conditionalLiftoffApply'],
  ['PortDestMergeCheckApply', 'portDestMergeCheckApply'],
];

export const edocTags: TagMap<AttachedDocument> = [
  ['EdocID', 'edocId'],
  ['EdocCode', 'edocCode'],
  ['EdocFomatType', 'edocFomatType'],
  ['OpNote', 'opNote'],
  ['EdocCopId', 'edocCopId'],
  ['EdocOwnerCode', 'edocOwnerCode'],
  ['SignUnit', 'signUnit'],
  ['SignTime', 'signTime'],
  ['EdocOwnerName', 'edocOwnerName'],
  ['EdocSize', 'edocSize'],
  ['GNoStr', 'gNoStr'],
];

export const ecoRelationTags: TagMap<Elem<'ecoRelations'>> = [
  ['CertType', 'certType'],
  ['DecGNo', 'decGNo'],
  ['EcoCertNo', 'ecoCertNo'],
  ['EcoGNo', 'ecoGNo'],
  ['ExtendFiled', 'extendFiled'],
];

export const markImageTags: TagMap<Elem<'markImage'>> = [
  ['AttachName', 'attachName'],
  ['AttachType', 'attachType'],
  ['Attachment', 'attachment'],
];
