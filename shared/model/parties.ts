import { z } from 'zod';

/**
 * The party library (企业库) and the product library (商品库): first-class records that
 * declarations refer to and copy from. A declaration keeps its own copy of the values it
 * sent (a legal document must not change when the library does) plus the record's id.
 */
const text = (max: number) => z.string().max(max);
const opt = (max: number) => text(max).optional();

/**
 * Customs credit tiers are versioned by the order that defines them (clearance-and-fees.md §5):
 * Order 251 (2021-11-01): 高级认证, 常规, 失信. Order 282 (from 2026-04-01): 高级认证, 认证,
 * 常规, 失信, 严重失信. A firm's tier history keeps the regime with the dates.
 */
export const CreditRegime = z.enum(['order-251', 'order-282']);
export const creditTiers = {
  'order-251': ['advanced-certified', 'regular', 'dishonest'],
  'order-282': ['advanced-certified', 'certified', 'regular', 'dishonest', 'seriously-dishonest'],
} as const;
export const CreditTier = z.enum(['advanced-certified', 'certified', 'regular', 'dishonest', 'seriously-dishonest']);
export type CreditTier = z.infer<typeof CreditTier>;

export const creditTierNames: Record<CreditTier, { zh: string; en: string }> = {
  'advanced-certified': { zh: '高级认证企业', en: 'Advanced certified (AEO)' },
  certified: { zh: '认证企业', en: 'Certified (AEO)' },
  regular: { zh: '常规管理企业', en: 'Regular' },
  dishonest: { zh: '失信企业', en: 'Dishonest' },
  'seriously-dishonest': { zh: '严重失信企业', en: 'Seriously dishonest' },
};

export const CreditTierPeriodSchema = z.object({
  regime: CreditRegime,
  tier: CreditTier,
  from: z.iso.date(),
  to: z.iso.date().optional(),
});

export const PartyRole = z.enum(['domestic-trader', 'owner', 'declarant', 'overseas', 'carrier', 'charging-party']);

export const PartySchema = z.object({
  nameZh: opt(150),
  nameEn: opt(400),
  /** 18-character unified social credit code (统一社会信用代码). */
  uscc: opt(18),
  /** 10-character customs registration code (海关编码). */
  customsCode: opt(10),
  ciqCode: opt(10),
  /** Overseas parties: AEO code or 'NO'. */
  overseasCode: opt(50),
  country: opt(3),
  roles: z.array(PartyRole).optional(),
  creditTiers: z.array(CreditTierPeriodSchema).optional(),
  addressZh: opt(400),
  addressEn: opt(400),
  contact: opt(100),
  phone: opt(50),
  note: opt(500),
});
export type Party = z.infer<typeof PartySchema>;

export const ProductSchema = z.object({
  partNo: opt(50),
  nameZh: opt(255),
  nameEn: opt(400),
  codeTs: opt(10),
  ciqCode: opt(20),
  /** The declaration elements as the broker last declared them, |-joined (GModel). */
  gModel: opt(255),
  gUnit: opt(3),
  firstUnit: opt(3),
  secondUnit: opt(3),
  originCountry: opt(3),
  declPrice: opt(25),
  tradeCurr: opt(3),
  note: opt(500),
});
export type Product = z.infer<typeof ProductSchema>;

/** The tier in force on a date, or null when the history does not cover it. */
export function creditTierOn(periods: readonly z.infer<typeof CreditTierPeriodSchema>[], date: string): CreditTier | null {
  const match = periods
    .filter((p) => p.from <= date && (p.to === undefined || date <= p.to))
    .sort((a, b) => (a.from < b.from ? 1 : -1))[0];
  return match?.tier ?? null;
}
