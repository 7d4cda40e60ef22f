import type { RejectedRow } from '../../../shared/import/schema';
import { decimal, PRICE_SCALE, TOTAL_SCALE } from '../../../shared/model/decimal';
import { reject, type ReadRow, type RowContext } from './read-row';

export interface Priced {
  quantity?: string;
  unitPrice?: string;
  amount?: string;
}

/**
 * Quantity, unit price and amount of an invoice line or declaration item. When all three are
 * printed they must agree to the cent; when one is missing it is computed from the other two
 * (amount to 2 places, unit price to 4, the scales of the declaration).
 */
export function priced(r: ReadRow, ctx: RowContext, out: RejectedRow[]): Priced {
  const { quantity, unitPrice, amount } = r.values;
  const result: Priced = {};
  if (quantity !== undefined) result.quantity = quantity;
  if (unitPrice !== undefined) result.unitPrice = unitPrice;
  if (amount !== undefined) result.amount = amount;
  if (quantity !== undefined && unitPrice !== undefined && amount !== undefined) {
    const product = decimal(quantity).times(unitPrice);
    if (product.minus(amount).abs().gt('0.01')) {
      out.push(
        reject(
          ctx,
          r.row,
          r.columns.amount ?? null,
          'amount',
          `金额 ${amount} 与数量 ${quantity} × 单价 ${unitPrice}（${product.toDecimalPlaces(TOTAL_SCALE).toFixed()}）不符。`,
          `Amount ${amount} disagrees with quantity ${quantity} × unit price ${unitPrice} (${product.toDecimalPlaces(TOTAL_SCALE).toFixed()}).`,
          amount,
        ),
      );
    }
  } else if (quantity !== undefined && unitPrice !== undefined) {
    result.amount = decimal(quantity).times(unitPrice).toDecimalPlaces(TOTAL_SCALE).toFixed();
  } else if (quantity !== undefined && amount !== undefined && !decimal(quantity).isZero()) {
    result.unitPrice = decimal(amount).dividedBy(quantity).toDecimalPlaces(PRICE_SCALE).toFixed();
  }
  return result;
}

/** The description every line needs; rejected when its column is empty on this row. */
export function requireDescription(r: ReadRow, ctx: RowContext, out: RejectedRow[]): void {
  if (r.values.description || r.rejected.some((x) => x.field === 'description')) return;
  const column = [...ctx.mapping].find(([, f]) => f === 'description')?.[0] ?? null;
  out.push(reject(ctx, r.row, column, 'description', '缺少品名。', 'The description is missing.'));
}
