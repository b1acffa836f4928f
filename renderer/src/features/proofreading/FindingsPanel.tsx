import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../../shared/proofreading/types';
import { useMidad, useSettings } from '../../app/AppContext';
import { SidePanel } from '../../ui/SidePanel';
import { createValueStore, useValue } from '../../ui/valueStore';
import type { EditorExtensionContext } from '../editor/editorExtensions';
import { isDismissed } from './articleProofreading';
import { FindingGroup } from './FindingGroup';
import { NewsroomDictionaryControls } from './NewsroomDictionaryControls';
import { sessionStore } from './sessionRegistry';

const noFindings = createValueStore<Finding[]>([]);

function groupByRule(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.ruleId);
    if (group) group.push(finding);
    else groups.set(finding.ruleId, [finding]);
  }
  return groups;
}

/** The article's findings by rule, a page at a time: jump to each, fix one, fix all of a kind (never inside quotes), dismiss with a reason. */
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
    <SidePanel className="side-panel findings-panel" title={t('editor.panel')} onClose={onClose} closeLabel={t('editor.close')}>
      <label>
        <input type="checkbox" checked={enabled} onChange={(event) => void midad.settings.set({ key: 'proofreading', value: event.target.checked })} />{' '}
        {t('editor.enabled')}
      </label>
      <NewsroomDictionaryControls />
      {enabled && visible.length === 0 && <p>{t('editor.none')}</p>}
      {dismissed > 0 && <p>{t('editor.dismissedCount', { count: dismissed })}</p>}
      <ul>
        {[...groupByRule(visible)].map(([ruleId, items]) => (
          <FindingGroup key={ruleId} ruleId={ruleId} findings={items} editor={editor} readOnly={readOnly} fields={fields} />
        ))}
      </ul>
    </SidePanel>
  );
}
