/** A decimal string as a person reads money: thousands grouped, two places ("1,250.00"). Exact: no float. */
export function formatMoney(amount: string): string {
  const [whole = '0', fraction = ''] = amount.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${grouped}.${fraction.padEnd(2, '0').slice(0, Math.max(2, fraction.length))}`;
}

/** "CNY 1,250.00" */
export function formatAmount(amount: string, currency: string): string {
  return `${currency} ${formatMoney(amount)}`;
}
