import { useTranslation } from 'react-i18next';
import type { Comparison, FieldValue, Quote, QuoteChange } from '../../../../shared/review/compare/comparison';

function who(quote: Quote | undefined): string {
  if (!quote) return '';
  return [quote.sourceName, quote.attribution.titleUsed ?? quote.sourceTitle, quote.attribution.outlet].filter(Boolean).join('، ');
}

/** The list a reviewer reads first: counts, headline and fields with old → new, quotes and attributions. */
export function CompareSummary({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation('compare');
  const value = (field: FieldValue) => {
    if (field === null || (Array.isArray(field) && field.length === 0)) return t('summary.empty');
    if (typeof field === 'boolean') return t(field ? 'summary.yes' : 'summary.no');
    return Array.isArray(field) ? field.join('، ') : field;
  };
  const change = (before: string, after: string) => (
    // Each side isolated, so an Arabic value next to a Latin one keeps its own direction.
    <span className="compare-change">
      <del>
        <bdi>{before}</bdi>
      </del>{' '}
      <span aria-hidden="true">{t('summary.arrow')}</span>{' '}
      <ins>
        <bdi>{after}</bdi>
      </ins>
    </span>
  );
  const quoteLine = (entry: QuoteChange) => {
    const quote = (entry.after ?? entry.before)!;
    const details = [
      entry.textChanged ? t('summary.quote.text') : '',
      entry.attributionChanged.length > 0
        ? t('summary.quote.attribution', { parts: entry.attributionChanged.map((part) => t(`summary.parts.${part}`)).join('، ') })
        : '',
    ].filter(Boolean);
    return (
      <>
        <strong>{t(`summary.quote.${entry.status}`)}</strong>: <q>{quote.text}</q> {who(quote) && <bdi className="muted">— {who(quote)}</bdi>}
        {details.length > 0 && <div className="muted">{details.join(' · ')}</div>}
        {entry.attributionChanged.length > 0 && <div>{change(who(entry.before) || t('summary.empty'), who(entry.after) || t('summary.empty'))}</div>}
        {entry.textChanged && <div>{change(entry.before!.text, entry.after!.text)}</div>}
      </>
    );
  };
  const { counts } = comparison;
  const nothing = counts.added + counts.removed + counts.changed + counts.moved === 0 && comparison.fields.length === 0;
  return (
    <section className="compare-summary" aria-label={t('summary.title')}>
      <h3>{t('summary.title')}</h3>
      <p>{nothing ? t('summary.nothing') : t('summary.counts', counts)}</p>
      <ul>
        {comparison.fields.map((entry) => (
          <li key={entry.field}>
            <strong>{t(`summary.fields.${entry.field}`)}</strong>: {change(value(entry.before), value(entry.after))}
          </li>
        ))}
        {!comparison.fieldsKnown && <li className="muted">{t('summary.fieldsUnknown')}</li>}
        {comparison.quotes.map((entry, index) => (
          <li key={`q${index}`}>{quoteLine(entry)}</li>
        ))}
      </ul>
    </section>
  );
}
