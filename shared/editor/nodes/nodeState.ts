import { createState } from 'lexical';
import { attributionSchema, type Attribution } from '../../model/source';

/** A string field kept in NodeState and serialized flat on the node (`"caption": "…"`); absent means empty. */
export function stringState<K extends string>(key: K) {
  return createState(key, { parse: (value): string => (typeof value === 'string' ? value : '') });
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A quote's attribution; anything that does not validate reads as "no source yet". */
export const attributionState = createState('attribution', {
  parse: (value): Attribution => {
    const parsed = attributionSchema.safeParse(value ?? {});
    return parsed.success ? parsed.data : {};
  },
  isEqual: sameJson,
});

/** A list-valued state compared by content, so an empty list stays out of the JSON. */
export function listState<K extends string, T>(key: K, parseItem: (value: unknown) => T | undefined) {
  return createState(key, {
    parse: (value): T[] =>
      Array.isArray(value) ? value.map(parseItem).filter((item): item is T => item !== undefined) : [],
    isEqual: sameJson,
  });
}
