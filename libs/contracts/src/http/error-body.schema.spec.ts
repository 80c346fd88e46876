import { ErrorBodySchema } from './error-body.schema';

describe('ErrorBodySchema', () => {
  it('accepts a refusal with citation and kk/ru/en text', () => {
    const body = {
      error: {
        code: 'ELIGIBILITY.NOT_MET',
        message: 'candidate not eligible',
        cite: 'R3 §10(1)',
        text: { kk: 'к', ru: 'р', en: 'e' },
        details: { years: 2 },
      },
    };
    expect(ErrorBodySchema.parse(body)).toEqual(body);
  });

  it('rejects a lowercase code', () => {
    expect(ErrorBodySchema.safeParse({ error: { code: 'oops', message: 'x', text: { kk: 'к', ru: 'р', en: 'e' } } }).success).toBe(false);
  });
});
