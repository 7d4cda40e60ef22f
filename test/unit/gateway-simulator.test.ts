import { describe, expect, it } from 'vitest';
import { ReceiptPageSchema, type FeedReceipt } from '../../shared/gateway/api';
import { parseReceipt } from '../../shared/messages/receipts';
import { defaultSimulatorConfig } from '../../server/simulator/config';
import { planSubmission, type PlanInput } from '../../server/simulator/schedule';
import { client, storageKinds, tenant, useGateways } from './helpers/gateway';
import { submissionOf } from './helpers/gateway-submissions';

const gateways = useGateways();
const input = (identity: string, over: Partial<PlanInput> = {}): PlanInput => ({ identity, direction: 'I', tier: 'regular', ruleIds: [], ...over });

describe('customs simulator plans (pure)', () => {
  it('draws the same plan from the same seed and submission, whatever else was planned before', () => {
    const first = planSubmission(input('CW1:1'), defaultSimulatorConfig, '42');
    planSubmission(input('CW2:1'), defaultSimulatorConfig, '42');
    expect(planSubmission(input('CW1:1'), defaultSimulatorConfig, '42')).toEqual(first);
    const others = ['1', '2', '3', '4'].map((seed) => planSubmission(input('CW1:1'), defaultSimulatorConfig, seed));
    expect(others.some((p) => JSON.stringify(p) !== JSON.stringify(first))).toBe(true);
  });

  it('inspects by credit tier: dishonest firms most of the time, advanced-certified firms almost never', () => {
    const rate = (tier: PlanInput['tier']) => {
      const plans = Array.from({ length: 2000 }, (_, i) => planSubmission(input(`T${i}:1`, { tier }), defaultSimulatorConfig, 'tiers'));
      return plans.filter((p) => p.receipts.some((r) => r.channel === 'C')).length / plans.length;
    };
    const dishonest = rate('dishonest');
    const regular = rate('regular');
    const aeo = rate('advanced-certified');
    expect(dishonest).toBeGreaterThan(0.75);
    expect(regular).toBeGreaterThan(aeo);
    expect(aeo).toBeLessThan(0.2 * regular + 0.01); // AEO under 20% of the regular rate (Order 251)
  });

  it('returns a share for modification (Z) and rejects rule violations with 7 -> E only', () => {
    const config = { ...defaultSimulatorConfig, returnRate: 1 };
    expect(planSubmission(input('Z:1'), config, 's').receipts.map((r) => r.channel)).toEqual(['7', 'L', 'Z']);
    expect(planSubmission(input('E:1', { ruleIds: ['DEC-H-051'] }), defaultSimulatorConfig, 's').receipts.map((r) => r.channel)).toEqual(['7', 'E']);
  });

  it('delivers out of order only when asked, and never before the receipt was issued', () => {
    const inOrder = Array.from({ length: 200 }, (_, i) => planSubmission(input(`O${i}:1`), defaultSimulatorConfig, 'o'));
    for (const p of inOrder) expect(p.receipts.map((r) => r.deliverMs)).toEqual(p.receipts.map((r) => r.atMs));
    const shuffled = Array.from({ length: 200 }, (_, i) => planSubmission(input(`O${i}:1`), { ...defaultSimulatorConfig, outOfOrderRate: 0.5 }, 'o'));
    const outOfOrder = shuffled.filter((p) => p.receipts.some((r, i) => i > 0 && r.deliverMs < (p.receipts[i - 1]?.deliverMs ?? 0)));
    expect(outOfOrder.length).toBeGreaterThan(0);
    for (const p of shuffled) for (const r of p.receipts) expect(r.deliverMs).toBeGreaterThanOrEqual(r.atMs);
  });
});

describe.each(storageKinds)('customs simulator through the gateway (%s)', (kind) => {
  /** Runs one gateway with a fake clock frozen at T0, submits, moves the clock 30 days, publishes. */
  async function run(seed: string, dataDir?: string): Promise<Map<string, string[]>> {
    const T0 = Date.UTC(2026, 10, 20, 2, 0, 0);
    const fake = { now: T0 };
    const { url, storage, gateway } = await gateways.start(kind, { seed, realNow: () => fake.now, ...(dataDir ? { dataDir } : {}) });
    await storage.writeClock({ anchorRealMs: T0, anchorSimMs: T0, speed: 1 });
    await gateway.clock.refresh();
    const { token } = await tenant(storage, { tier: 'dishonest' });
    const api = client(url, token);
    for (const n of [1, 2, 3, 4, 5]) await api.post('/v1/submissions', submissionOf(`CWD00000000000000${n}`));
    fake.now = T0 + 30 * 86_400_000;
    await gateway.publisher.tick();
    const page = ReceiptPageSchema.parse((await api.get('/v1/receipts?after=0&limit=1000')).body);
    const byKey = new Map<string, string[]>();
    for (const r of page.receipts as FeedReceipt[]) {
      const parsed = parseReceipt(r.xml);
      byKey.set(r.idempotencyKey, [...(byKey.get(r.idempotencyKey) ?? []), `${parsed.channel}@${parsed.noticeDate}`]);
    }
    await gateway.close();
    return byKey;
  }

  it('gives the same receipts at the same simulated times for the same seed and submissions; another seed differs', async () => {
    const first = await run('7');
    const again = await run('7');
    const other = await run('8');
    expect(first.size).toBe(5);
    for (const list of first.values()) expect(list.at(-1)).toMatch(/^R@/);
    expect(again).toEqual(first);
    expect(other).not.toEqual(first);
  });
});
