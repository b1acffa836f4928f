import type { LexicalEditor } from 'lexical';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/proofreading/types';
import { useMidad, useSettings } from '../../app/AppContext';
import { createValueStore, useValue } from '../../ui/valueStore';
import type { EditorExtensionContext } from '../editor/editorExtensions';
import { $applyFixes, $blockById, $selectFinding, bulkFixable } from './applyFix';
import { isDismissed } from './articleProofreading';
import { FindingActions } from './FindingActions';
import { sessionStore } from './sessionRegistry';

const noFindings = createValueStore<Finding[]>([]);

function jumpTo(editor: LexicalEditor, finding: Finding): void {
  editor.update(() => {
    if ($selectFinding(finding)) editor.getElementByKey($blockById(finding.blockId)!.getKey())?.scrollIntoView({ block: 'center' });
  });
  editor.focus();
}

function groupByRule(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) groups.set(finding.ruleId, [...(groups.get(finding.ruleId) ?? []), finding]);
  return groups;
}

/** The article's findings by rule: jump to each, fix one, fix all of a kind (never inside quotes), dismiss with a reason. */
export function FindingsPanel({ draftId, getEditor, fields, readOnly, onClose }: EditorExtensionContext & { onClose(): void }) {
  const { t } = useTranslation('proofreading');
  const midad = useMidad();
  const enabled = useSettings().proofreading;
  const session = useValue(sessionStore(draftId));
  const findings = useValue(session?.findings ?? noFindings);
  const articleFields = useValue(fields);
  const editor = getEditor();
  const visible = findings.filter((finding) => !isDismissed(articleFields, finding));
  const dismissed = findings.length - visible.length;

  return (
    <aside className="findings-panel" aria-label={t('editor.panel')}>
      <div className="panel-header">
        <h2>{t('editor.panel')}</h2>
        <button type="button" onClick={onClose} aria-label={t('editor.close')}>
          {t('common:close')}
        </button>
      </div>
      <label>
        <input type="checkbox" checked={enabled} onChange={(event) => void midad.settings.set({ key: 'proofreading', value: event.target.checked })} />{' '}
        {t('editor.enabled')}
      </label>
      {enabled && visible.length === 0 && <p>{t('editor.none')}</p>}
      {dismissed > 0 && <p>{t('editor.dismissedCount', { count: dismissed })}</p>}
      <ul>
        {[...groupByRule(visible)].map(([ruleId, items]) => {
          const fixable = bulkFixable(items);
          return (
            <li key={ruleId} className="finding-group" data-rule={ruleId}>
              <h3>
                {t(`rules.${ruleId}.name`)} <span className="count">({items.length})</span>
              </h3>
              {editor && !readOnly && fixable.length > 0 && (
                <button type="button" onClick={() => editor.update(() => void $applyFixes(fixable))}>
                  {t('editor.fixAll', { count: fixable.length })}
                </button>
              )}
              <ul>
                {items.map((finding) => (
                  <li key={`${finding.blockId}:${finding.start}:${finding.end}`} className="finding">
                    <button type="button" className={`link-button severity-${finding.severity}`} onClick={() => editor && jumpTo(editor, finding)}>
                      «{finding.text}» {t(finding.messageKey, { ...finding.params })}
                    </button>
                    {finding.insideQuote && <span className="badge">{t('editor.insideQuote')}</span>}
                    {editor && !readOnly && <FindingActions editor={editor} finding={finding} fields={fields} />}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
