import fc from 'fast-check';

// What an attacker or a broken client sends. The first four lines are the four causes of the 500s
// found in issue #8: invalid legal dates, bad ids / cursors, deep arrays, bad %-escapes.
export const BAD_DATES = ['2026-13-01', '', 'today', '2026-02-30', '0000-00-00', '2026-1-1', '9999-99-99'] as const;
export const BAD_IDS = ['$where', '%00', '..', 'a.b', ' ', 'x'.repeat(129), '{"$ne":null}', 'case%2Fother'] as const;
export const BAD_ESCAPES = ['%', '%E0%A4%A', '%zz', '%C0%AF', '%ff%fe', 'ok%'] as const;
export const deepArray = (depth: number): string => '['.repeat(depth) + ']'.repeat(depth);
export const deepObject = (depth: number): string => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);

/** A value that does not belong where it is put. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(...BAD_DATES, ...BAD_IDS, null, true, -1, 1e308, Number.MAX_SAFE_INTEGER + 2, [], {}, '\u0000', '\ud800', '<script>'),
  fc.record({ $where: fc.string(), $ne: fc.constant(null) }, { requiredKeys: [] }),
  fc.string({ minLength: 300, maxLength: 2000 }),
  fc.anything({ maxDepth: 3 }),
);

/** A path segment as sent, not encoded: bad escapes and ids that must never reach the store. */
/**
 * The edge's own headers, often malformed (issue #20): forwarded addresses (sent from an untrusted peer,
 * so they must be ignored), waits (short, so the run stays bounded), versions and idempotency keys.
 */
export const edgeHeaders: fc.Arbitrary<Readonly<Record<string, string>>> = fc.record(
  {
    'x-forwarded-for': fc.oneof(fc.ipV4(), fc.ipV6(), fc.constantFrom('unknown', '1.2.3.4, 5.6.7.8', '::ffff:127.0.0.1', '999.1.1.1', ', ,', 'x'.repeat(300))),
    // Waits of 0 or malformed ones only: a valid long wait is held (up to 30 s) by design, past the fuzz's answer budget.
    prefer: fc.constantFrom('wait=0', 'wait=abc', 'wait=-5', 'wait=0.5', 'respond-async, wait=0', 'wait', 'return=minimal'),
    'if-match': fc.constantFrom('"0"', '"1"', '*', 'W/"1"', '"abc"', '', '"99999999999999999999"'),
    'idempotency-key': fc.oneof(fc.uuid(), fc.stringMatching(/^[!-~]{1,300}$/)),
  },
  { requiredKeys: [] },
);

export const nastySegment: fc.Arbitrary<string> = fc.oneof(fc.constantFrom<string>(...BAD_ESCAPES, ...BAD_IDS), fc.stringMatching(/^[%A-Za-z0-9$._~-]{1,40}$/));

/** A raw body that is not the JSON it claims to be, or JSON shaped to stall a recursive walk. */
export const nastyBody: fc.Arbitrary<{ readonly text: string; readonly contentType: string; readonly kind: string }> = fc.oneof(
  fc.integer({ min: 33, max: 20_000 }).map((d) => ({ text: deepArray(d), contentType: 'application/json', kind: 'deep-array' })),
  fc.integer({ min: 33, max: 40_000 }).map((d) => ({ text: deepObject(d), contentType: 'application/json', kind: 'deep-object' })),
  fc.integer({ min: 20_001, max: 60_000 }).map((n) => ({ text: `[${'0,'.repeat(n)}0]`, contentType: 'application/json', kind: 'wide-array' })),
  fc.string({ maxLength: 200 }).map((t) => ({ text: `{"truncated": ${JSON.stringify(t)}`, contentType: 'application/json', kind: 'malformed-json' })),
  fc.string({ maxLength: 200 }).map((t) => ({ text: t, contentType: 'text/plain', kind: 'wrong-content-type' })),
  fc.constant({ text: 'x'.repeat(300_000), contentType: 'application/json', kind: 'too-large' }),
);
