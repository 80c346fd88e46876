import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { tokenVerifier } from '@sx/http-kit';
import { signInAs } from '@sx/testing';

// The provider as a real process; the officials sign in through its login form (Authorization Code +
// PKCE), and the services' own token path verifies what it issued.
const freePort = () =>
  new Promise<number>((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });

let idp: ChildProcess;
let issuer: string;
const ROLES = { roleClaim: 'roles', roleValues: { preparer: ['preparer'], signatory: ['signatory'] }, nameClaim: 'name', positionClaim: 'position' };

beforeAll(async () => {
  const port = await freePort();
  issuer = `http://127.0.0.1:${port}`;
  idp = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'main.ts')], { env: { ...process.env, SX_IDP_PORT: String(port), NODE_ENV: 'development' }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((ok, fail) => {
    idp.stdout?.on('data', (d: Buffer) => d.toString().includes('issuer') && ok());
    idp.on('exit', (code) => fail(new Error(`identity-provider exited ${code}`)));
  });
}, 60_000);
afterAll(() => idp?.kill());

describe('local identity provider', () => {
  it('a dev signatory signs in with Authorization Code + PKCE; the service verifies the token as that official', async () => {
    const token = await signInAs(issuer, 'signatory@ministry-of-justice', 'receiving-body');
    const verify = tokenVerifier({ 'ministry-of-justice': { issuer, ...ROLES } }, 'receiving-body');
    await expect(verify(token)).resolves.toMatchObject({ agencyId: 'ministry-of-justice', kind: 'person', issuer, subject: 'signatory@ministry-of-justice', roles: ['signatory'] });
  }, 30_000);

  it('a token issued for one service is refused by another (audience = the service)', async () => {
    const token = await signInAs(issuer, 'preparer@mfa', 'foreign-affairs');
    const verify = tokenVerifier({ mfa: { issuer, ...ROLES } }, 'receiving-body');
    await expect(verify(token)).rejects.toMatchObject({ status: 401, code: 'AUTH.TOKEN_WRONG_AUDIENCE' });
  }, 30_000);

  it('refuses to start with NODE_ENV=production', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'main.ts')], { env: { ...process.env, NODE_ENV: 'production', SX_IDP_PORT: '0' }, stdio: 'ignore' });
    await expect(new Promise((ok) => child.on('exit', ok))).resolves.toBe(1);
  }, 30_000);
});
