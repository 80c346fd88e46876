import type { Cite } from '../../common/citation';
import type { LegalDate } from '../../common/legal-date';
import { text } from '../../common/localized-text';
import { firstEditionOf } from '../../parameters/editions';
import type { ApprovalRouter } from '../../routing/approval-route';
import type { CaseState } from '../case-state';
import { openOnReceipt, stepId, type ObligationSpec } from '../obligation-spec';
import { transition } from '../step-builder';
import type { TransitionRule } from '../transition';
import { refusal, reject, violation } from '../violations';
import type { StepConfig } from './step-config';

export interface ProposalConfig extends StepConfig {
  /** The rule set's routing paragraph: a receiver it does not cover is refused at the first proposal. */
  readonly route: ApprovalRouter;
  /** The periods that start when the reviewer receives the letter (R1/R3 §13; R2 §14). */
  readonly review: readonly ObligationSpec[];
  /** The paragraph that lets a refused case start another round (R1 §14, R2 §15, R3 §14). */
  readonly replacementCite: Cite;
  /** The replacement obligation a new proposal fulfils (R1 §14, R2 §15; none in R3). */
  readonly replacement?: ObligationSpec;
}

/** A reasoned letter with the package goes to the reviewer; a refused case may propose another candidate. */
export function submitProposal(cfg: ProposalConfig): TransitionRule<'ProposalSubmitted'> {
  return transition(cfg, {
    event: 'ProposalSubmitted', from: ['draft', 'proposal-refused'], to: ['proposal-under-review'],
    opens: cfg.review,
    decide: (state, e, ctx) => {
      if (state.status === 'draft') {
        const edition = firstEditionOf(cfg.ruleSet);
        if (e.on < edition.from) return reject(noEdition(cfg, edition.from));
        const routed = cfg.route(e.receiverKind, {});
        if (!routed.ok) return routed;
      } else if (e.receiverKind !== state.receiverKind) {
        return reject(receiverChanged(cfg.replacementCite));
      }
      const next: CaseState = {
        ...state,
        status: 'proposal-under-review',
        asOf: state.asOf ?? e.on,
        receiverKind: e.receiverKind,
        candidateIsPresidentialAdministrationServant: e.candidateIsPresidentialAdministrationServant ?? false,
        proposals: state.proposals + 1,
        interviewedOn: undefined,
      };
      return {
        ok: true,
        value: {
          state: next,
          open: cfg.review.map((spec) => openOnReceipt(spec, e, next, ctx)),
          close: cfg.replacement ? [stepId(cfg.replacement)] : [],
        },
      };
    },
  });
}

const noEdition = (cfg: ProposalConfig, firstDay: LegalDate) =>
  violation(
    'CASE.NO_EDITION_IN_FORCE',
    cfg.cite,
    text(
      'Ұсыныс күніне осы Қағидалардың қолданыстағы редакциясы жүйеде жоқ',
      'Редакция настоящих Правил, действовавшая на дату предложения, в системе отсутствует',
      'The system holds no edition of these rules in force on the proposal date',
    ),
    { firstDay },
  );

const receiverChanged = refusal(
  'CASE.RECEIVER_CHANGED',
  text(
    'Басқа кандидат сол қабылдаушы ұйымға ұсынылады',
    'Другой кандидат предлагается той же принимающей организации',
    'Another candidate is proposed to the same receiver',
  ),
);
