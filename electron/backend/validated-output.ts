import { z } from 'zod';

/**
 * Objects parsed once with a contract schema and frozen, so that a hot call answering with them
 * (codes.search, on every keystroke in a coded field) need not parse them again on every answer:
 * the backend's door checks that each element of an array output (or of an object's arrays) was
 * validated with the very element schema of the call's output, and parses anything else as usual.
 */
const validatedWith = new WeakMap<object, z.ZodType>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

export function validatedOnce<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = deepFreeze(schema.parse(value));
  if (parsed && typeof parsed === 'object') validatedWith.set(parsed, schema);
  return parsed;
}

/**
 * Whether `value` is already what `schema` would give: an array whose every element was
 * validated with the array's element schema, or an object with exactly the schema's keys whose
 * every value is such an array (tariff.search's { lines, hs }).
 */
function validatedAs(schema: z.ZodType, value: unknown): boolean {
  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    const element = schema.element;
    return value.every((item: unknown) => item !== null && typeof item === 'object' && validatedWith.get(item) === element);
  }
  if (schema instanceof z.ZodObject && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const keys = Object.keys(value);
    return keys.length === Object.keys(shape).length && keys.every((k) => k in shape && validatedAs(shape[k] as z.ZodType, (value as Record<string, unknown>)[k]));
  }
  return false;
}

/** The output as it is when it is made of objects validated with the very schemas of the call's output (see validatedAs); otherwise parsed by `schema`. */
export function parseOutput(schema: z.ZodType, output: unknown): unknown {
  return validatedAs(schema, output) ? output : schema.parse(output);
}
