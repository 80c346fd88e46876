import { legalDateOf } from './index';

describe('legal date of an instant (Asia/Almaty)', () => {
  it('SPEC Deadlines: 19:30 UTC on 1 March 2024 is already 2 March 2024 in Kazakhstan (UTC+5 since 1 March 2024)', () => {
    expect(legalDateOf(new Date('2024-03-01T19:30:00Z'))).toBe('2024-03-02');
  });

  it('SPEC Deadlines: 18:30 UTC on 1 June 2023 was already 2 June 2023 in Almaty (UTC+6 then)', () => {
    expect(legalDateOf(new Date('2023-06-01T18:30:00Z'))).toBe('2023-06-02');
  });

  it('SPEC Deadlines: 18:30 UTC on 1 March 2024 is still 1 March 2024 (23:30 at UTC+5)', () => {
    expect(legalDateOf(new Date('2024-03-01T18:30:00Z'))).toBe('2024-03-01');
  });

  it('SPEC Deadlines: 18:30 UTC on 28 February 2024 was already 29 February 2024 (UTC+6 until the change)', () => {
    expect(legalDateOf(new Date('2024-02-28T18:30:00Z'))).toBe('2024-02-29');
  });

  it('SPEC Deadlines: on the night of the change, 18:30 UTC on 29 February 2024 is 23:30 on 29 February (clocks went back from 00:00 to 23:00)', () => {
    expect(legalDateOf(new Date('2024-02-29T18:30:00Z'))).toBe('2024-02-29');
  });
});
