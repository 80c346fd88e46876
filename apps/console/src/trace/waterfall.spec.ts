import type { TraceSpan } from '../api/api-types';
import { durationMs, waterfallRows } from './waterfall';

const span = (spanId: string, parentSpanId: string | undefined, startUs: number, durationUs: number, service = 'sending-body'): TraceSpan => ({
  traceId: 't1', spanId, ...(parentSpanId ? { parentSpanId } : {}), links: [], name: spanId, service, startUs, durationUs, error: false,
});

describe('waterfallRows', () => {
  it('puts each span under its parent, depth-first in start order, on one time axis', () => {
    const rows = waterfallRows([
      span('consume', 'publish', 600, 200, 'receiving-body'),
      span('http', undefined, 0, 1000),
      span('publish', 'http', 500, 50),
      span('mongo', 'http', 100, 100),
    ]);
    expect(rows.map((r) => [r.span.spanId, r.depth])).toEqual([['http', 0], ['mongo', 1], ['publish', 1], ['consume', 2]]);
    expect(rows[0]).toMatchObject({ offsetPct: 0, widthPct: 100 });
    expect(rows[3]).toMatchObject({ offsetPct: 60, widthPct: 20 });
  });

  it('keeps a span whose parent is missing as a root of its own', () => {
    expect(waterfallRows([span('orphan', 'gone', 0, 10)]).map((r) => r.depth)).toEqual([0]);
  });

  it('draws nothing for no spans, and rounds durations for display', () => {
    expect(waterfallRows([])).toEqual([]);
    expect([durationMs(1500), durationMs(25_000)]).toEqual(['1.5', '25']);
  });
});
