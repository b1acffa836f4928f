import { $getNodeByKey, type LexicalEditor, type NodeKey } from 'lexical';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OPEN_SOURCE_POPOVER_COMMAND } from '../../editor/plugins/QuotePlugin';
import { scrollToArticleElement } from '../../editor/plugins/farBlocks';
import { SidePanel } from '../../ui/SidePanel';
import { useValue } from '../../ui/valueStore';
import type { EditorExtensionContext } from '../editor/editorExtensions';
import { unbalancedMarks } from '../quotes/quoteProblems';
import { $collectQuotes, type DraftQuote } from '../quotes/quoteDocument';
import { firstWords, quotesBySource } from './draftSources';

/** Selects a quote and brings it into view, leaving the caret at its start. */
function jumpTo(editor: LexicalEditor, key: NodeKey): void {
  editor.update(() => $getNodeByKey(key)?.selectStart());
  scrollToArticleElement(editor.getElementByKey(key));
  editor.focus();
}

function useDraftQuotes(editor: LexicalEditor | null): DraftQuote[] {
  const [quotes, setQuotes] = useState<DraftQuote[]>([]);
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => setQuotes(editor.getEditorState().read($collectQuotes));
    read();
    const unregister = editor.registerUpdateListener(({ dirtyElements }) => {
      if (dirtyElements.size === 0) return;
      clearTimeout(timer);
      timer = setTimeout(read, 300);
    });
    return () => {
      clearTimeout(timer);
      unregister();
    };
  }, [editor]);
  return quotes;
}

/** The sources quoted in this draft with their quotes; each quote jumps to its place, each source can be changed. */
export function SourcesPanel({ getEditor, sources, onClose }: EditorExtensionContext & { onClose(): void }) {
  const { t } = useTranslation('sources');
  const editor = getEditor();
  const quotes = useDraftQuotes(editor);
  const list = useValue(sources);
  const unbalanced = useValue(unbalancedMarks(editor ?? ({} as LexicalEditor)));
  const grouped = quotesBySource(quotes);
  const unsourced = grouped.get('') ?? [];
  const nameOf = (id: string) => list.find((source) => source.id === id);

  const quoteButton = (quote: DraftQuote) => (
    <li key={quote.key}>
      <button type="button" className="link-button" onClick={() => editor && jumpTo(editor, quote.key)} aria-label={t('panel.jump', { text: quote.text })}>
        {quote.kind === 'pullquote' && <span className="badge">{t('panel.pullQuote')}</span>} {firstWords(quote.text)}
      </button>
    </li>
  );

  return (
    <SidePanel className="side-panel sources-panel" title={t('panel.title')} onClose={onClose} closeLabel={t('panel.close')}>
      {unbalanced > 0 && <p role="status" className="problem">{t('panel.unbalanced', { count: unbalanced })}</p>}
      {grouped.size === 0 && <p>{t('panel.empty')}</p>}
      <ul className="sources-list">
        {[...grouped.entries()]
          .filter(([id]) => id !== '')
          .map(([id, items]) => {
            const source = nameOf(id);
            return (
              <li key={id}>
                <h3>{source?.name ?? id}</h3>
                {source?.title && <p className="source-title">{source.title}</p>}
                <p>{t('panel.quoteCount', { count: items.length })}</p>
                <ul>{items.map(quoteButton)}</ul>
                <button type="button" onClick={() => editor?.dispatchCommand(OPEN_SOURCE_POPOVER_COMMAND, items[0]!.key)}>
                  {t('panel.edit')}
                </button>
              </li>
            );
          })}
      </ul>
      {unsourced.length > 0 && (
        <section aria-label={t('panel.unsourced')}>
          <h3 className="problem">{t('panel.unsourced')}</h3>
          <ul>
            {unsourced.map((quote) => (
              <li key={quote.key}>
                {quoteButton(quote).props.children}
                <button type="button" onClick={() => editor?.dispatchCommand(OPEN_SOURCE_POPOVER_COMMAND, quote.key)}>
                  {t('panel.choose')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </SidePanel>
  );
}
