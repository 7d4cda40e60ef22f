import { z } from 'zod';

/**
 * The paperless packing list (装箱单). It has no structured customs schema: it travels as a
 * signed PDF attachment (EdocCode 00000002), and Clearway keeps the data to render that PDF and
 * to cross-check the declaration (spec §8). Numbers are decimal strings, as on the declaration.
 */
const text = (max: number) => z.string().max(max);
const opt = (max: number) => text(max).optional();

export const PackingListHeaderSchema = z.object({
  plNo: opt(50),
  plDate: opt(8),
  invoiceNo: opt(50),
  contractNo: opt(50),
  sellerName: opt(200),
  sellerAddress: opt(400),
  buyerName: opt(200),
  buyerAddress: opt(400),
  vesselVoyage: opt(100),
  billNo: opt(32),
  portOfLoading: opt(100),
  portOfDischarge: opt(100),
  finalDestination: opt(100),
  /** Shipping marks (唛头); also the declaration's MarkNo. */
  marks: opt(2000),
  remarks: opt(2000),
});
export type PackingListHeader = z.infer<typeof PackingListHeaderSchema>;

/** One line of the carton table: a range of identical cartons (e.g. C001-C352). */
export const PackingLineSchema = z.object({
  lineNo: z.number().int().positive(),
  cartonPrefix: opt(10),
  cartonFrom: opt(9),
  cartonTo: opt(9),
  cartons: opt(9),
  piecesPerCarton: opt(12),
  pieceUnit: opt(3),
  description: opt(500),
  hsCode: opt(10),
  /** The declaration item (GNo) this line's goods are declared under. */
  itemGNo: opt(9),
  netPerCarton: opt(25),
  grossPerCarton: opt(25),
  lengthCm: opt(12),
  widthCm: opt(12),
  heightCm: opt(12),
  containerId: opt(32),
});
export type PackingLine = z.infer<typeof PackingLineSchema>;

export const PackingContainerSchema = z.object({
  containerId: opt(32),
  sealNo: opt(128),
  /** ContainerMd code table (e.g. 21 普通标准箱(S), 11 普通2*标准箱(L)). */
  containerType: opt(3),
  tareKg: opt(25),
});
export type PackingContainer = z.infer<typeof PackingContainerSchema>;

/**
 * Totals as printed on the exporter's document. The computed totals come from the lines
 * (shared/model/packing-totals.ts); a difference between the two is a finding, not a silent fix.
 */
export const DeclaredTotalsSchema = z.object({
  cartons: opt(9),
  pieces: opt(12),
  netKg: opt(25),
  grossKg: opt(25),
  cbm: opt(25),
});

export const PackingListSchema = z.object({
  header: PackingListHeaderSchema,
  lines: z.array(PackingLineSchema).optional(),
  containers: z.array(PackingContainerSchema).optional(),
  declaredTotals: DeclaredTotalsSchema.optional(),
  /** The declaration this list belongs to, for the X- rules. */
  declarationId: opt(64),
});
export type PackingList = z.infer<typeof PackingListSchema>;

export function emptyPackingList(): PackingList {
  return { header: {} };
}

export function packingListTitle(list: PackingList): string {
  const h = list.header;
  return [h.plNo?.trim(), h.buyerName?.trim() ?? h.sellerName?.trim()].filter((p): p is string => Boolean(p)).join(' · ');
}
