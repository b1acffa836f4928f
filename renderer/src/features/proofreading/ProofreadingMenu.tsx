import type { LexicalEditor } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleFields } from '../../../../shared/model/article';
import type { Finding } from '../../../../shared/proofreading/types';
import type { ValueStore } from '../../ui/valueStore';
import { ignoreWord } from './articleProofreading';
import { FindingActions, replaceFinding } from './FindingActions';

export interface MenuTarget {
  finding: Finding;
  x: number;
  y: number;
}

interface Props {
  editor: LexicalEditor;
  target: MenuTarget;
  fields: ValueStore<ArticleFields>;
  suggest(word: string): Promise<string[]>;
  addWord(word: string): Promise<void>;
  onClose(): void;
}

/** What can be done about the finding under the caret or the pointer; keyboard-operable, Escape closes. */
export function ProofreadingMenu({ editor, target, fields, suggest, addWord, onClose }: Props) {
  const { t } = useTranslation('proofreading');
  const { finding } = target;
  const spelling = finding.ruleId === 'spelling';
  const [suggestions, setSuggestions] = useState<string[] | undefined>(spelling ? undefined : []);
  const menu = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!spelling) return;
    let live = true;
    void suggest(finding.text).then((list) => live && setSuggestions(list.slice(0, 8)));
    return () => {
      live = false;
    };
  }, [spelling, finding.text, suggest]);

  useEffect(() => menu.current?.querySelector<HTMLElement>('button, input')?.focus(), [suggestions]);

  const close = () => {
    onClose();
    editor.focus();
  };

  return (
    <div
      ref={menu}
      className="proof-menu"
      role="dialog"
      aria-label={t('editor.menu')}
      style={{ insetBlockStart: target.y, insetInlineStart: Math.min(target.x, window.innerWidth - 240) }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close();
        }
      }}
    >
      <p>{t(finding.messageKey, { ...finding.params })}</p>
      {spelling && suggestions === undefined && <p role="status">{t('editor.suggesting')}</p>}
      {suggestions?.length === 0 && spelling && <p>{t('editor.noSuggestions')}</p>}
      {suggestions?.map((word) => (
        <button key={word} type="button" onClick={() => (replaceFinding(editor, finding, word), onClose())}>
          {word}
        </button>
      ))}
      {spelling && (
        <>
          <button type="button" onClick={() => void addWord(finding.text).then(close)}>
            {t('editor.addWord')}
          </button>
          <button type="button" onClick={() => (ignoreWord(fields, finding.text), close())}>
            {t('editor.ignoreWord')}
          </button>
        </>
      )}
      <FindingActions editor={editor} finding={finding} fields={fields} onDone={onClose} />
      <button type="button" onClick={close}>
        {t('common:close')}
      </button>
    </div>
  );
}
