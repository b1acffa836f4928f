import { AlignmentType, Document, HeadingLevel, ImageRun, LevelFormat, Packer, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import { articleLabels, joinNames, type ArticleLabels } from '../../../../shared/editor/export/articleLabels';
import { quotationMarks } from '../../../../shared/editor/export/plainText';
import { speakerLabel } from '../../../../shared/editor/export/sourceLabels';
import { documentAsRejected } from '../../../../shared/review/suggestions/documentAsRejected';
import { HEADLINE_NODE_TYPE, KICKER_NODE_TYPE, LEAD_NODE_TYPE } from '../../../../shared/editor/documentText';
import type { SerializedNodeShape } from '../../../../shared/model/document';
import type { Draft } from '../../../../shared/model/draft';
import type { HouseStyle } from '../../../../shared/model/settings';
import type { Attribution, Source } from '../../../../shared/model/source';
import { formatDateline } from '../../../../shared/text/dateline';
import type { EmbeddablePicture } from './imageSize';

/** A picture's bytes with its type and size, ready to embed. */
export interface DocxPicture extends EmbeddablePicture {
  data: Uint8Array;
}

export interface DocxInput {
  draft: Pick<Draft, 'meta' | 'document' | 'fields' | 'sources'>;
  houseStyle: HouseStyle;
  /** assetId → picture; a picture missing here is shown by its caption and credit only. */
  pictures?: ReadonlyMap<string, DocxPicture>;
}

/** The widest a picture is laid out, in pixels: the text width of an A4 page with Word's default margins. */
const MAX_PICTURE_WIDTH = 600;

/**
 * Arial has Arabic glyphs on every desk's Windows and macOS; Word would
 * otherwise pick a Latin font for the complex-script runs.
 */
const ARABIC_FONT = 'Arial';
const NUMBERED = 'midad-numbered';

/** Lexical's text format bits. */
const BOLD = 1;
const ITALIC = 2;
const UNDERLINE = 8;

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  underline?: boolean;
}

interface Context {
  marks: [string, string];
  sources: ReadonlyMap<string, Source>;
  labels: ArticleLabels;
  rtl: boolean;
  /** Each numbered list restarts at 1: one numbering instance per list. */
  nextListInstance: number;
  pictures: ReadonlyMap<string, DocxPicture>;
}

function run(text: string, style: RunStyle, context: Context): TextRun {
  return new TextRun({
    text,
    bold: style.bold,
    italics: style.italics,
    underline: style.underline ? {} : undefined,
    ...(context.rtl ? { rightToLeft: true, font: ARABIC_FONT } : {}),
  });
}

/** The inline content of a block as Word runs, quotes inside the house's marks. */
function runs(node: SerializedNodeShape, style: RunStyle, context: Context): TextRun[] {
  if (typeof node.text === 'string') {
    const format = typeof node.format === 'number' ? node.format : 0;
    return [
      run(node.text, {
        bold: style.bold || (format & BOLD) !== 0,
        italics: style.italics || (format & ITALIC) !== 0,
        underline: style.underline || (format & UNDERLINE) !== 0,
      }, context),
    ];
  }
  if (node.type === 'linebreak') return [new TextRun({ break: 1 })];
  if (node.type === 'tab') return [run('\t', style, context)];
  const inner = (node.children ?? []).flatMap((child) => runs(child, style, context));
  if (node.type !== 'midad-quote') return inner;
  return [run(context.marks[0], style, context), ...inner, run(context.marks[1], style, context)];
}

function paragraph(children: TextRun[], context: Context, options: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return new Paragraph({ ...options, children, bidirectional: context.rtl });
}

function textParagraph(text: string, style: RunStyle, context: Context, options: Omit<IParagraphOptions, 'children'> = {}): Paragraph {
  return paragraph([run(text, style, context)], context, options);
}

function figureText(figure: { caption?: unknown; credit?: unknown }): string {
  return [figure.caption, figure.credit].filter((part): part is string => typeof part === 'string' && part.trim() !== '').join(' – ');
}

/** A picture (when its bytes are there) centred, then its caption and credit in italics. */
function figureParagraphs(figure: Record<string, unknown>, context: Context): Paragraph[] {
  const picture = typeof figure.assetId === 'string' ? context.pictures.get(figure.assetId) : undefined;
  const text = figureText(figure);
  const paragraphs: Paragraph[] = [];
  if (picture) {
    const scale = Math.min(1, MAX_PICTURE_WIDTH / picture.width);
    const alt = typeof figure.alt === 'string' ? figure.alt : '';
    paragraphs.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new ImageRun({
            type: picture.type,
            data: picture.data,
            transformation: { width: Math.round(picture.width * scale), height: Math.round(picture.height * scale) },
            altText: { name: String(figure.assetId), title: text, description: alt },
          }),
        ],
      }),
    );
  }
  if (text) paragraphs.push(textParagraph(text, { italics: true }, context, picture ? { alignment: AlignmentType.CENTER } : {}));
  return paragraphs;
}

function listParagraphs(list: SerializedNodeShape, level: number, context: Context): Paragraph[] {
  const numbered = list.listType === 'number';
  const instance = context.nextListInstance++;
  return (list.children ?? []).flatMap((item) => {
    const nested = (item.children ?? []).filter((child) => child.type === 'list');
    const own = { ...item, children: (item.children ?? []).filter((child) => child.type !== 'list') };
    const head = own.children.length === 0
      ? []
      : [paragraph(runs(own, {}, context), context, numbered ? { numbering: { reference: NUMBERED, level, instance } } : { bullet: { level } })];
    return [...head, ...nested.flatMap((child) => listParagraphs(child, level + 1, context))];
  });
}

/** One body block as Word paragraphs; none drops it. */
function blockParagraphs(node: SerializedNodeShape, context: Context): Paragraph[] {
  switch (node.type) {
    case 'heading':
      return [paragraph(runs(node, {}, context), context, { heading: node.tag === 'h3' ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2 })];
    case 'list':
      return listParagraphs(node, 0, context);
    case 'midad-pullquote': {
      const speaker = speakerLabel((node.attribution ?? {}) as Attribution, context.sources, context.labels.listSeparator);
      const words = [run(context.marks[0], { italics: true }, context), ...runs(node, { italics: true }, context), run(context.marks[1], { italics: true }, context)];
      const indent = { indent: { start: 720, end: 720 } };
      return [paragraph(words, context, indent), ...(speaker ? [textParagraph(`— ${speaker}`, {}, context, indent)] : [])];
    }
    case 'midad-image':
      return figureParagraphs(node, context);
    case 'midad-gallery':
      return ((node.images ?? []) as Record<string, unknown>[]).flatMap((image) => figureParagraphs(image, context));
    case 'midad-embed':
      return typeof node.url === 'string' ? [paragraph([new TextRun(node.url)], context)] : [];
    case 'midad-separator':
      return [textParagraph('***', {}, context, { alignment: AlignmentType.CENTER })];
    default: {
      const children = runs(node, {}, context);
      return children.length > 0 ? [paragraph(children, context)] : [];
    }
  }
}

/**
 * The story as a Word document for print desks: breaking flag, headline
 * (Title) with its media tags, kicker, date line, "الرباط – " and the lead in
 * bold, the body with intertitles (Heading 2/3), quotes in the house's marks,
 * pictures embedded with their captions and credits, and the byline last. Arabic
 * stories are right-to-left paragraphs and runs; the XML escaping of user
 * text is the docx library's.
 */
export async function articleDocx({ draft, houseStyle, pictures = new Map() }: DocxInput): Promise<Uint8Array> {
  const { meta, fields } = draft;
  const labels = articleLabels[meta.language];
  const context: Context = {
    marks: quotationMarks(houseStyle.quotationMarks),
    sources: new Map(draft.sources.map((source) => [source.id, source])),
    labels,
    rtl: meta.language === 'ar',
    nextListInstance: 0,
    pictures,
  };
  // Pending suggestions stay out of the copy, as if rejected.
  const nodes = documentAsRejected(draft.document).root.children;
  const headline = nodes.find((node) => node.type === HEADLINE_NODE_TYPE);
  const kicker = nodes.find((node) => node.type === KICKER_NODE_TYPE);
  const lead = nodes.find((node) => node.type === LEAD_NODE_TYPE);
  const leadRuns = lead ? runs(lead, { bold: true }, context) : [];
  const body = nodes.filter((node) => ![HEADLINE_NODE_TYPE, KICKER_NODE_TYPE, LEAD_NODE_TYPE].includes(node.type)).flatMap((node) => blockParagraphs(node, context));

  const place = fields.place.trim();
  const placeRun = place ? [run(`${place}${labels.placeSeparator}`, { bold: true }, context)] : [];
  const opening = leadRuns.length > 0 ? [paragraph([...placeRun, ...leadRuns], context)] : [];
  if (opening.length === 0 && placeRun.length > 0 && body.length > 0) opening.push(textParagraph(`${place}${labels.placeSeparator}`, { bold: true }, context));

  const tags = fields.mediaTags.map((tag) => ` (${labels.mediaTags[tag]})`).join('');
  const headlineRuns = [...(headline ? runs(headline, {}, context) : []), ...(tags ? [run(tags, {}, context)] : [])];
  const byline = [joinNames(fields.authors, labels), fields.outlet].filter(Boolean).join(' — ');
  const dateline = formatDateline(fields.publishedAt ?? meta.createdAt, houseStyle, meta.language, { hijri: fields.showHijriDate });

  const paragraphs = [
    ...(fields.breaking ? [textParagraph(labels.breaking, { bold: true }, context)] : []),
    paragraph(headlineRuns, context, { heading: HeadingLevel.TITLE }),
    ...(kicker ? [paragraph(runs(kicker, { italics: true }, context), context)] : []),
    textParagraph(dateline, {}, context),
    ...opening,
    ...body,
    ...(byline ? [textParagraph(byline, { bold: true }, context)] : []),
  ];
  const document = new Document({
    title: meta.headline,
    creator: byline || undefined,
    numbering: {
      config: [
        {
          reference: NUMBERED,
          levels: [0, 1, 2].map((level) => ({ level, format: LevelFormat.DECIMAL, text: `%${level + 1}.`, alignment: AlignmentType.START, style: { paragraph: { indent: { start: 720 * (level + 1), hanging: 360 } } } })),
        },
      ],
    },
    sections: [{ children: paragraphs }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
