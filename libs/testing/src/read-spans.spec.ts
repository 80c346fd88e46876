import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ancestry, readSpans, spansOfTrace, type SpanRecord } from './read-spans';

const span = (spanId: string, parentSpanId: string | undefined, traceId = 'a'.repeat(32)): SpanRecord => ({
  traceId, spanId: spanId.repeat(16), ...(parentSpanId ? { parentSpanId: parentSpanId.repeat(16) } : {}),
  name: spanId, kind: 'internal', service: 's', scope: 'x', startTimeMs: 0, durationMs: 1, status: 'unset', attributes: {},
});

describe('readSpans', () => {
  it('reads whole lines only and follows parents to the root', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'sx-spans-')), 'spans.jsonl');
    expect(readSpans(file)).toEqual([]);
    const spans = [span('1', undefined), span('2', '1'), span('3', '2'), span('4', undefined, 'b'.repeat(32))];
    appendFileSync(file, spans.map((s) => JSON.stringify(s) + '\n').join('') + '{"traceId":"torn');
    const read = readSpans(file);
    expect(read).toHaveLength(4);
    expect(spansOfTrace(read, 'a'.repeat(32))).toHaveLength(3);
    expect(ancestry(read, read[2] as SpanRecord).map((s) => s.name)).toEqual(['3', '2', '1']);
  });
});
