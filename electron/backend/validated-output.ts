import { z } from 'zod';

/**
 * Objects parsed once with a contract schema and frozen, so that a hot call answering with them
 * (codes.search, on every keystroke in a coded field) need not parse them again on every answer:
 * the backend's door checks that each element of an array output was validated with the very
 * element schema of the call's output, and parses anything else as usual.
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

/** The output as it is when every element was validated with `schema`'s element schema; otherwise parsed by `schema`. */
export function parseOutput(schema: z.ZodType, output: unknown): unknown {
  if (schema instanceof z.ZodArray && Array.isArray(output)) {
    const element = schema.element;
    if (output.every((item: unknown) => item !== null && typeof item === 'object' && validatedWith.get(item) === element)) return output;
  }
  return schema.parse(output);
}
