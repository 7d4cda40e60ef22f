import type { DeclarationDraft } from '../../model/declaration';
import { splitGModel } from '../../model/declaration-elements';
import { gbkLength } from '../identifiers';
import { ruleParameters } from '../parameters';
import { present, type Rule } from '../engine';

const digits = (code: string) => code.replace(/[.\s]/g, '');

export const gModelLengthRule: Rule<DeclarationDraft> = {
  id: 'DEC-I-030',
  severity: 'error',
  titleZh: `规格型号（申报要素）不超过 ${ruleParameters.gModelBytes.value} 字节`,
  titleEn: `Declaration elements (GModel) within ${ruleParameters.gModelBytes.value} bytes`,
  *check(doc) {
    const max = ruleParameters.gModelBytes.value;
    for (const [index, item] of (doc.items ?? []).entries()) {
      if (!item.gModel) continue;
      const bytes = gbkLength(item.gModel);
      if (bytes > max) {
        yield {
          path: `items.${index}.gModel`,
          messageZh: `第 ${index + 1} 项规格型号为 ${bytes} 字节，超过 ${max} 字节。`,
          messageEn: `Item ${index + 1}: the declaration elements are ${bytes} bytes, over ${max}.`,
        };
      }
    }
  },
};

export const requiredElementsRule: Rule<DeclarationDraft> = {
  id: 'DEC-I-031',
  severity: 'error',
  titleZh: '申报要素齐全（按税则规定的要素及顺序）',
  titleEn: 'All required declaration elements present (in the tariff order)',
  *check(doc, ctx) {
    if (ctx.phase === 'stage') return;
    for (const [index, item] of (doc.items ?? []).entries()) {
      if (!present(item.codeTs)) continue;
      const line = ctx.refs.tariffLine(digits(item.codeTs));
      if (!line) continue;
      const values = splitGModel(item.gModel);
      for (const element of line.elements) {
        if (!element.required || present(values[element.seq - 1])) continue;
        yield {
          path: `items.${index}.gModel`,
          messageZh: `第 ${index + 1} 项缺少申报要素 ${element.seq}「${element.nameZh}」。`,
          messageEn: `Item ${index + 1}: declaration element ${element.seq} "${element.nameEn ?? element.nameZh}" is missing.`,
        };
      }
    }
  },
};

export const brandAndPreferenceRule: Rule<DeclarationDraft> = {
  id: 'DEC-I-032',
  severity: 'error',
  titleZh: '品牌类型（0–4）与出口享惠情况（0–3；进口填 3）',
  titleEn: 'Brand type (0–4) and export preference (0–3; 3 on imports)',
  *check(doc) {
    for (const [index, item] of (doc.items ?? []).entries()) {
      if (!item.gModel) continue;
      const [brand, preference] = splitGModel(item.gModel);
      const path = `items.${index}.gModel`;
      const n = index + 1;
      if (present(brand) && !/^[0-4]$/.test(brand.trim())) {
        yield { path, messageZh: `第 ${n} 项品牌类型「${brand}」应为 0–4。`, messageEn: `Item ${n}: brand type "${brand}" must be 0–4.` };
      }
      if (present(preference) && !/^[0-3]$/.test(preference.trim())) {
        yield { path, messageZh: `第 ${n} 项出口享惠情况「${preference}」应为 0–3。`, messageEn: `Item ${n}: export preference "${preference}" must be 0–3.` };
      } else if (doc.head.ieFlag === 'I' && present(preference) && preference.trim() !== '3') {
        yield {
          path,
          severity: 'warning',
          messageZh: `第 ${n} 项为进口，出口享惠情况通常填 3（不适用于进口报关单）。`,
          messageEn: `Item ${n} is an import: export preference is normally 3 (not applicable to imports).`,
        };
      }
    }
  },
};
