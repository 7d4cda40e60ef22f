import type { CallInput, CallName, CallOutput, EventName, EventPayload } from './contract';
import { callNames } from './contract';
import type { AppErrorValue, CallResult } from './errors';

/**
 * The shape of `window.clearway`: one named function per contract call, grouped by the part
 * before the dot (`clearway.documents.save(...)`), plus `on` for backend events. Derived from
 * the contract, so a call added there appears here with its types and nowhere else needs edits.
 */
type Namespace<K> = K extends `${infer NS}.${string}` ? NS : never;
type Method<K, NS extends string> = K extends `${NS}.${infer M}` ? M : never;

export type EventSubscribe = <E extends EventName>(event: E, handler: (payload: EventPayload<E>) => void) => () => void;

/** What a transport exposes: functions that resolve to a result envelope and never reject for app errors. */
export type RawApi = {
  [NS in Namespace<CallName>]: {
    [M in Method<CallName, NS>]: `${NS}.${M}` extends infer K extends CallName
      ? (input: CallInput<K>) => Promise<CallResult<CallOutput<K>>>
      : never;
  };
} & { on: EventSubscribe };

/** What the UI uses: the same functions, resolving to the value or rejecting with ClearwayError. */
export type ClearwayApi = {
  [NS in Namespace<CallName>]: {
    [M in Method<CallName, NS>]: `${NS}.${M}` extends infer K extends CallName
      ? (input: CallInput<K>) => Promise<CallOutput<K>>
      : never;
  };
} & { on: EventSubscribe };

export type Invoke = (name: CallName, input: unknown) => Promise<CallResult<unknown>>;

/** Builds the named-function object from one low-level invoke. Used by the preload and the browser transport. */
export function buildRawApi(invoke: Invoke, on: EventSubscribe): RawApi {
  const api: Record<string, Record<string, (input: unknown) => Promise<CallResult<unknown>>>> = {};
  for (const name of callNames) {
    const [ns, method] = name.split('.') as [string, string];
    const group = (api[ns] ??= {});
    group[method] = (input: unknown) => invoke(name, input);
  }
  // The table above is built from callNames, so it has exactly RawApi's keys.
  return Object.assign(api, { on }) as unknown as RawApi;
}

export class ClearwayError extends Error {
  readonly value: AppErrorValue;
  constructor(value: AppErrorValue) {
    super(value.messageEn);
    this.name = 'ClearwayError';
    this.value = value;
  }
}

/** Turns result envelopes into values and thrown ClearwayErrors, for UI code. */
export function unwrapApi(raw: RawApi): ClearwayApi {
  const api: Record<string, unknown> = { on: raw.on };
  const rawGroups = raw as unknown as Record<string, Record<string, (input: unknown) => Promise<CallResult<unknown>>>>;
  for (const name of callNames) {
    const [ns, method] = name.split('.') as [string, string];
    const call = rawGroups[ns]?.[method];
    if (!call) throw new Error(`transport lacks ${name}`);
    const group = (api[ns] ??= {}) as Record<string, (input: unknown) => Promise<unknown>>;
    group[method] = async (input: unknown) => {
      const result = await call(input);
      if (result.ok) return result.value;
      throw new ClearwayError(result.error);
    };
  }
  return api as unknown as ClearwayApi;
}
