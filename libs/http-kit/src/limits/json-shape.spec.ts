import { DEFAULT_JSON_SHAPE, jsonShapeExceeded } from './json-shape';

const bytes = (s: string): Buffer => Buffer.from(s);

describe('jsonShapeExceeded', () => {
  it('lets an ordinary case body through', () => {
    expect(jsonShapeExceeded(bytes('{"a":{"b":[1,2,{"c":"[[[{{{"}]}}'), DEFAULT_JSON_SHAPE)).toBeUndefined();
  });

  it('refuses nesting past the limit, ignoring brackets inside strings and escaped quotes', () => {
    const limits = { maxDepth: 3, maxValues: 100 };
    expect(jsonShapeExceeded(bytes('[[[1]]]'), limits)).toBeUndefined();
    expect(jsonShapeExceeded(bytes('[[[[1]]]]'), limits)).toBe('depth');
    expect(jsonShapeExceeded(bytes('["\\"[[[[[["]'), limits)).toBeUndefined();
  });

  it('refuses too many values', () => {
    expect(jsonShapeExceeded(bytes(`[${'1,'.repeat(10)}1]`), { maxDepth: 3, maxValues: 5 })).toBe('values');
  });

  it('scans a 100,000-deep body without recursion', () => {
    const deep = bytes('['.repeat(100_000) + ']'.repeat(100_000));
    expect(jsonShapeExceeded(deep, { maxDepth: 200_000, maxValues: 10 })).toBeUndefined();
    expect(jsonShapeExceeded(deep, DEFAULT_JSON_SHAPE)).toBe('depth');
  });
});
