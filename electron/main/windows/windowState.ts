import { z } from 'zod';
import type { WindowState } from './WindowManager';

const coordinate = z.number().finite().min(-100_000).max(100_000);
const length = z.number().finite().min(1).max(100_000);

const windowStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  maximized: z.boolean().default(false),
});

/** A stored window position, or nothing if it was hand-edited into nonsense: the window then opens centred. */
export function parseWindowState(raw: unknown): WindowState | undefined {
  const parsed = windowStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}
