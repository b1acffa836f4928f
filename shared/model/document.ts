import { z } from 'zod';

/** Lexical's serialized node: a type, a version and any fields the node class adds. */
export interface SerializedNodeShape {
  type: string;
  version: number;
  children?: SerializedNodeShape[];
  [field: string]: unknown;
}

const MAX_DEPTH = 64;

function nodeSchemaAt(depth: number): z.ZodType<SerializedNodeShape> {
  const children =
    depth >= MAX_DEPTH
      ? z.array(z.never()).max(0)
      : z.array(z.lazy(() => nodeSchemaAt(depth + 1))).max(100_000);
  return z.looseObject({
    type: z.string().min(1).max(64),
    version: z.number().int().nonnegative(),
    children: children.optional(),
  }) as unknown as z.ZodType<SerializedNodeShape>;
}

/** The editor state as Lexical serialises it; node fields are checked by the node classes. */
export const documentSchema = z.object({
  root: z.looseObject({
    type: z.literal('root'),
    version: z.number().int().nonnegative(),
    children: z.array(nodeSchemaAt(1)).max(100_000),
  }),
});

export type ArticleDocument = z.infer<typeof documentSchema>;
