import type { BenchRow } from '../lib/report';
import type { Summary } from '../lib/stats';
import type { EditorKind } from './editors';

export interface Measured {
  kind: EditorKind;
  name: string;
  summary: Summary;
}

/** A target relative to one peer's p95 in the same run, optionally capped by an absolute one. */
export interface PeerTarget {
  ratio?: number;
  absolute?: number;
}

/**
 * One row per peer for a metric: Midad beside each peer measured in the same
 * run, the target set from that peer's p95 where the issue asks for a ratio;
 * a peer that could not be measured gets a row that says why.
 */
export function peerRows(options: {
  suite: string;
  metric: string;
  unit?: BenchRow['unit'];
  results: Measured[];
  targets?: Partial<Record<EditorKind, PeerTarget>>;
  wordpressMissing?: string;
}): BenchRow[] {
  const { suite, metric, unit = 'ms', results, targets = {} } = options;
  const midad = results.find((result) => result.kind === 'midad');
  if (!midad) return [];
  const rows: BenchRow[] = results
    .filter((result) => result.kind !== 'midad')
    .map((peer) => {
      const target = targets[peer.kind];
      const bounds: Array<[number, string]> = [];
      if (target?.ratio !== undefined) bounds.push([target.ratio * peer.summary.p95, `≤ ${target.ratio}× ${peer.name}`]);
      if (target?.absolute !== undefined) bounds.push([target.absolute, `≤ ${target.absolute} ${unit}`]);
      const tightest = bounds.length ? Math.min(...bounds.map(([value]) => value)) : undefined;
      return {
        suite,
        metric: `${metric} vs ${peer.name}`,
        unit,
        midad: midad.summary,
        peer: { name: peer.name, ...peer.summary },
        targetP95: tightest,
        // A bare absolute bound needs no note: the number says it.
        targetNote: target?.ratio !== undefined ? bounds.map(([, note]) => note).join(' and ') : undefined,
      };
    });
  if (options.wordpressMissing) {
    rows.push({ suite, metric: `${metric} vs WordPress: not measured (${options.wordpressMissing})`, unit, midad: midad.summary });
  }
  return rows;
}
