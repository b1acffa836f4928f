import type { ArticleFields } from '../../model/article';
import type { ArticleBlock } from './articleBlocks';
import { comparedFields, type BlockRole, type ComparedField, type FieldChange, type FieldValue } from './comparison';

type FormField = Exclude<ComparedField, 'headline' | 'kicker' | 'lead'>;

/** Every compared field but the three fixed blocks at the top, which are compared as blocks. */
const formFields = comparedFields.filter((field): field is FormField => field !== 'headline' && field !== 'kicker' && field !== 'lead');

/** A field as shown in a change list: related headlines by their titles, an empty or unset value as null. */
function valueOf(fields: ArticleFields, field: FormField): FieldValue {
  if (field === 'related') return fields.related.map((entry) => entry.title);
  const value = fields[field];
  if (value === undefined || value === '') return null;
  return Array.isArray(value) ? [...value] : value;
}

function same(a: FieldValue, b: FieldValue): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function topText(blocks: readonly ArticleBlock[], role: BlockRole): FieldValue {
  const text = blocks.find((block) => block.role === role)?.text.trim() ?? '';
  return text === '' ? null : text;
}

/**
 * Headline, kicker and lead (blocks of the document) and the form's fields
 * that differ. Form fields are compared only when both sides carry them.
 */
export function fieldChanges(
  before: { blocks: readonly ArticleBlock[]; fields?: ArticleFields },
  after: { blocks: readonly ArticleBlock[]; fields?: ArticleFields },
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const role of ['headline', 'kicker', 'lead'] as const) {
    const change = { field: role, before: topText(before.blocks, role), after: topText(after.blocks, role) };
    if (!same(change.before, change.after)) changes.push(change);
  }
  if (!before.fields || !after.fields) return changes;
  for (const field of formFields) {
    const change = { field, before: valueOf(before.fields, field), after: valueOf(after.fields, field) };
    if (!same(change.before, change.after)) changes.push(change);
  }
  return changes;
}
