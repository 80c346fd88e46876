import type { Actor, CaseDocument } from '@sx/contracts';
import { assertAuthorized } from '../../authorization';
import type { DocumentKind } from '@sx/rules';
import type { CaseView } from '../../case-view/case-view.schema';
import { rolesOfAgency } from '../../case-view/parties';
import { sha256Of } from '@sx/persistence';
import type { CaseContext } from '../../context/case-context';
import { caseNotFound, documentsClosed, fileTooLarge, notAParty } from '../shared/case-errors';
import { changeCase } from '../../event-log/change-case';
import { packageEditable, proposalInPreparation } from '../../case-view/sender-draft';
import type { DocumentFile } from './attach-document.schema';

/**
 * The sender attaches one document of the package (R1 §12, R2 §13, R3 §12). The file is kept by its
 * SHA-256; attaching a kind again replaces that kind in the package being prepared.
 */
export async function attachDocument(ctx: CaseContext, actor: Actor, caseId: string, kind: DocumentKind, file: DocumentFile, expectedSeq?: number): Promise<CaseDocument> {
  const agencyId = actor.agencyId;
  const content = file.content;
  if (content.length > ctx.maxFileBytes) throw fileTooLarge(ctx.maxFileBytes, content.length);
  const sha256 = sha256Of(content);
  let attached: CaseDocument | undefined;
  await ctx.files.put(content);
  await changeCase(ctx, caseId, (current) => {
    if (!current) throw caseNotFound(caseId);
    const state = current.state;
    if (!rolesOfAgency(state, agencyId, ctx.service).includes('sender')) throw notAParty(caseId);
    assertAuthorized(actor, 'attach-document', state.ruleSet);
    if (!packageEditable(state)) throw documentsClosed(state.status);
    const proposal = proposalInPreparation(state);
    attached = { kind, fileName: file.fileName, contentType: file.contentType, sha256, size: content.length, proposal };
    const documents = Object.fromEntries(Object.entries(state.documents).filter(([, d]) => !(d.kind === kind && d.proposal === proposal)));
    const next: CaseView = { ...state, documents: { ...documents, [`${proposal}-${kind}`]: attached } };
    return [{
      state: next,
      history: [{ at: ctx.clock().toISOString(), event: 'DocumentAttached', actor: 'sender', details: { kind, sha256, size: content.length, proposal, agencyId } }],
    }];
  }, { onConcurrentStep: 'decide-again', ...(expectedSeq !== undefined ? { expectedSeq } : {}) });
  return attached as CaseDocument;
}
