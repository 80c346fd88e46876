import { legalDate } from '../common/legal-date';
import { editionInForce, firstEditionOf, RESOLUTION_206, RESOLUTION_536, RESOLUTION_755 } from './editions';

describe('the edition of each rule set in force on a day', () => {
  it('R3: the 2017 text until No. 206 took effect (14 April 2025), then No. 206', () => {
    expect(editionInForce('R3', legalDate('2025-04-13'))).toBe(RESOLUTION_755);
    expect(editionInForce('R3', legalDate('2025-04-14'))).toBe(RESOLUTION_206);
  });

  it('R2: No. 536 from 12 July 2023, then No. 206; R1: No. 206, which set it out anew', () => {
    expect(editionInForce('R2', legalDate('2024-01-08'))).toBe(RESOLUTION_536);
    expect(editionInForce('R2', legalDate('2026-01-08'))).toBe(RESOLUTION_206);
    expect(editionInForce('R1', legalDate('2026-01-08'))).toBe(RESOLUTION_206);
  });

  it('before the text it holds took effect, a rule set has no edition in force here; the first one is firstEditionOf', () => {
    expect(() => editionInForce('R1', legalDate('2025-04-13'))).toThrow(RangeError);
    expect(() => editionInForce('R2', legalDate('2023-07-11'))).toThrow('R2 is not in force on 2023-07-11');
    expect(firstEditionOf('R2')).toBe(RESOLUTION_536);
  });
});
