import { detectLanguage } from '../../import/detectLanguage';
import type { ImportedArticle, ImportedBlock, ImportedRun } from '../../model/importedArticle';
import { articleLanguages, type ArticleLanguage } from '../../model/language';
import { readAttribution } from '../nodes/attributionDom';
import { safeImageSrc } from '../nodes/figureDom';
import { precleanHtml, sanitizeTree } from './cleanClipboardHtml';
import { safeLinkUrl } from './safeLinkUrl';

/** The parts of a DOM window the reader needs: happy-dom's in Node, the page's own in the browser. */
export interface HtmlWindow {
  DOMParser: { new (): DOMParser };
  NodeFilter: { SHOW_COMMENT: number };
}

type Format = Omit<ImportedRun, 'text'>;

const BLOCK_TAGS = new Set(
  'P DIV H1 H2 H3 H4 H5 H6 UL OL LI BLOCKQUOTE FIGURE FIGCAPTION HR TABLE THEAD TBODY TFOOT TR TD TH SECTION ARTICLE HEADER FOOTER MAIN ASIDE NAV PRE DL DT DD CENTER ADDRESS IMG'.split(' '),
);

function styleOf(element: Element): string {
  return (element.getAttribute('style') ?? '').toLowerCase().replace(/\s+/g, '');
}

/** Formatting as the element says it: tags, and the inline styles Google Docs and Word use instead of tags. */
function formatOf(element: Element, outer: Format): Format {
  const style = styleOf(element);
  const tag = element.tagName;
  const format: Format = { ...outer };
  const weight = /font-weight:(\w+)/.exec(style)?.[1];
  if (tag === 'B' || tag === 'STRONG') format.bold = true;
  // Google Docs wraps a whole copy in <b style="font-weight:normal">: not bold.
  if (weight) format.bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  if (tag === 'I' || tag === 'EM' || tag === 'CITE') format.italic = true;
  if (/font-style:italic/.test(style)) format.italic = true;
  if (/font-style:normal/.test(style)) format.italic = false;
  if (tag === 'U' || tag === 'INS' || /text-decoration[-a-z]*:[^;]*underline/.test(style)) format.underline = true;
  if (tag === 'A') {
    const link = safeLinkUrl(element.getAttribute('href') ?? '');
    if (link) format.link = link;
    else delete format.link;
  }
  if (tag === 'Q') {
    const kind = element.getAttribute('data-midad-quote') === 'term' ? 'term' : 'speech';
    format.quote = { kind, attribution: readAttribution(element as HTMLElement) };
  }
  return format;
}

function sameFormat(a: Format, b: Format): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && !!a.underline === !!b.underline && a.link === b.link && a.quote === b.quote;
}

function pushText(runs: ImportedRun[], text: string, format: Format): void {
  if (!text) return;
  const last = runs[runs.length - 1];
  if (last && sameFormat(last, format)) last.text += text;
  else runs.push({ ...format, text });
}

function collectRuns(node: Node, format: Format, runs: ImportedRun[]): void {
  if (node.nodeType === 3) {
    pushText(runs, (node.textContent ?? '').replace(/\s+/g, ' '), format);
    return;
  }
  if (node.nodeType !== 1) return;
  const element = node as Element;
  if (element.tagName === 'BR') {
    pushText(runs, '\n', {});
    return;
  }
  if (element.tagName === 'IMG') return;
  const inner = formatOf(element, format);
  for (const child of element.childNodes) collectRuns(child, inner, runs);
}

/** Runs of a block's inline content, trimmed at the edges, with empty formatting flags dropped. */
function runsOf(nodes: Iterable<Node>): ImportedRun[] {
  const runs: ImportedRun[] = [];
  for (const node of nodes) collectRuns(node, {}, runs);
  const first = runs[0];
  if (first) first.text = first.text.replace(/^[ \n]+/, '');
  const last = runs[runs.length - 1];
  if (last) last.text = last.text.replace(/[ \n]+$/, '');
  return runs
    .filter((run) => run.text !== '')
    .map((run) => Object.fromEntries(Object.entries(run).filter(([, value]) => value !== false && value !== undefined)) as ImportedRun);
}

const plain = (runs: ImportedRun[]) => runs.map((run) => run.text).join('');

function hasBlockInside(element: Element): boolean {
  for (const child of element.querySelectorAll('*')) if (BLOCK_TAGS.has(child.tagName)) return true;
  return false;
}

/** A 1×1 beacon or spacer, not a picture. */
function isTrackingPixel(img: Element): boolean {
  const size = (name: string) => Number.parseInt(img.getAttribute(name) ?? '', 10);
  const style = styleOf(img);
  return (
    size('width') <= 3 || size('height') <= 3 || /(?:width|height):[0-3]px/.test(style) || /display:none|visibility:hidden/.test(style) ||
    /(?:pixel|beacon|track|spacer|1x1)[^/]*(?:\.gif|\.png|$|\?)/i.test(img.getAttribute('src') ?? '')
  );
}

function isWordListParagraph(element: Element): boolean {
  return element.tagName === 'P' && (/mso-list:l\d/.test(styleOf(element)) || /^MsoListParagraph/i.test(element.getAttribute('class') ?? ''));
}

class Reader {
  readonly blocks: ImportedBlock[] = [];
  headline = '';

  /** `h1IsHeadline` false reads every h1 as an intertitle, where it stands (a paste lands inside the body). */
  constructor(private readonly h1IsHeadline = true) {}

  /** Lists read from Word paragraphs, which come as one paragraph per item and are merged as they arrive. */
  private readonly wordLists = new WeakSet<ImportedBlock>();

  walk(container: Element): void {
    let inline: Node[] = [];
    const flush = () => {
      const runs = runsOf(inline);
      if (plain(runs).trim()) this.blocks.push({ kind: 'paragraph', runs });
      inline = [];
    };
    for (const child of container.childNodes) {
      const element = child.nodeType === 1 ? (child as Element) : undefined;
      if (element && (BLOCK_TAGS.has(element.tagName) || hasBlockInside(element))) {
        flush();
        this.block(element);
      } else {
        inline.push(child);
      }
    }
    flush();
  }

  private block(element: Element): void {
    const tag = element.tagName;
    if (/^H[1-6]$/.test(tag)) return this.heading(element);
    if (tag === 'UL' || tag === 'OL') return this.list(element, tag === 'OL');
    if (tag === 'BLOCKQUOTE') return this.pullQuote(element);
    if (tag === 'HR') return void this.blocks.push({ kind: 'separator' });
    if (tag === 'IMG' || tag === 'FIGURE') return this.figure(element);
    if (isWordListParagraph(element)) return this.wordListItem(element);
    if (hasBlockInside(element)) return this.walk(element);
    const runs = runsOf(element.childNodes);
    if (plain(runs).trim()) this.blocks.push({ kind: 'paragraph', runs });
  }

  /** The first h1 is the headline; a page that repeats it (as the fixtures' pages do) does not get it twice. */
  private heading(element: Element): void {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) return;
    if (element.tagName === 'H1' && this.h1IsHeadline) {
      if (!this.headline) this.headline = text;
      else if (text !== this.headline) this.blocks.push({ kind: 'intertitle', level: 2, text });
      return;
    }
    this.blocks.push({ kind: 'intertitle', level: /^H[12]$/.test(element.tagName) ? 2 : 3, text });
  }

  private list(element: Element, ordered: boolean): void {
    const items: ImportedRun[][] = [];
    for (const item of element.querySelectorAll('li')) {
      const own = [...item.childNodes].filter((child) => !(child.nodeType === 1 && /^(UL|OL)$/.test((child as Element).tagName)));
      const runs = runsOf(own);
      if (plain(runs).trim()) items.push(runs);
    }
    if (items.length > 0) this.blocks.push({ kind: 'list', ordered, items });
  }

  private wordListItem(element: Element): void {
    const marker = element.querySelector('[data-list-marker]')?.getAttribute('data-list-marker') ?? '';
    const ordered = /^[0-9٠-٩a-zA-Z]+[.)]$/.test(marker);
    const runs = runsOf(element.childNodes);
    if (!plain(runs).trim()) return;
    const last = this.blocks[this.blocks.length - 1];
    if (last?.kind === 'list' && last.ordered === ordered && this.wordLists.has(last)) {
      last.items.push(runs);
      return;
    }
    const list: ImportedBlock = { kind: 'list', ordered, items: [runs] };
    this.wordLists.add(list);
    this.blocks.push(list);
  }

  private pullQuote(element: Element): void {
    for (const cite of [...element.querySelectorAll('cite')]) cite.remove();
    const parts = hasBlockInside(element) ? [...element.children].map((child) => runsOf(child.childNodes)) : [runsOf(element.childNodes)];
    const runs = parts
      .filter((part) => plain(part).trim())
      .flatMap((part, index) => (index > 0 ? [{ text: '\n' }, ...part] : part));
    if (runs.length > 0) this.blocks.push({ kind: 'pullquote', runs, attribution: readAttribution(element as HTMLElement) });
  }

  private figure(element: Element): void {
    const img = element.tagName === 'IMG' ? element : element.querySelector('img');
    const src = img ? safeImageSrc(img.getAttribute('src') ?? '') : '';
    if (!img || !src || isTrackingPixel(img)) {
      if (element.tagName === 'FIGURE') this.walk(element);
      return;
    }
    const caption = element.tagName === 'FIGURE' ? (element.querySelector('figcaption')?.textContent ?? '').trim() : '';
    this.blocks.push({ kind: 'image', src, alt: img.getAttribute('alt') ?? '', caption, credit: '' });
  }
}

function languageOf(document: Document, text: string): ArticleLanguage {
  const declared = document.documentElement.getAttribute('lang')?.slice(0, 2).toLowerCase();
  return articleLanguages.find((language) => language === declared) ?? detectLanguage(text);
}

/**
 * Reads HTML from a web page, the clipboard (Word, Google Docs, LibreOffice)
 * or mammoth's conversion of a .docx into the importers' plain data: the
 * headline once, intertitles, paragraphs with bold/italic/underline and safe
 * links, lists (Word's `mso-list` paragraphs too), block quotes, pictures
 * with their captions. Styles, classes, scripts, handlers, comments and
 * tracking pixels are dropped; nothing executable survives.
 */
export function htmlToImportedArticle(
  html: string,
  options: { window: HtmlWindow; language?: ArticleLanguage; h1IsHeadline?: boolean },
): ImportedArticle {
  const document = new options.window.DOMParser().parseFromString(precleanHtml(html), 'text/html');
  const body = document.body;
  sanitizeTree(body, options.window);
  const reader = new Reader(options.h1IsHeadline);
  reader.walk(body);
  return {
    language: options.language ?? languageOf(document, body.textContent ?? ''),
    headline: reader.headline,
    kicker: '',
    lead: '',
    fields: {},
    blocks: reader.blocks,
    sources: [],
    warnings: [],
  };
}
