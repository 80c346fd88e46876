import { assignKinds } from './package-kinds';

const files = (...names: string[]) => names.map((name) => ({ name }));
const kinds = (pairs: [string, { name: string }][]) => pairs.map(([k, f]) => `${k}=${f.name}`);

describe('dropped files to the package’s kinds (R3 §12)', () => {
  it('by name first, then the first kinds still missing, in the paragraph’s order', () => {
    expect(kinds(assignKinds(files('scan1.pdf', 'CV.pdf', 'scan2.pdf'), new Set()))).toEqual(['reasoned-letter=scan1.pdf', 'cv=CV.pdf', 'nomination=scan2.pdf']);
  });

  it('a named file replaces its kind even when present; an unnamed one never takes a present kind', () => {
    const present = new Set(['reasoned-letter', 'nomination', 'cv', 'service-record'] as const);
    expect(kinds(assignKinds(files('nomination-signed.pdf', 'x.pdf', 'y.pdf'), present))).toEqual(['nomination=nomination-signed.pdf', 'written-consent=x.pdf']);
  });
});
