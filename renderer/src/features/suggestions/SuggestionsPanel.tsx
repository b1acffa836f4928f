import type { LexicalEditor } from 'lexical';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { $listSuggestions, type SuggestionSummary } from '../../../../shared/review/suggestions/listSuggestions';
import { scrollToArticleElement } from '../../editor/plugins/farBlocks';
import { SidePanel } from '../../ui/SidePanel';
import { useValue } from '../../ui/valueStore';
import type { EditorExtensionContext } from '../editor/editorExtensions';
import { decideAll, decideSuggestion } from './decideSuggestion';
import { liveEditor } from './liveEditor';
import './suggestions.css';

function useSuggestions(editor: LexicalEditor | null): SuggestionSummary[] {
  const [list, setList] = useState<SuggestionSummary[]>(() => editor?.read($listSuggestions) ?? []);
  useEffect(() => {
    if (!editor) return undefined;
    setList(editor.read($listSuggestions));
    return editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      setList(editorState.read($listSuggestions));
    });
  }, [editor]);
  return list;
}

function showInText(editor: LexicalEditor, id: string): void {
  const quoted = CSS.escape(id);
  const element = editor.getRootElement()?.querySelector(`[data-suggestion-id="${quoted}"], [data-suggested-split="${quoted}"]`);
  scrollToArticleElement(element);
}

/** Pending suggestions in document order: who, when, what; accept or reject each, or all. */
export function SuggestionsPanel({ draftId, getEditor, readOnly, sources, onClose }: EditorExtensionContext & { onClose(): void }) {
  const { t, i18n } = useTranslation('suggestions');
  const editor = useValue(liveEditor(draftId)) ?? getEditor();
  const list = useSuggestions(editor);
  const sourceList = useValue(sources);
  const sourceName = (id: string | undefined) => sourceList.find((source) => source.id === id)?.name ?? id ?? '';
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const canDecide = !!editor && !readOnly;

  return (
    <SidePanel className="side-panel suggestions-panel" title={t('panel.title')} onClose={onClose} closeLabel={t('panel.close')}>
      {list.length === 0 ? (
        <p>{t('panel.none')}</p>
      ) : (
        <>
          <p>{t('panel.count', { count: list.length })}</p>
          {canDecide && (
            <div className="suggestions-bulk">
              <button type="button" onClick={() => decideAll(editor, true)}>
                {t('acceptAll')}
              </button>
              <button type="button" onClick={() => decideAll(editor, false)}>
                {t('rejectAll')}
              </button>
            </div>
          )}
        </>
      )}
      <ul className="suggestions-list">
        {list.map((suggestion) => (
          <li key={suggestion.id} className={`suggestion suggestion-${suggestion.kind}`} data-suggestion={suggestion.id}>
            <button type="button" className="link-button" onClick={() => editor && showInText(editor, suggestion.id)}>
              <strong>{t(`kind.${suggestion.kind}`)}</strong> <bdi className="suggestion-text">{suggestion.text}</bdi>
            </button>
            {suggestion.attribution && <div className="suggestion-source">{t('proposedSource', { name: sourceName(suggestion.attribution.sourceId) })}</div>}
            {suggestion.replacedText !== undefined && <div className="suggestion-replaced">{t('replaces', { text: suggestion.replacedText })}</div>}
            <div className="suggestion-by">{t('by', { author: suggestion.author, time: suggestion.at ? time.format(new Date(suggestion.at)) : '' })}</div>
            {canDecide && (
              <div className="suggestion-actions">
                <button type="button" aria-label={t('acceptOne', { text: suggestion.text })} onClick={() => decideSuggestion(editor, suggestion.id, true)}>
                  {t('accept')}
                </button>
                <button type="button" aria-label={t('rejectOne', { text: suggestion.text })} onClick={() => decideSuggestion(editor, suggestion.id, false)}>
                  {t('reject')}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </SidePanel>
  );
}
