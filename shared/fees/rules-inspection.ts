import type { InspectionStatus } from '../model/fees';
import type { FeeHit, FeeRule } from './engine';
import { lineLabel, yuan } from './engine';
import { regulationsInForce, severityOf } from './regulations';

const verdicts: Record<Exclude<InspectionStatus, 'problem-found'>, { dispute: boolean; zh: string; en: string }> = {
  'no-problem': { dispute: true, zh: '报关单查验未发现问题，查验服务费不由企业承担', en: 'the inspection of the declaration found no problem, so the enterprise does not pay for inspection handling' },
  'not-inspected': { dispute: true, zh: '报关单未被查验，却收取查验服务费', en: 'the declaration was not inspected, yet inspection handling was charged' },
  unknown: { dispute: false, zh: '报关单查验结果未知，请核对查验是否发现问题', en: 'the inspection result of the declaration is not known; check whether it found a problem' },
};

export const inspectionNoProblemRule: FeeRule = {
  id: 'FEE-007',
  titleZh: '查验未发现问题仍收取查验服务费',
  titleEn: 'Inspection handling charged although the inspection found no problem',
  *check(view, _all, ctx) {
    const code = view.match?.code;
    if (!code) return;
    const { zh, en } = lineLabel(view);
    for (const reg of regulationsInForce(ctx, 'inspection-exempt', view)) {
      const declarationId = view.line.declarationId;
      if (!declarationId) {
        yield {
          severity: 'review',
          atStake: view.amount,
          messageZh: `${zh}：未关联报关单，无法判断查验是否发现问题；${yuan(view.amount)} 元待核。`,
          messageEn: `${en}: no declaration is linked, so whether the inspection found a problem is unknown; ${yuan(view.amount)} to check.`,
          sources: reg.sources,
        };
        continue;
      }
      const status = ctx.inspections[declarationId] ?? 'unknown';
      if (status === 'problem-found') continue;
      const verdict = verdicts[status];
      const name = ctx.declarationTitles?.[declarationId] ?? declarationId;
      const hit: FeeHit = {
        severity: verdict.dispute ? severityOf(reg) : 'review',
        atStake: view.amount,
        messageZh: `${zh}：${verdict.zh}（报关单 ${name}），涉及 ${yuan(view.amount)} 元。`,
        messageEn: `${en}: ${verdict.en} (declaration ${name}); ${yuan(view.amount)} at stake.`,
        sources: reg.sources,
      };
      yield hit;
    }
  },
};
