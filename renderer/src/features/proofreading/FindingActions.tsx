import type { LexicalEditor } from 'lexical';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArticleFields } from '../../../../shared/model/article';
import type { Finding } from '../../../../shared/proofreading/types';
import type { ValueStore } from '../../ui/valueStore';
import { $applyReplacement } from './applyFix';
import { dismissFinding } from './articleProofreading';

/** Replaces a finding's text in one undo step. */
export function replaceFinding(editor: LexicalEditor, finding: Finding, replacement: string): void {
  editor.update(() => void $applyReplacement(finding, replacement));
  editor.focus();
}

interface Props {
  editor: LexicalEditor;
  finding: Finding;
  fields: ValueStore<ArticleFields>;
  /** After a fix or a dismissal (the menu closes). */
  onDone?(): void;
}

/**
 * Fix and dismiss for one finding. A fix inside a direct quote changes the
 * speaker's words, so it asks first; a dismissal asks for its reason.
 */
export function FindingActions({ editor, finding, fields, onDone }: Props) {
  const { t } = useTranslation('proofreading');
  const [confirming, setConfirming] = useState(false);
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');

  const fix = () => {
    if (finding.insideQuote && !confirming) return setConfirming(true);
    replaceFinding(editor, finding, finding.fix!.replacement);
    onDone?.();
  };

  return (
    <div className="finding-actions">
      {finding.fix && (
        <button type="button" onClick={fix}>
          {confirming ? t('editor.confirmQuoteFix', { replacement: finding.fix.replacement }) : t('editor.fix', { replacement: finding.fix.replacement })}
        </button>
      )}
      {dismissing ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            dismissFinding(fields, finding, reason.trim());
            onDone?.();
          }}
        >
          <input aria-label={t('editor.reason')} placeholder={t('editor.reason')} value={reason} required autoFocus onChange={(event) => setReason(event.target.value)} />
          <button type="submit">{t('editor.dismiss')}</button>
        </form>
      ) : (
        <button type="button" onClick={() => setDismissing(true)}>
          {t('editor.dismissWithReason')}
        </button>
      )}
    </div>
  );
}
