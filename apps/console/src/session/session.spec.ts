import { officialOf, session } from './session';

const b64url = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const token = (claims: object) => `${b64url({ alg: 'RS256' })}.${b64url(claims)}.sig`;

describe('the console’s session (memory only)', () => {
  it('reads who signed in from the access token (Cyrillic names included)', () => {
    expect(officialOf(token({ sub: 'signatory@ministry-of-justice', name: 'Әсел Нұрланқызы', position: 'Executive Secretary', agency: 'ministry-of-justice', roles: ['signatory'] }))).toEqual({
      subject: 'signatory@ministry-of-justice', name: 'Әсел Нұрланқызы', position: 'Executive Secretary', agency: 'ministry-of-justice', roles: ['signatory'],
    });
  });

  it('an expired session is no session; ending it tells the page', () => {
    const seen: (string | null)[] = [];
    const stop = session.subscribe((s) => seen.push(s?.accessToken ?? null));
    const official = officialOf(token({ sub: 'x' }));
    session.set({ accessToken: 't1', expiresAt: Date.now() + 60_000, official });
    expect(session.token()).toBe('t1');
    session.set({ accessToken: 't2', expiresAt: Date.now() - 1, official });
    expect(session.token()).toBeNull();
    session.set(null);
    stop();
    expect(seen).toEqual(['t1', 't2', null]);
  });
});
