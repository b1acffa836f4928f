import { $appendNodeToHTML } from '@lexical/html';
import { $getRoot, type LexicalEditor } from 'lexical';
import type { Draft } from '../../model/draft';
import { directionOf } from '../../model/language';
import type { HouseStyle } from '../../model/settings';
import type { Source } from '../../model/source';
import { formatDateline, formatUpdatedLine } from '../../text/dateline';
import { documentAsRejected } from '../../review/suggestions/documentAsRejected';
import { documentText } from '../documentText';
import { createArticleEditor, readWithDocument } from '../headless';
import { $isHeadlineNode, $isKickerNode, $isLeadNode } from '../nodes';
import { safeImageSrc } from '../nodes/figureDom';
import { readAttribution } from '../nodes/attributionDom';
import { articleCss } from './articleCss';
import { articleLabels, joinNames, type ArticleLabels } from './articleLabels';
import { newsArticleJsonLd, scriptSafeJson } from './newsArticleJsonLd';
import { speakerLabel, speakerName } from './sourceLabels';
import { tidyExportedDom } from './tidyExportedDom';

export interface ArticleHtmlInput {
  draft: Pick<Draft, 'meta' | 'document' | 'fields' | 'sources'>;
  settings: { houseStyle: HouseStyle };
  /** Where a draft asset is served or embedded from (a data: URL for a standalone page); undefined drops it. */
  assets: (assetId: string) => string | undefined;
  /** A whole page (doctype, head, styles, fonts) rather than the `<article>` alone, for embedding (the preview). */
  standalone: boolean;
  /** @font-face rules with embedded fonts, for a standalone page that must look right offline. */
  fontsCss?: string;
  /**
   * The DOM document to build in: happy-dom's in Node, `document.implementation
   * .createHTMLDocument()` in the browser. Never the global one.
   */
  document: Document;
}

/** What a resolved asset URL may be: a web address, inline image data, or a path next to the page. */
function safeAssetUrl(url: string | undefined): string {
  if (!url) return '';
  if (safeImageSrc(url)) return url;
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') ? '' : url;
}

function element(doc: Document, tag: string, className?: string, text?: string): HTMLElement {
  const created = doc.createElement(tag);
  if (className) created.className = className;
  if (text !== undefined) created.textContent = text;
  return created;
}

/** The body blocks as the nodes export them, tidied for a page. */
function $exportBody(editor: LexicalEditor, body: HTMLElement): void {
  for (const block of $getRoot().getChildren()) {
    if ($isHeadlineNode(block) || $isKickerNode(block) || $isLeadNode(block)) continue;
    $appendNodeToHTML(editor, block, body);
  }
  tidyExportedDom(body);
}

/** Quotes name their speaker (tooltip, data attribute, a <cite> under pull quotes); pictures get their URLs. */
function decorateBody(body: HTMLElement, input: ArticleHtmlInput, labels: ArticleLabels): string[] {
  const doc = input.document;
  const sources = new Map<string, Source>(input.draft.sources.map((source) => [source.id, source]));
  for (const quote of body.querySelectorAll('q[data-midad-quote="speech"]')) {
    const attribution = readAttribution(quote as HTMLElement);
    const label = speakerLabel(attribution, sources, labels.listSeparator);
    if (!label) continue;
    quote.setAttribute('title', label);
    quote.setAttribute('data-speaker', speakerName(attribution, sources));
  }
  for (const quote of body.querySelectorAll('blockquote[data-midad-pullquote]')) {
    const label = speakerLabel(readAttribution(quote as HTMLElement), sources, labels.listSeparator);
    if (label) quote.append(element(doc, 'cite', undefined, label));
  }
  const images: string[] = [];
  for (const img of body.querySelectorAll('img[data-asset-id]')) {
    const url = safeAssetUrl(input.assets(img.getAttribute('data-asset-id') ?? ''));
    if (url) {
      img.setAttribute('src', url);
      images.push(url);
    }
  }
  const place = input.draft.fields.place.trim();
  const first = body.querySelector(':scope > p');
  if (place && first) first.prepend(element(doc, 'span', 'place', `${place}${labels.placeSeparator}`));
  return images;
}

function buildHeader(doc: Document, input: ArticleHtmlInput, labels: ArticleLabels, text: { headline: string; kicker: string; lead: string }): HTMLElement {
  const { fields, meta } = input.draft;
  const style = input.settings.houseStyle;
  const header = element(doc, 'header');
  if (fields.breaking) header.append(element(doc, 'p', 'breaking', labels.breaking));
  const published = fields.publishedAt ?? meta.createdAt;
  const dateline = element(doc, 'p', 'dateline');
  const time = element(doc, 'time', undefined, formatDateline(published, style, meta.language, { hijri: fields.showHijriDate }));
  time.setAttribute('datetime', published);
  dateline.append(time);
  header.append(dateline);
  if (fields.correctedAt) {
    const updated = element(doc, 'p', 'updated');
    const at = element(doc, 'time', undefined, formatUpdatedLine(fields.correctedAt, style, meta.language));
    at.setAttribute('datetime', fields.correctedAt);
    updated.append(at);
    header.append(updated);
  }
  if (text.kicker) header.append(element(doc, 'p', 'kicker', text.kicker));
  const h1 = element(doc, 'h1', undefined, text.headline);
  for (const tag of fields.mediaTags) {
    h1.append(doc.createTextNode(' '), element(doc, 'span', 'media-tag', `(${labels.mediaTags[tag]})`));
  }
  header.append(h1);
  if (text.lead) header.append(element(doc, 'p', 'lead', text.lead));
  if (fields.authors.length > 0 || fields.outlet) {
    const byline = element(doc, 'p', 'byline');
    if (fields.authors.length > 0) byline.append(element(doc, 'span', 'authors', joinNames(fields.authors, labels)));
    if (fields.authors.length > 0 && fields.outlet) byline.append(doc.createTextNode(' — '));
    if (fields.outlet) byline.append(element(doc, 'span', 'outlet', fields.outlet));
    header.append(byline);
  }
  return header;
}

function buildRelated(doc: Document, input: ArticleHtmlInput, labels: ArticleLabels): HTMLElement | undefined {
  const related = input.draft.fields.related.filter((entry) => entry.title.trim());
  if (related.length === 0) return undefined;
  const nav = element(doc, 'nav', 'related');
  nav.setAttribute('aria-label', labels.related);
  const list = element(doc, 'ul');
  for (const entry of related) {
    const item = element(doc, 'li');
    if (entry.url) {
      const link = element(doc, 'a', undefined, entry.title);
      link.setAttribute('href', entry.url);
      item.append(link);
    } else {
      item.textContent = entry.title;
    }
    list.append(item);
  }
  nav.append(list);
  return nav;
}

/**
 * The article as a news page: related headlines, breaking badge, date line,
 * kicker, headline with its media tags, lead, byline, then the body as the
 * shared nodes export it, with quotes attributed and pictures captioned, and
 * schema.org NewsArticle data. The editor's preview and every exporter call
 * this one function. Pending suggestions are left out (the text as if all were
 * rejected): only what the journalist's copy says goes out. All user text enters through DOM text and attribute
 * setters, so the serializer escapes it.
 */
export function renderArticleHtml(input: ArticleHtmlInput): string {
  const doc = input.document;
  const { meta, fields } = input.draft;
  const labels = articleLabels[meta.language];
  const direction = directionOf(meta.language);
  const document = documentAsRejected(input.draft.document);
  const text = documentText(document);

  const editor = createArticleEditor();
  editor.setEditorState(editor.parseEditorState(JSON.stringify(document)));
  const body = element(doc, 'div', 'article-body');
  readWithDocument(editor, doc, () => $exportBody(editor, body));
  const bodyImages = decorateBody(body, input, labels);

  const article = element(doc, 'article', 'midad-article');
  article.setAttribute('lang', meta.language);
  article.setAttribute('dir', direction);
  const related = buildRelated(doc, input, labels);
  if (related) article.append(related);
  article.append(buildHeader(doc, input, labels, text), body);

  const featured = fields.featuredImage ? safeAssetUrl(input.assets(fields.featuredImage)) : '';
  const images = [...new Set([featured, ...bodyImages])].filter((url) => /^https?:\/\//.test(url));
  const jsonLd = element(doc, 'script');
  jsonLd.setAttribute('type', 'application/ld+json');
  jsonLd.textContent = scriptSafeJson(
    newsArticleJsonLd({ meta, fields, headline: text.headline, lead: text.lead, timeZone: input.settings.houseStyle.timeZone, images }),
  );
  article.append(jsonLd);
  if (!input.standalone) return article.outerHTML;

  const title = element(doc, 'title', undefined, text.headline);
  const css = element(doc, 'style', undefined, `${input.fontsCss ?? ''}\n${articleCss(input.settings.houseStyle.quotationMarks)}`);
  return `<!doctype html>\n<html lang="${meta.language}" dir="${direction}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${title.outerHTML}${css.outerHTML}</head><body>${article.outerHTML}</body></html>\n`;
}
