import type { Attribution } from '../../model/source';
import { attributionSchema } from '../../model/source';

const ATTRIBUTES = {
  sourceId: 'data-source-id',
  channel: 'data-channel',
  outlet: 'data-outlet',
  titleUsed: 'data-title-used',
  at: 'data-at',
} as const satisfies Record<keyof Attribution, string>;

/** Writes an attribution as data attributes, so our own HTML reads back with its source. */
export function writeAttribution(element: HTMLElement, attribution: Attribution): void {
  for (const [field, name] of Object.entries(ATTRIBUTES)) {
    const value = attribution[field as keyof Attribution];
    if (value) element.setAttribute(name, value);
  }
}

/** Reads what `writeAttribution` wrote; invalid values (hand-edited or foreign HTML) are dropped. */
export function readAttribution(element: HTMLElement): Attribution {
  const raw: Record<string, string> = {};
  for (const [field, name] of Object.entries(ATTRIBUTES)) {
    const value = element.getAttribute(name);
    if (value) raw[field] = value;
  }
  const parsed = attributionSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const kept: Attribution = {};
  for (const [field, value] of Object.entries(raw)) {
    const one = attributionSchema.safeParse({ [field]: value });
    if (one.success) Object.assign(kept, one.data);
  }
  return kept;
}
