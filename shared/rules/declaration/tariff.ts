import type { DeclarationDraft } from '../../model/declaration';
import { present, type Rule } from '../engine';

const digits = (code: string) => code.replace(/[.\s]/g, '');

export const hsCodeRule: Rule<DeclarationDraft> = {
  id: 'DEC-I-010',
  severity: 'error',
  titleZh: '商品编号为 10 位数字，前 6 位为 HS 2022 子目',
  titleEn: 'Commodity code: 10 digits whose first six are an HS 2022 subheading',
  *check(doc, ctx) {
    for (const [index, item] of (doc.items ?? []).entries()) {
      if (!present(item.codeTs)) continue;
      const code = digits(item.codeTs);
      const path = `items.${index}.codeTs`;
      if (!/^\d{10}$/.test(code)) {
        yield { path, messageZh: `第 ${index + 1} 项商品编号「${item.codeTs}」应为 10 位数字。`, messageEn: `Item ${index + 1}: commodity code "${item.codeTs}" must have 10 digits.` };
        continue;
      }
      if (ctx.refs.isHsSubheading(code.slice(0, 6)) === false) {
        yield {
          path,
          messageZh: `第 ${index + 1} 项商品编号 ${code} 的前 6 位 ${code.slice(0, 6)} 不是 HS 2022 子目。`,
          messageEn: `Item ${index + 1}: the first six digits ${code.slice(0, 6)} of ${code} are not an HS 2022 subheading.`,
        };
      } else if (!ctx.refs.tariffLine(code)) {
        yield {
          path,
          severity: 'warning',
          messageZh: `第 ${index + 1} 项商品编号 ${code} 未收录在本机税则库中，无法核对法定单位和申报要素，请人工核对。`,
          messageEn: `Item ${index + 1}: ${code} is not in the local tariff, so legal units and declaration elements cannot be checked; check them by hand.`,
        };
      }
    }
  },
};

export const legalUnitsRule: Rule<DeclarationDraft> = {
  id: 'DEC-I-011',
  severity: 'error',
  titleZh: '法定计量单位与税则一致；有第二单位时才填第二数量',
  titleEn: 'Legal units as in the tariff; a second quantity exactly when the tariff has a second unit',
  *check(doc, ctx) {
    for (const [index, item] of (doc.items ?? []).entries()) {
      if (!present(item.codeTs)) continue;
      const line = ctx.refs.tariffLine(digits(item.codeTs));
      if (!line) continue;
      const n = index + 1;
      if (present(item.firstUnit) && item.firstUnit !== line.firstUnit) {
        yield {
          path: `items.${index}.firstUnit`,
          messageZh: `第 ${n} 项法定第一单位应为 ${line.firstUnit}（税则 ${line.code}），现为 ${item.firstUnit}。`,
          messageEn: `Item ${n}: the first legal unit must be ${line.firstUnit} (tariff ${line.code}), not ${item.firstUnit}.`,
        };
      }
      if (line.secondUnit) {
        if (present(item.secondUnit) && item.secondUnit !== line.secondUnit) {
          yield {
            path: `items.${index}.secondUnit`,
            messageZh: `第 ${n} 项法定第二单位应为 ${line.secondUnit}（税则 ${line.code}），现为 ${item.secondUnit}。`,
            messageEn: `Item ${n}: the second legal unit must be ${line.secondUnit} (tariff ${line.code}), not ${item.secondUnit}.`,
          };
        }
        if (ctx.phase === 'declare' && !present(item.secondQty)) {
          yield {
            path: `items.${index}.secondQty`,
            messageZh: `第 ${n} 项的税则 ${line.code} 有第二法定单位，须填写法定第二数量。`,
            messageEn: `Item ${n}: tariff ${line.code} has a second legal unit, so the second legal quantity is required.`,
          };
        }
      } else if (present(item.secondQty) || present(item.secondUnit)) {
        yield {
          path: `items.${index}.secondQty`,
          messageZh: `第 ${n} 项的税则 ${line.code} 没有第二法定单位，不应填写法定第二数量/单位。`,
          messageEn: `Item ${n}: tariff ${line.code} has no second legal unit; leave the second legal quantity and unit empty.`,
        };
      }
    }
  },
};
