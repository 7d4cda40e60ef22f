import { useTranslation } from 'react-i18next';
import { ContainerSize, ContainerType, FeeConditionsSchema, FeeUnit, PricingRegime, type FeeConditions, type FeeItem } from '../../../../shared/model/fees';
import type { AppErrorValue } from '../../../../shared/ipc/errors';
import { fieldMessage } from './field-message';
import { withCondition, withDate } from './list-draft';

interface Props {
  index: number;
  item: FeeItem;
  includes: string;
  /** The field the backend named (items.N.rate ...), to mark and explain. */
  errorField: string | null;
  error: AppErrorValue | null;
  onChange(item: FeeItem): void;
  onIncludes(text: string): void;
  onRemove(): void;
}

const conditionOptions = {
  direction: FeeConditionsSchema.shape.direction.unwrap().options,
  load: FeeConditionsSchema.shape.load.unwrap().options,
  trade: FeeConditionsSchema.shape.trade.unwrap().options,
  containerSize: ContainerSize.options,
  containerType: ContainerType.options,
} as const;

const conditionLabels = { direction: 'fees.directions', load: 'fees.loads', trade: 'fees.trades', containerSize: null, containerType: 'fees.containerTypes' } as const;
const conditionHeaders = { direction: 'fees.editor.direction', load: 'fees.editor.load', trade: 'fees.editor.trade', containerSize: 'fees.editor.size', containerType: 'fees.editor.type' } as const;
type ConditionKey = keyof typeof conditionOptions;
const conditionKeys = Object.keys(conditionOptions) as ConditionKey[];

/** One item of a fee list as editable cells: names, regime, unit, rate, conditions, includes, dates. */
export function ListItemRow({ index, item, includes, errorField, error, onChange, onIncludes, onRemove }: Props) {
  const { t, i18n } = useTranslation();
  const n = index + 1;
  const field = (name: string) => errorField === `items.${index}.${name}` || errorField?.startsWith(`items.${index}.${name}.`) === true;
  const errorAt = (name: string, label: string) =>
    field(name) && error ? (
      <span className="field-error" role="alert">
        {fieldMessage(error, t('fees.editor.itemField', { n, field: label }), i18n.language === 'en')}
      </span>
    ) : null;
  const text = (name: 'code' | 'nameZh' | 'nameEn' | 'rate' | 'currency', label: string) => (
    <td>
      <input aria-label={`${label} ${n}`} value={item[name]} aria-invalid={field(name)} className={`fee-cell-${name}`} onChange={(e) => onChange({ ...item, [name]: e.target.value })} />
      {errorAt(name, label)}
    </td>
  );
  const setCondition = (key: ConditionKey, value: string) => {
    const parsed = FeeConditionsSchema.shape[key].safeParse(value || undefined);
    onChange({ ...item, conditions: withCondition<ConditionKey>(item.conditions, key, parsed.success ? (parsed.data as FeeConditions[ConditionKey]) : undefined) });
  };
  return (
    <tr data-item={index}>
      {text('code', t('fees.editor.code'))}
      {text('nameZh', t('fees.editor.nameZh'))}
      {text('nameEn', t('fees.editor.nameEn'))}
      <td>
        <select aria-label={`${t('fees.editor.regime')} ${n}`} value={item.regime} onChange={(e) => onChange({ ...item, regime: PricingRegime.parse(e.target.value) })}>
          {PricingRegime.options.map((r) => (
            <option key={r} value={r}>
              {t(`fees.regimes.${r}`)}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select aria-label={`${t('fees.editor.unit')} ${n}`} value={item.unit} onChange={(e) => onChange({ ...item, unit: FeeUnit.parse(e.target.value) })}>
          {FeeUnit.options.map((u) => (
            <option key={u} value={u}>
              {t(`fees.units.${u}`)}
            </option>
          ))}
        </select>
      </td>
      {text('rate', t('fees.editor.rate'))}
      {text('currency', t('fees.editor.currency'))}
      {conditionKeys.map((key) => {
        const labels = conditionLabels[key];
        return (
          <td key={key}>
            <select aria-label={`${t(conditionHeaders[key])} ${n}`} value={item.conditions[key] ?? ''} onChange={(e) => setCondition(key, e.target.value)}>
              <option value="">{t('fees.editor.any')}</option>
              {conditionOptions[key].map((o) => (
                <option key={o} value={o}>
                  {labels ? t(`${labels}.${o}` as 'fees.loads.full') : o}
                </option>
              ))}
            </select>
          </td>
        );
      })}
      <td>
        <input aria-label={`${t('fees.editor.includes')} ${n}`} value={includes} aria-invalid={field('includes')} onChange={(e) => onIncludes(e.target.value)} />
        {errorAt('includes', t('fees.editor.includes'))}
      </td>
      <td>
        <input type="date" aria-label={`${t('fees.editor.validFrom')} ${n}`} value={item.validFrom ?? ''} onChange={(e) => onChange(withDate(item, 'validFrom', e.target.value))} />
      </td>
      <td>
        <input type="date" aria-label={`${t('fees.editor.validTo')} ${n}`} value={item.validTo ?? ''} aria-invalid={field('validTo')} onChange={(e) => onChange(withDate(item, 'validTo', e.target.value))} />
        {errorAt('validTo', t('fees.editor.validTo'))}
      </td>
      <td>
        <button type="button" className="link-button" aria-label={t('fees.editor.removeItem', { n })} onClick={onRemove}>
          ×
        </button>
      </td>
    </tr>
  );
}
