/** What Word can embed: its picture types, with the pixel size to lay the picture out. */
export interface EmbeddablePicture {
  type: 'png' | 'jpg' | 'gif';
  width: number;
  height: number;
}

function pngSize(bytes: Uint8Array, view: DataView): EmbeddablePicture | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) return undefined;
  return { type: 'png', width: view.getUint32(16), height: view.getUint32(20) };
}

function gifSize(bytes: Uint8Array, view: DataView): EmbeddablePicture | undefined {
  if (bytes.length < 10 || String.fromCharCode(...bytes.subarray(0, 4)) !== 'GIF8') return undefined;
  return { type: 'gif', width: view.getUint16(6, true), height: view.getUint16(8, true) };
}

/** Walks the JPEG segments to the frame header (SOF0–SOF15 but DHT, JPG and DAC), which holds the size. */
function jpegSize(bytes: Uint8Array, view: DataView): EmbeddablePicture | undefined {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined;
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset += 1;
      continue;
    }
    const length = view.getUint16(offset + 2);
    if (marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker)) {
      return { type: 'jpg', height: view.getUint16(offset + 5), width: view.getUint16(offset + 7) };
    }
    offset += 2 + length;
  }
  return undefined;
}

/** The picture's type and size from its first bytes; undefined for what Word cannot show (WebP, AVIF, damaged files). */
export function embeddablePicture(bytes: Uint8Array): EmbeddablePicture | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found = pngSize(bytes, view) ?? jpegSize(bytes, view) ?? gifSize(bytes, view);
  return found && found.width > 0 && found.height > 0 ? found : undefined;
}
