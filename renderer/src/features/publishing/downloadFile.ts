/** A file the API returned (its bytes as base64). */
export interface ApiFile {
  name: string;
  mime: string;
  base64: string;
}

export function fileBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/**
 * Saves a file through the browser's download: the web host has no native
 * save dialog, and Electron turns the same download into its save dialog.
 */
export function downloadFile(file: ApiFile): void {
  const url = URL.createObjectURL(new Blob([fileBytes(file.base64)], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the bytes once the click's task has run.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
