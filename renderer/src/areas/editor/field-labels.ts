import type { DeclarationHead, DeclarationItem } from '../../../../shared/model/declaration';
import { headLabel, itemLabels, type Label } from '../../../../shared/model/field-labels';
import { headTags, headTailTags, itemTags } from '../../../../shared/messages/dec-message-tags';
import type { HeadField } from './declaration-head';

/**
 * Field names come from shared/model/field-labels.ts (the words the official form prints, the
 * same ones the rules use in their messages), in the language the UI shows.
 */
export function pickLabel(label: Label, language: string): string {
  return language.startsWith('zh') ? label.zh : label.en;
}

/**
 * Shorter English for the parties' identifiers: the shared names all begin "Domestic
 * consignee/consignor …", too long for a dense grid and read as the party itself by screen readers.
 */
const formLabels: Partial<Record<HeadField, Label>> = {
  tradeCode: { zh: '境内收发货人海关代码', en: 'Consignee/consignor customs code' },
  tradeCoScc: { zh: '境内收发货人统一社会信用代码', en: 'Consignee/consignor USCC' },
  tradeCiqCode: { zh: '境内收发货人检验检疫编码', en: 'Consignee/consignor CIQ code' },
  ownerCode: { zh: '消费使用/生产销售单位海关代码', en: 'Consumer/producer customs code' },
  agentCode: { zh: '申报单位海关代码', en: 'Declarant customs code' },
};

/** 境内收发货人 reads 收货人 on an import and 发货人 on an export. */
export function fieldLabel(field: HeadField, head: DeclarationHead, language: string): string {
  return pickLabel(formLabels[field] ?? headLabel(field, head.ieFlag), language);
}

export function itemFieldLabel(field: keyof DeclarationItem, language: string): string {
  const label = itemLabels[field];
  return label ? pickLabel(label, language) : field;
}

const headTagOf = new Map<string, string>([...headTags, ...headTailTags].flatMap(([tag, key]) => (key ? [[key, tag] as const] : [])));
const itemTagOf = new Map<string, string>(itemTags.flatMap(([tag, key]) => (key ? [[key, tag] as const] : [])));

/** The DecMessage XML tag, for the label tooltip; the overseas party's tag depends on the direction. */
export function headXmlTag(field: HeadField, head: DeclarationHead): string {
  const overseas = { overseasCode: 'Code', overseasNameZh: 'Cname', overseasNameEn: 'Ename', overseasAddr: 'Addr' } as const;
  if (field in overseas) {
    const suffix = overseas[field as keyof typeof overseas];
    return `${head.ieFlag === 'E' ? 'OverseasConsignee' : 'OverseasConsignor'}${suffix}`;
  }
  return headTagOf.get(field) ?? field;
}

export function itemXmlTag(field: keyof DeclarationItem): string {
  if (field === 'gNo') return 'GNo';
  return itemTagOf.get(field) ?? field;
}
