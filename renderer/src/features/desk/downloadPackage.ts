/** Hands a package to the browser as a download: a window without a file system saves it where the user keeps downloads. */
export function downloadPackage(fileName: string, base64: string): void {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The download has started from the URL; keeping it a moment longer costs nothing and spares slow browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
