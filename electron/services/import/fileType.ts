import { MidadError } from '../../../shared/api/errors';

export type ImportFormat = 'docx' | 'html' | 'text';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** Formats people try to import that Midad does not read: PDF, legacy .doc/.xls (OLE), RTF, images. */
const REFUSED: number[][] = [
  [0x25, 0x50, 0x44, 0x46], // %PDF
  [0xd0, 0xcf, 0x11, 0xe0], // OLE: .doc, .xls
  [0x7b, 0x5c, 0x72, 0x74, 0x66], // {\rtf
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
];
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<(?:p|div|h[1-6]|article|section|meta|title)[\s>])/iu;

const startsWith = (bytes: Uint8Array, magic: number[]): boolean => magic.every((byte, index) => bytes[index] === byte);

/** Whether a zip's entry names (stored in clear in its headers) include Word's main part. */
function isWordZip(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('word/document.xml', 0, 'latin1');
}

/**
 * Decodes text as UTF-8 (or UTF-16 with a byte-order mark). Text that is not
 * valid UTF-8 but has no control bytes is read as Windows-1256, the encoding
 * of older Arabic Windows files; control bytes mean it is not text at all.
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const sample = bytes.subarray(0, 64 * 1024);
  let control = 0;
  for (const byte of sample) if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
  if (control > sample.length / 200) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1256').decode(bytes);
  }
}

/** Tells what a file really is from its bytes; `name` only goes into the error message. */
export function detectFormat(bytes: Uint8Array, name: string): { format: ImportFormat; text?: string } {
  if (bytes.length === 0) throw new MidadError('import_empty', { name });
  if (startsWith(bytes, ZIP)) {
    if (isWordZip(bytes)) return { format: 'docx' };
    throw new MidadError('import_unsupported', { name });
  }
  if (REFUSED.some((magic) => startsWith(bytes, magic))) throw new MidadError('import_unsupported', { name });
  const text = decodeText(bytes);
  if (text === undefined) throw new MidadError('import_unsupported', { name });
  if (text.trim() === '') throw new MidadError('import_empty', { name });
  return { format: HTML_START.test(text.replace(/^\uFEFF/u, '')) ? 'html' : 'text', text };
}
