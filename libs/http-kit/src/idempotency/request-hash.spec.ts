import { requestHash } from './request-hash';

describe('requestHash: what makes a retry the same request', () => {
  const base = { method: 'POST', url: '/cases', json: { a: 1, b: { c: [1, 2] } } };

  it('ignores the order of JSON keys, not their values', () => {
    expect(requestHash({ ...base, json: { b: { c: [1, 2] }, a: 1 } })).toBe(requestHash(base));
    expect(requestHash({ ...base, json: { a: 1, b: { c: [2, 1] } } })).not.toBe(requestHash(base));
  });

  it('differs by method, path or query, and by a file\'s bytes', () => {
    expect(requestHash({ ...base, method: 'PUT' })).not.toBe(requestHash(base));
    expect(requestHash({ ...base, url: '/cases?x=1' })).not.toBe(requestHash(base));
    const file = { method: 'PUT', url: '/cases/c/documents/cv' };
    expect(requestHash({ ...file, rawSha256: 'aa' })).not.toBe(requestHash({ ...file, rawSha256: 'bb' }));
    expect(requestHash({ ...file, rawSha256: 'aa' })).toBe(requestHash({ ...file, rawSha256: 'aa' }));
  });
});
