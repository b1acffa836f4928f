import type { Summary } from './stats';

/** One line of the bench table: Midad's numbers, a peer's from the same run, and the target. */
export interface BenchRow {
  suite: string;
  metric: string;
  /** `ratio` (0–1) and `per 1k words` carry quality measures such as the proofreader's recall. */
  unit: 'ms' | 'KB' | 'MB' | 'nodes' | 'ratio' | 'per 1k words';
  midad: Summary;
  /** A baseline measured in the same run (e.g. a plain `fs.writeFile`). */
  peer?: Summary & { name: string };
  /** Midad's p95 must be at most this. */
  targetP95?: number;
  /** How the target was set when it is relative to a peer (e.g. "≤ 1.2× Lexical"), shown beside the number. */
  targetNote?: string;
}

export interface ReportedRow extends BenchRow {
  /** Midad p95 over peer p95. */
  ratio?: number;
  pass?: boolean;
}

export function judge(row: BenchRow): ReportedRow {
  return {
    ...row,
    ratio: row.peer ? row.midad.p95 / row.peer.p95 : undefined,
    pass: row.targetP95 === undefined ? undefined : row.midad.p95 <= row.targetP95,
  };
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(2));
const withUnit = (value: number, unit: BenchRow['unit']) => `${ms(value)} ${unit}`;

export function formatTable(rows: ReportedRow[]): string {
  const header = ['metric', 'Midad p50', 'Midad p95', 'peer p50/p95', 'ratio', 'target', 'pass/fail'];
  const lines = rows.map((row) => [
    `${row.suite}: ${row.metric}`,
    withUnit(row.midad.p50, row.unit),
    withUnit(row.midad.p95, row.unit),
    row.peer ? `${row.peer.name} ${ms(row.peer.p50)}/${ms(row.peer.p95)} ${row.unit}` : '—',
    row.ratio === undefined ? '—' : `${row.ratio.toFixed(2)}×`,
    row.targetP95 === undefined
      ? '—'
      : `p95 ≤ ${ms(row.targetP95)} ${row.unit}${row.targetNote ? ` (${row.targetNote})` : ''}`,
    row.pass === undefined ? '—' : row.pass ? 'pass' : 'FAIL',
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...lines.map((line) => line[column]!.length)));
  const render = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return [render(header), render(widths.map((width) => '-'.repeat(width))), ...lines.map(render)].join('\n');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A horizontal bar per row: Midad's p95 as a share of its target (the line at
 * 100 %), so rows in different units of scale sit on one chart.
 */
export function renderSvg(rows: ReportedRow[]): string {
  const rowHeight = 28;
  const labelWidth = 360;
  const barWidth = 400;
  const height = rows.length * rowHeight + 40;
  const bars = rows.map((row, i) => {
    const y = 20 + i * rowHeight;
    const share = row.targetP95 ? row.midad.p95 / row.targetP95 : 0;
    const width = Math.min(1.5, share) * (barWidth / 1.5);
    const colour = row.pass === false ? '#c0392b' : '#2e86c1';
    const label = `${row.suite}: ${row.metric}`;
    return [
      `<text x="${labelWidth - 8}" y="${y + 17}" text-anchor="end">${escapeXml(label)}</text>`,
      `<rect x="${labelWidth}" y="${y + 4}" width="${width.toFixed(1)}" height="18" fill="${colour}"/>`,
      `<text x="${labelWidth + width + 6}" y="${y + 17}">${escapeXml(withUnit(row.midad.p95, row.unit))}</text>`,
    ].join('');
  });
  const targetX = labelWidth + barWidth / 1.5;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + barWidth + 120}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<text x="${labelWidth}" y="14">Midad p95 as a share of target (line = target)</text>`,
    ...bars,
    `<line x1="${targetX}" y1="20" x2="${targetX}" y2="${height - 10}" stroke="#333" stroke-dasharray="4 3"/>`,
    '</svg>',
  ].join('\n');
}
