import { SERVICE_NAMES, type ServiceName } from '@sx/contracts';
import { apiDocuments } from '../api-documents';

const PREPARING = ['openCase', 'attachDocument', 'checkProposal', 'submitProposal', 'replaceCandidate'];

describe('each service’s API surface follows the roles it plays (SERVICE_ROLES)', () => {
  const docs = apiDocuments();
  const operations = (service: ServiceName): string[] =>
    Object.values(docs.openapi[service].paths ?? {}).flatMap((item) => Object.values(item as Record<string, { operationId?: string }>).map((o) => o.operationId ?? ''));

  it.each(['sending-body', 'foreign-affairs'] as const)('%s (a sender) prepares cases', (service) => {
    expect(operations(service)).toEqual(expect.arrayContaining([...PREPARING, 'takeStep', 'listCases']));
  });

  it.each(['receiving-body', 'presidential-administration', 'prime-minister'] as const)('%s (never a sender) cannot prepare one, but takes steps and reads', (service) => {
    expect(operations(service).filter((o) => PREPARING.includes(o))).toEqual([]);
    expect(operations(service)).toEqual(expect.arrayContaining(['takeStep', 'getCase', 'listCases', 'downloadDocument']));
  });

  it('the union document holds every operation of every service exactly once', () => {
    const all = Object.values(docs.exchange.paths ?? {}).flatMap((item) => Object.values(item as Record<string, { operationId?: string }>).map((o) => o.operationId));
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(all)).toEqual(new Set(SERVICE_NAMES.flatMap(operations)));
  });
});
