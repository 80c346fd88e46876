import { z } from 'zod';
import { deterministicId } from './deterministic-id';

describe('deterministicId', () => {
  it('gives the same uuid for the same parts, so a repeated command cannot create a second order', () => {
    expect(deterministicId('case-1', 'order')).toBe(deterministicId('case-1', 'order'));
    expect(z.uuid().safeParse(deterministicId('case-1', 'order')).success).toBe(true);
  });

  it('differs when any part differs, including how parts are split', () => {
    expect(deterministicId('case-1', 'order')).not.toBe(deterministicId('case-2', 'order'));
    expect(deterministicId('a|b', 'c')).not.toBe(deterministicId('a', 'b|c'));
  });
});
