/** How deep and how many values a JSON body may hold: a secondment case nests about 5 levels deep. */
export interface JsonShapeLimits {
  readonly maxDepth: number;
  readonly maxValues: number;
}

export const DEFAULT_JSON_SHAPE: JsonShapeLimits = { maxDepth: 32, maxValues: 20_000 };

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Scans the raw bytes once, before `JSON.parse` and before any walk of the parsed value, so a
 * 10,000-deep or 100,000-wide body is refused in linear time instead of stalling the event loop
 * (or overflowing the stack of a recursive walk). Returns what was exceeded, or undefined.
 */
export function jsonShapeExceeded(raw: Uint8Array, limits: JsonShapeLimits): 'depth' | 'values' | undefined {
  let depth = 0;
  let values = 1;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const byte = raw[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
      continue;
    }
    if (byte === QUOTE) inString = true;
    else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      if (++depth > limits.maxDepth) return 'depth';
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) depth--;
    else if (byte === COMMA && ++values > limits.maxValues) return 'values';
  }
  return undefined;
}

/** The error body-parser's `verify` throws: a 400 its own error handling already understands. */
export class JsonShapeError extends Error {
  readonly status = 400;
  readonly type = 'entity.shape.exceeded';
  constructor(readonly exceeded: 'depth' | 'values', readonly limits: JsonShapeLimits) {
    super(`JSON body exceeds the ${exceeded} limit`);
  }
}
