import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnvelope } from '@sx/contracts';
import { REPO_ROOT } from '@sx/testing';
import { AgencyRegistry } from '../../agencies/agency-registry';
import type { DueMark } from '@sx/persistence';
import { serviceMessageCatalog } from '../../runtime/service-message-catalog';
import type { CaseContext } from '../../context/case-context';
import { dueCaseMessages } from './due-cases.dispatch';
import { DUE_CASES_PER_MESSAGE, ObligationsDueNotice } from './obligations-due.message';

const agencies = AgencyRegistry.fromJson(JSON.parse(readFileSync(join(REPO_ROOT, 'deploy/agencies/agencies.json'), 'utf8')));
const ctx = { service: 'receiving-body', agencies } as unknown as CaseContext;

describe('due cases handed to the workers', () => {
  const cases = new Map<string, DueMark[]>(Array.from({ length: 120 }, (_, i) => [`case-${i}`, []]));
  cases.set('case-7', [{ caseId: 'case-7', key: 'R3~receiver-decision', due: null }]);

  it(`go in messages of at most ${DUE_CASES_PER_MESSAGE} cases, every case exactly once, attention marks kept`, () => {
    const messages = dueCaseMessages(ctx, cases);
    const payloads = messages.map((m) => ObligationsDueNotice.payload.parse(m.payload));
    expect(payloads.map((p) => p.cases.length)).toEqual([50, 50, 20]);
    const ids = payloads.flatMap((p) => p.cases.map((c) => c.caseId));
    expect(new Set(ids)).toEqual(new Set(cases.keys()));
    expect(ids).toHaveLength(120);
    expect(payloads.flatMap((p) => p.cases).find((c) => c.caseId === 'case-7')?.attention).toEqual([{ key: 'R3~receiver-decision', due: null }]);
  });

  it("are addressed to the service's own inbox and pass its catalog", () => {
    for (const m of dueCaseMessages(ctx, cases)) {
      expect([m.fromService, m.toService]).toEqual(['receiving-body', 'receiving-body']);
      expect(parseEnvelope(m, serviceMessageCatalog)).toMatchObject({ ok: true });
    }
  });
});
