import { createValueStore } from '../../ui/valueStore';
import { downloadFile } from '../publishing/downloadFile';

/**
 * Bumped when words reach the newsroom dictionary other than through the
 * editor's own "add" (an import): open editors then read the list again.
 */
export const newsroomDictionaryRevision = createValueStore(0);

/** UTF-8 bytes as base64, in slices: a long word list would overflow `String.fromCharCode(...all)`. */
function utf8Base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary);
}

/** The newsroom's word list as a plain-text file, one word a line, as the import reads it back. */
export function downloadWordList(text: string): void {
  downloadFile({ name: 'newsroom-dictionary.txt', mime: 'text/plain;charset=utf-8', base64: utf8Base64(text) });
}
