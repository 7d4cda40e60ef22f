import type { DeclarationDraft } from '../../model/declaration';
import { containerNumberProblem } from '../identifiers';
import { present, type Rule } from '../engine';

export const containerNumberRule: Rule<DeclarationDraft> = {
  id: 'DEC-C-001',
  severity: 'error',
  titleZh: '集装箱号符合 ISO 6346（含校验位）',
  titleEn: 'Container numbers follow ISO 6346 (check digit included)',
  *check(doc) {
    const seen = new Map<string, number>();
    for (const [index, container] of (doc.containers ?? []).entries()) {
      const id = container.containerId?.trim().toUpperCase();
      if (!id) continue;
      const path = `containers.${index}.containerId`;
      const problem = containerNumberProblem(id);
      if (problem === 'shape') {
        yield { path, messageZh: `集装箱号「${id}」格式应为 4 个字母 + 7 位数字（如 CSQU3054383）。`, messageEn: `Container number "${id}" must be 4 letters and 7 digits (e.g. CSQU3054383).` };
      } else if (problem === 'check') {
        yield { path, messageZh: `集装箱号「${id}」校验位不正确，请核对。`, messageEn: `Container number "${id}" has a wrong check digit.` };
      }
      const first = seen.get(id);
      if (first !== undefined) {
        yield { path, messageZh: `集装箱号「${id}」重复（与第 ${first + 1} 个相同）。`, messageEn: `Container number "${id}" is listed twice (same as container ${first + 1}).` };
      } else seen.set(id, index);
    }
  },
};

export const containerGoodsRule: Rule<DeclarationDraft> = {
  id: 'DEC-C-002',
  severity: 'error',
  titleZh: '集装箱商品项号须为已有项号',
  titleEn: 'Item numbers in a container must exist',
  *check(doc) {
    const count = doc.items?.length ?? 0;
    for (const [index, container] of (doc.containers ?? []).entries()) {
      if (!present(container.goodsNo)) continue;
      for (const part of container.goodsNo.split(',')) {
        const n = Number(part.trim());
        if (!Number.isInteger(n) || n < 1 || n > count) {
          yield {
            path: `containers.${index}.goodsNo`,
            messageZh: `第 ${index + 1} 个集装箱的商品项号「${part.trim()}」不存在（共 ${count} 项）。`,
            messageEn: `Container ${index + 1}: item number "${part.trim()}" does not exist (${count} items).`,
          };
        }
      }
    }
  },
};
