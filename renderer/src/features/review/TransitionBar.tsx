import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProofreadingFinding } from '../../../../shared/api/proofreadingService';
import type { AcknowledgedFinding } from '../../../../shared/model/draft';
import { useMidad, useSettings } from '../../app/AppContext';
import { scrollToArticleElement } from '../../editor/plugins/farBlocks';
import { useValue } from '../../ui/valueStore';
import { useErrorText } from '../../ui/useErrorText';
import type { EditorExtensionContext } from '../editor/editorExtensions';
import { useDraftsQuery } from '../library/useDraftsQuery';
import { $blockById, $selectFinding } from '../proofreading/applyFix';
import { reviewSteps, type ReviewStep } from './reviewSteps';
import { TransitionDialog } from './TransitionDialog';
import './review.css';

/**
 * The draft's editorial state as a badge and the steps the role may take from
 * it. A step saves pending text first and runs between saves, so the open
 * editor carries on from the status revision without a conflict.
 */
export function TransitionBar({ draftId, meta, readOnly, fields, controller, getEditor }: EditorExtensionContext) {
  const { t } = useTranslation('review');
  const midad = useMidad();
  const { role } = useSettings();
  const errorText = useErrorText();
  const articleFields = useValue(fields);
  const [open, setOpen] = useState<ReviewStep>();
  const [error, setError] = useState<unknown>();
  // Follows steps taken here, in another window or by the CLI.
  const { data: stored } = useDraftsQuery(async () => (await midad.drafts.list({})).find((draft) => draft.id === draftId), [draftId]);
  const status = stored?.status ?? meta.status;
  const steps = readOnly ? [] : reviewSteps(status, role);

  const start = async (step: ReviewStep) => {
    setError(undefined);
    try {
      // The check and the step read the saved text: save what was typed first.
      await controller?.flush();
      setOpen(step);
    } catch (caught) {
      setError(caught);
    }
  };

  const take = async (step: ReviewStep, message: string, acknowledged: AcknowledgedFinding[]) => {
    const args = { id: draftId, to: step.to, ...(message ? { message } : {}), ...(acknowledged.length > 0 ? { acknowledged } : {}) };
    await (controller ? controller.between(() => midad.review.transition(args)) : midad.review.transition(args));
    setOpen(undefined);
  };

  const jump = (finding: ProofreadingFinding) => {
    setOpen(undefined);
    const editor = getEditor();
    if (!editor) return;
    editor.update(() => {
      if ($selectFinding(finding)) scrollToArticleElement(editor.getElementByKey($blockById(finding.blockId)!.getKey()));
    });
    editor.focus();
  };

  return (
    <div className="review-bar" role="group" aria-label={t('bar.label')}>
      <span className="status-badge" data-status={status} role="status">
        {t('bar.state', { status: t(`common:status.${status}`) })}
      </span>
      {steps.map((step) => (
        <button key={`${step.action}:${step.to}`} type="button" onClick={() => void start(step)}>
          {t(`action.${step.action}`)}
        </button>
      ))}
      {error !== undefined && <span role="alert">{errorText(error)}</span>}
      {open && (
        <TransitionDialog
          step={open}
          fields={articleFields}
          proofread={async () => (await midad.proofreading.checkDraft({ id: draftId })).findings}
          onJump={jump}
          onConfirm={(message, acknowledged) => take(open, message, acknowledged)}
          onClose={() => setOpen(undefined)}
        />
      )}
    </div>
  );
}
