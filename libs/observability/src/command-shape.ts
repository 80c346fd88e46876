/**
 * A command's shape, never its data (personal data and signatures stay out of spans): the command and
 * its collection, then each field as `?`, a count of items, or its keys. The instrumentation's default
 * masks every value of a 12 kB case state on every write: more CPU than the rest of a step (profiled).
 */
export function commandShape(command: Record<string, unknown>): string {
  const [first, ...rest] = Object.entries(command);
  const shape = (v: unknown): unknown =>
    Array.isArray(v) ? `[${v.length}]` : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).map((k) => [k, '?'])) : '?';
  return JSON.stringify({ ...(first ? { [first[0]]: typeof first[1] === 'string' ? first[1] : shape(first[1]) } : {}), ...Object.fromEntries(rest.map(([k, v]) => [k, shape(v)])) });
}
