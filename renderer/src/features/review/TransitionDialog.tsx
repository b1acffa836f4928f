import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProofreadingFinding } from '../../../../shared/api/proofreadingService';
import type { ArticleFields } from '../../../../shared/model/article';
import type { AcknowledgedFinding } from '../../../../shared/model/draft';
import { Dialog } from '../../ui/Dialog';
import { useErrorText } from '../../ui/useErrorText';
import { gateFindings, type FindingGroup, type ReviewStep } from './reviewSteps';

interface TransitionDialogProps {
  step: ReviewStep;
  fields: ArticleFields;
  /** The saved draft's findings; called once when the step is checked. */
  proofread: () => Promise<ProofreadingFinding[]>;
  onJump: (finding: ProofreadingFinding) => void;
  onConfirm: (message: string, acknowledged: AcknowledgedFinding[]) => Promise<void>;
  onClose: () => void;
}

type Check = { state: 'checking' } | { state: 'done'; groups: FindingGroup[]; dismissed: AcknowledgedFinding[] } | { state: 'failed'; error: unknown };

/**
 * Confirms one review step: a message (required to request changes) and, for
 * the checked steps, the proofreading gate — every error is fixed (jump to it)
 * or acknowledged with a reason before the step can go.
 */
export function TransitionDialog({ step, fields, proofread, onJump, onConfirm, onClose }: TransitionDialogProps) {
  const { t } = useTranslation('review');
  const errorText = useErrorText();
  const [message, setMessage] = useState('');
  const [check, setCheck] = useState<Check>(step.checked ? { state: 'checking' } : { state: 'done', groups: [], dismissed: [] });
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [acknowledged, setAcknowledged] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    if (!step.checked) return;
    let current = true;
    proofread().then(
      (findings) => current && setCheck({ state: 'done', ...gateFindings(findings, fields) }),
      (caught: unknown) => current && setCheck({ state: 'failed', error: caught }),
    );
    return () => {
      current = false;
    };
    // Checked once, on the text as saved when the dialog opened.
  }, []);

  const groups = check.state === 'done' ? check.groups : [];
  const pending = groups.filter((group) => !acknowledged.has(group.key));
  const ready = check.state === 'done' && pending.length === 0 && (!step.messageRequired || message.trim() !== '') && !busy;
  const acknowledge = (keys: string[]) => setAcknowledged((current) => new Set([...current, ...keys]));

  const confirm = async () => {
    if (check.state !== 'done') return;
    const reason = (key: string) => reasons[key]?.trim();
    const list: AcknowledgedFinding[] = [
      ...check.dismissed,
      ...groups.map(({ key, ruleId, text }) => ({ ruleId, text, ...(reason(key) ? { reason: reason(key) } : {}) })),
    ];
    setBusy(true);
    try {
      await onConfirm(message.trim(), list);
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };

  const label = t(`action.${step.action}`);
  return (
    <Dialog title={label} onClose={onClose} className="review-dialog">
      {check.state === 'checking' && <p role="status">{t('dialog.checking')}</p>}
      {check.state === 'failed' && <p role="alert">{errorText(check.error)}</p>}
      {groups.length > 0 && (
        <section className="review-gate" aria-label={t('gate.title', { action: label })}>
          <h3>{t('gate.title', { action: label })}</h3>
          <p>{t('gate.intro')}</p>
          <ul>
            {groups.map((group) => {
              const first = group.findings[0]!;
              const done = acknowledged.has(group.key);
              return (
                <li key={group.key} className={done ? 'acknowledged' : undefined} data-rule={group.ruleId}>
                  <span>
                    «{group.text}» {t(`proofreading:${first.messageKey}`, { ...first.params })}
                    {group.findings.length > 1 && ` (${group.findings.length})`}
                  </span>
                  <label>
                    {t('gate.reason')}{' '}
                    <input value={reasons[group.key] ?? ''} onChange={(event) => setReasons({ ...reasons, [group.key]: event.target.value })} />
                  </label>
                  <span>
                    <button type="button" className="link-button" onClick={() => onJump(first)}>
                      {t('gate.jump')}
                    </button>{' '}
                    {done ? <strong>{t('gate.acknowledged')}</strong> : <button type="button" onClick={() => acknowledge([group.key])}>{t('gate.acknowledge')}</button>}
                  </span>
                </li>
              );
            })}
          </ul>
          {pending.length > 0 && (
            <p>
              {t('gate.pending', { count: pending.length })}{' '}
              <button type="button" onClick={() => acknowledge(pending.map((group) => group.key))}>
                {t('gate.acknowledgeAll')}
              </button>
            </p>
          )}
        </section>
      )}
      <label className="review-message">
        {t(step.messageRequired ? 'dialog.required' : 'dialog.optional')}
        <textarea value={message} required={step.messageRequired} maxLength={5_000} onChange={(event) => setMessage(event.target.value)} />
      </label>
      {error !== undefined && <p role="alert">{errorText(error)}</p>}
      <div className="dialog-actions">
        <button type="button" disabled={!ready} onClick={() => void confirm()}>
          {t('dialog.confirm')}
        </button>
        <button type="button" onClick={onClose}>
          {t('dialog.cancel')}
        </button>
      </div>
    </Dialog>
  );
}
