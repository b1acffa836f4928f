import type { LexicalEditor } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleFields } from '../../../../shared/model/article';
import type { Finding } from '../../../../shared/proofreading/types';
import { scrollToArticleElement } from '../../editor/plugins/farBlocks';
import type { ValueStore } from '../../ui/valueStore';
import { $applyFixes, $blockById, $selectFinding, bulkFixable } from './applyFix';
import { FindingActions } from './FindingActions';

/**
 * Findings listed per group at first and per "show more": a 10,000-word article
 * can have hundreds, and each row carries its own buttons.
 */
export const FINDINGS_PAGE = 50;

function jumpTo(editor: LexicalEditor, finding: Finding): void {
  editor.update(() => {
    if ($selectFinding(finding)) scrollToArticleElement(editor.getElementByKey($blockById(finding.blockId)!.getKey()));
  });
  editor.focus();
}

interface Props {
  ruleId: string;
  findings: Finding[];
  editor: LexicalEditor | null;
  readOnly: boolean;
  fields: ValueStore<ArticleFields>;
}

/** One rule's findings with their count, "fix all" and, past a page of them, "show more". */
export function FindingGroup({ ruleId, findings, editor, readOnly, fields }: Props) {
  const { t } = useTranslation('proofreading');
  const [shown, setShown] = useState(FINDINGS_PAGE);
  const list = useRef<HTMLUListElement>(null);
  /** Index of the first finding a "show more" revealed: the keyboard goes on from there. */
  const revealed = useRef<number | undefined>(undefined);
  const fixable = bulkFixable(findings);
  const remaining = findings.length - shown;

  useEffect(() => {
    if (revealed.current === undefined) return;
    list.current?.children[revealed.current]?.querySelector('button')?.focus();
    revealed.current = undefined;
  }, [shown]);

  return (
    <li className="finding-group" data-rule={ruleId}>
      <h3>
        {t(`rules.${ruleId}.name`)} <span className="count">({findings.length})</span>
      </h3>
      {editor && !readOnly && fixable.length > 0 && (
        <button type="button" onClick={() => editor.update(() => void $applyFixes(fixable))}>
          {t('editor.fixAll', { count: fixable.length })}
        </button>
      )}
      <ul ref={list}>
        {findings.slice(0, shown).map((finding) => (
          <li key={`${finding.blockId}:${finding.start}:${finding.end}`} className="finding">
            <button type="button" className={`link-button severity-${finding.severity}`} onClick={() => editor && jumpTo(editor, finding)}>
              «{finding.text}» {t(finding.messageKey, { ...finding.params })}
            </button>
            {finding.insideQuote && <span className="badge">{t('editor.insideQuote')}</span>}
            {editor && !readOnly && <FindingActions editor={editor} finding={finding} fields={fields} />}
          </li>
        ))}
      </ul>
      {remaining > 0 && (
        <button
          type="button"
          className="show-more"
          onClick={() => {
            revealed.current = shown;
            setShown(shown + FINDINGS_PAGE);
          }}
        >
          {t('editor.showMore', { count: Math.min(remaining, FINDINGS_PAGE), remaining })}
        </button>
      )}
    </li>
  );
}
