import { canonicalJson } from './canonical-json';

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: true, y: null }], c: 'x' }, u: undefined })).toBe(
      '{"a":{"c":"x","d":[2,{"y":null,"z":true}]},"b":1}',
    );
  });

  it('gives the same text for the same data whatever the key order or whitespace', () => {
    const a = JSON.parse('{"x": 1, "y": {"b": "β", "a": [1, 2]}}');
    const b = JSON.parse('{"y":{"a":[1,2],"b":"β"},"x":1}');
    expect(canonicalJson(a)).toBe(canonicalJson(b));
  });

  it('refuses values JSON cannot represent', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow();
  });
});
