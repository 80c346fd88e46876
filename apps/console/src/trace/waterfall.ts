import type { TraceSpan } from '../api/api-types';

export interface WaterfallRow {
  readonly span: TraceSpan;
  readonly depth: number;
  /** Position and length on the case's time axis, in percent. */
  readonly offsetPct: number;
  readonly widthPct: number;
}

/**
 * Rows of a waterfall: each trace depth-first (children under their parent, in start order), traces
 * in the order they began. A span whose parent is not in the set (not exported yet, or a link's
 * target) starts a tree of its own rather than disappearing.
 */
export function waterfallRows(spans: readonly TraceSpan[]): WaterfallRow[] {
  if (spans.length === 0) return [];
  const start = Math.min(...spans.map((s) => s.startUs));
  const end = Math.max(...spans.map((s) => s.startUs + s.durationUs));
  const total = Math.max(end - start, 1);
  const ids = new Set(spans.map((s) => s.spanId));
  const children = new Map<string, TraceSpan[]>();
  const roots: TraceSpan[] = [];
  for (const s of [...spans].sort((a, b) => a.startUs - b.startUs)) {
    if (s.parentSpanId && ids.has(s.parentSpanId)) children.set(s.parentSpanId, [...(children.get(s.parentSpanId) ?? []), s]);
    else roots.push(s);
  }
  const rows: WaterfallRow[] = [];
  const visit = (span: TraceSpan, depth: number): void => {
    rows.push({
      span,
      depth,
      offsetPct: ((span.startUs - start) / total) * 100,
      widthPct: Math.max((span.durationUs / total) * 100, 0.2),
    });
    for (const child of children.get(span.spanId) ?? []) visit(child, depth + 1);
  };
  for (const root of roots) visit(root, 0);
  return rows;
}

/** Milliseconds, rounded for display. */
export const durationMs = (us: number): string => (us >= 10_000 ? (us / 1000).toFixed(0) : (us / 1000).toFixed(1));
