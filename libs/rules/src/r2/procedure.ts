import { text } from '../common/localized-text';
import { recordOverride } from '../procedures/steps/override';
import { opensOf, type Procedure, type TransitionTable } from '../procedures/transition';
import { r2p20Consent, r2p20Decline, r2p20Propose } from './p20-termination-grounds';
import { r2p08Consent, r2p08Extend, r2p08Override } from './p08-term';
import { r2p09Found, r2p09Report } from './p09-discipline';
import { r2p12Kpi } from './p12-kpi';
import { r2p13Submit } from './p13-proposal-submission';
import { r2p14Agree, r2p14Interview, r2p14Refuse } from './p14-mfa-review';
import { r2p15Withdraw } from './p15-replacement-candidate';
import { r2p16Request } from './p16-approval-request';
import { r2p17Deny, r2p17Grant } from './p17-approval-decision';
import { r2p18Order } from './p18-mfa-order';
import { r2p19SenderOrder } from './p19-sender-order';
import { r2p21Notify, r2p21Recall, r2p21Release } from './p21-expiry';
import { r2p22Decide, r2p22Notify } from './p22-early-recall';

/** R2: civil servants and National Bank employees seconded to foreign institutions of the RK. */
/** R2: every step but the override; the override reissues the periods these steps open. */
const STEPS: TransitionTable = {
  ProposalSubmitted: r2p13Submit,
  CandidateInterviewed: r2p14Interview,
  ProposalAgreed: r2p14Agree,
  ProposalRefused: r2p14Refuse,
  ProposalWithdrawn: r2p15Withdraw,
  ApprovalRequested: r2p16Request,
  ApprovalGranted: r2p17Grant,
  ApprovalDenied: r2p17Deny,
  OrderIssued: r2p18Order,
  SenderOrderIssued: r2p19SenderOrder,
  KpiApproved: r2p12Kpi,
  ExtensionConsented: r2p08Consent,
  ExtensionDecided: r2p08Extend,
  DisciplinaryOffenceFound: r2p09Found,
  DisciplinaryOffenceReported: r2p09Report,
  ReleaseNotified: r2p21Notify,
  ReleaseDecided: r2p21Release,
  RecallDecided: r2p21Recall,
  EarlyRecallProposed: r2p20Propose,
  EarlyRecallConsented: r2p20Consent,
  EarlyRecallDeclined: r2p20Decline,
  EarlyRecallDecided: r2p22Decide,
  EarlyRecallNotified: r2p22Notify,
};

export const R2_PROCEDURE: Procedure = {
  ruleSet: 'R2',
  title: text(
    'Мемлекеттік қызметшілер мен Ұлттық Банк қызметкерлерінің шет елдердегі мекемелерге іссапарға баруы',
    'Прикомандирование государственных служащих и работников Национального Банка к загранучреждениям',
    'Secondment of civil servants and National Bank employees to foreign institutions',
  ),
  transitions: {
    ...STEPS,
    OverrideRecorded: recordOverride({
      ruleSet: 'R2',
      cite: 'SPEC Deadlines',
      actors: ['sender', 'mfa'],
      notify: ['sender', 'mfa'],
      text: text(
        'Заң өзгеше көздейтін мерзім тіркелді',
        'Зарегистрирован иной срок, предусмотренный законом',
        'A term that a law sets otherwise was recorded',
      ),
      specs: opensOf(STEPS),
      clauses: { term: r2p08Override },
      targetCites: { 'approval-routing': 'R2 §10', 'extension-limit': 'R2 §8', term: 'R2 §8', 'recall-decision': 'R2 §21' },
    }),
  },
};
