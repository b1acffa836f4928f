import type { MidadApi } from '../../../shared/api/midad';
import { draftHash, navigate } from './route';

/** The desktop app opens its own editor window; the web host leaves it to this page. */
export async function openDraft(midad: MidadApi, id: string): Promise<void> {
  const { opened } = await midad.windows.openDraft({ id });
  if (!opened) navigate(draftHash(id));
}

export async function openLibrary(midad: MidadApi): Promise<void> {
  const { opened } = await midad.windows.openLibrary({});
  if (!opened) navigate('#/');
}
