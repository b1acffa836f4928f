import { useTranslation } from 'react-i18next';
import type { BlockComparison, WordChange } from '../../../../shared/review/compare/comparison';
import { inlineRows } from './compareRows';

export type CompareMode = 'inline' | 'side';

interface ComparedBlocksProps {
  blocks: readonly BlockComparison[];
  mode: CompareMode;
  /** The article's direction: the compared text is laid out like the article, whatever the UI language. */
  direction: 'rtl' | 'ltr';
  /** Absent when the editor is read-only. */
  onRestore?: (block: BlockComparison) => void;
  /** Column titles of the side-by-side view when the sides are not before and after (two machines' versions). */
  headings?: { old: string; new: string };
}

/** Whole-word runs: <del> and <ins> each wrap complete words, never letters of one. */
function Words({ words, show }: { words: readonly WordChange[]; show: ReadonlySet<WordChange['op']> }) {
  return (
    <>
      {words
        .filter((word) => show.has(word.op))
        .map((word, index) =>
          word.op === 'insert' ? <ins key={index}>{word.text}</ins> : word.op === 'delete' ? <del key={index}>{word.text}</del> : <span key={index}>{word.text}</span>,
        )}
    </>
  );
}

const ALL = new Set<WordChange['op']>(['equal', 'insert', 'delete']);
const OLD = new Set<WordChange['op']>(['equal', 'delete']);
const NEW = new Set<WordChange['op']>(['equal', 'insert']);

function Text({ block, side }: { block: BlockComparison; side: 'both' | 'old' | 'new' }) {
  if (block.status === 'changed') return <Words words={block.words!} show={side === 'both' ? ALL : side === 'old' ? OLD : NEW} />;
  if (block.status === 'added') return side === 'old' ? null : <ins>{block.newText}</ins>;
  if (block.status === 'removed') return side === 'new' ? null : <del>{block.oldText}</del>;
  return <>{side === 'old' ? block.oldText : block.newText}</>;
}

/** The blocks of a comparison, inline (one column, changes marked in place) or side by side (old | new, aligned per block). */
export function ComparedBlocks({ blocks, mode, direction, onRestore, headings }: ComparedBlocksProps) {
  const { t } = useTranslation('compare');
  const label = (block: BlockComparison) => {
    const number = (block.newIndex ?? block.oldIndex ?? 0) + 1;
    const role = block.role === 'body' ? t('block.number', { number }) : t(`role.${block.role}`);
    const status = block.status === 'unchanged' ? [] : [t(`block.${block.status}`)];
    const moved = block.moved ? [t('block.movedFrom', { from: block.oldIndex! + 1 })] : [];
    return [role, ...status, ...moved].join(' · ');
  };
  const restore = (block: BlockComparison) =>
    onRestore && (block.status === 'changed' || block.status === 'removed') ? (
      <button type="button" className="link-button" onClick={() => onRestore(block)}>
        {t('block.restore')}
      </button>
    ) : null;
  const className = (block: BlockComparison) => `compare-block compare-${block.status}${block.moved ? ' compare-moved' : ''}`;

  if (mode === 'side') {
    return (
      <div className="compare-side" role="table" aria-label={t('mode.side')}>
        <div role="row" className="compare-side-row compare-side-head">
          <span role="columnheader">{headings?.old ?? t('side.before')}</span>
          <span role="columnheader">{headings?.new ?? t('side.after')}</span>
        </div>
        {blocks.map((block, index) => (
          <div role="row" key={index} className={`compare-side-row ${className(block)}`} data-block-id={block.blockId ?? block.oldBlockId}>
            <div className="compare-block-meta muted">
              {label(block)} {restore(block)}
            </div>
            <div role="cell" dir={direction} className="compare-text">
              <Text block={block} side="old" />
            </div>
            <div role="cell" dir={direction} className="compare-text">
              <Text block={block} side="new" />
            </div>
          </div>
        ))}
      </div>
    );
  }
  return (
    <ol className="compare-inline">
      {inlineRows(blocks).map((row, index) =>
        row.kind === 'movedAway' ? (
          <li key={index} className="compare-moved-away muted">
            {t('block.movedTo', { to: row.block.newIndex! + 1 })}
          </li>
        ) : (
          <li key={index} className={className(row.block)} data-block-id={row.block.blockId ?? row.block.oldBlockId}>
            <div className="compare-block-meta muted">
              {label(row.block)} {restore(row.block)}
            </div>
            <p dir={direction} className="compare-text">
              <Text block={row.block} side="both" />
            </p>
          </li>
        ),
      )}
    </ol>
  );
}
