import mammoth from 'mammoth';
import { MidadError } from '../../../shared/api/errors';

/** Word's heading styles as intertitles; the title style as the headline's h1. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"];

/** A .docx as HTML (mammoth: paragraphs, headings, lists, bold, italic, links); a broken archive is `import_malformed`. */
export async function docxHtml(bytes: Uint8Array, name: string): Promise<string> {
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP });
    return result.value;
  } catch (error) {
    throw new MidadError('import_malformed', { name }, error instanceof Error ? error.message : String(error));
  }
}
