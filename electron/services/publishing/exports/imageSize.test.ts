import { describe, expect, it } from 'vitest';
import { embeddablePicture } from './imageSize';
import { TINY_PNG } from '../testing/articles';

/** A minimal baseline JPEG header: SOI, an APP0 segment, then SOF0 with 3×2 pixels. */
const JPEG = Uint8Array.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x06, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x02, 0x00, 0x03, 0x01, 0x01, 0x11, 0x00,
]);

describe('embeddablePicture', () => {
  it('reads the size of PNG, JPEG and GIF pictures', () => {
    expect(embeddablePicture(TINY_PNG)).toMatchObject({ type: 'png', width: 1, height: 1 });
    expect(embeddablePicture(JPEG)).toEqual({ type: 'jpg', width: 3, height: 2 });
    const gif = Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x05, 0x00, 0x04, 0x00]);
    expect(embeddablePicture(gif)).toEqual({ type: 'gif', width: 5, height: 4 });
  });

  it('refuses what Word cannot show', () => {
    expect(embeddablePicture(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBeUndefined();
    expect(embeddablePicture(new Uint8Array())).toBeUndefined();
  });
});
