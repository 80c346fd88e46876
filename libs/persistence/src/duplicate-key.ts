interface WriteError {
  readonly code?: unknown;
  readonly writeErrors?: ReadonlyArray<{ readonly code?: unknown }>;
}

const DUPLICATE_KEY = 11000;

/**
 * A write refused on a unique key (E11000), alone or as one of a bulk write's errors. On FerretDB v1
 * and MongoDB alike this refusal is atomic: it is how the stores here decide "exactly one writer".
 */
export function isDuplicateKey(err: unknown, of: 'some' | 'every' = 'some'): boolean {
  const e = err as WriteError | null;
  if (e?.code === DUPLICATE_KEY) return true;
  const errors = Array.isArray(e?.writeErrors) ? e.writeErrors : [];
  return errors.length > 0 && (of === 'some' ? errors.some((w) => w.code === DUPLICATE_KEY) : errors.every((w) => w.code === DUPLICATE_KEY));
}
