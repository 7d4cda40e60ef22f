/**
 * Where the n-th signature's stamp goes on a printed declaration or packing list. pdf.render
 * reserves one box ([x1, y1, x2, y2], bottom right of the last page) and keeps the whole strip
 * at that height free of content; the declarant stamps in the box, the reviewer in the same
 * strip just to its left. Pure arithmetic, used by the print preview and the tests.
 */
export interface ReservedBox {
  pageIndex: number;
  rect: readonly [number, number, number, number];
}

export interface StampBox {
  pageIndex: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Space between two stamps side by side, in points. */
export const STAMP_GAP = 12;

/**
 * The stamp box for a signature after `earlier` signatures, or null when the strip has no room
 * left (a third signature on A4): the backend then uses its own default place.
 */
export function stampBoxFor(reserved: ReservedBox, earlier: number): StampBox | null {
  const [x1, y1, x2, y2] = reserved.rect;
  const width = x2 - x1;
  const x = x1 - earlier * (width + STAMP_GAP);
  if (x < 0) return null;
  return { pageIndex: reserved.pageIndex, x, y: y1, width, height: y2 - y1 };
}

/**
 * The reserved box as seen from one part of a split document (pages firstPage..lastPage,
 * 1-based), or null when the box is on a page of another part.
 */
export function reservedBoxInPart(reserved: ReservedBox, firstPage: number, lastPage: number): ReservedBox | null {
  const page = reserved.pageIndex + 1;
  if (page < firstPage || page > lastPage) return null;
  return { pageIndex: page - firstPage, rect: reserved.rect };
}
