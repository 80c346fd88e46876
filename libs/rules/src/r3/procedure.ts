import { text } from '../common/localized-text';
import { recordOverride } from '../procedures/steps/override';
import { opensOf, type Procedure, type TransitionTable } from '../procedures/transition';
import { r3p18Consent, r3p18Decline, r3p18Propose } from './p18-termination-grounds';
import { r3p08Consent, r3p08Extend, r3p08Override } from './p08-term';
import { r3p09Found, r3p09Report } from './p09-discipline';
import { r3p12Submit } from './p12-proposal-submission';
import { r3p13Agree, r3p13Override, r3p13Refuse } from './p13-receiver-decision';
import { r3p14Raise, r3p14Withdraw } from './p14-replacement-candidate';
import { r3p15Request } from './p15-approval-request';
import { r3p11Deny, r3p11Override } from './p11-approval-routing';
import { r3p16Appoint, r3p16Grant, r3p16Override } from './p16-appointment';
import { r3p17Order, r3p17PersonalFile } from './p17-order';
import { r3p19Notify, r3p19Recall, r3p19Release } from './p19-expiry';
import { r3p20Decide, r3p20Notify } from './p20-early-recall';

/** R3: civil servants seconded to state bodies, international and other organizations. */
/** R3: every step but the override; the override reissues the periods these steps open. */
const STEPS: TransitionTable = {
  ProposalSubmitted: r3p12Submit,
  ProposalAgreed: r3p13Agree,
  ProposalRefused: r3p13Refuse,
  ProposalWithdrawn: r3p14Withdraw,
  AnotherCandidateRaised: r3p14Raise,
  ApprovalRequested: r3p15Request,
  ApprovalGranted: r3p16Grant,
  ApprovalDenied: r3p11Deny,
  AppointmentDecided: r3p16Appoint,
  OrderIssued: r3p17Order,
  PersonalFileTransferred: r3p17PersonalFile,
  ExtensionConsented: r3p08Consent,
  ExtensionDecided: r3p08Extend,
  DisciplinaryOffenceFound: r3p09Found,
  DisciplinaryOffenceReported: r3p09Report,
  ReleaseNotified: r3p19Notify,
  ReleaseDecided: r3p19Release,
  RecallDecided: r3p19Recall,
  EarlyRecallProposed: r3p18Propose,
  EarlyRecallConsented: r3p18Consent,
  EarlyRecallDeclined: r3p18Decline,
  EarlyRecallDecided: r3p20Decide,
  EarlyRecallNotified: r3p20Notify,
};

export const R3_PROCEDURE: Procedure = {
  ruleSet: 'R3',
  title: text(
    'Мемлекеттік қызметшілерді мемлекеттік органдарға, халықаралық және басқа ұйымдарға іссапарға жіберу',
    'Прикомандирование государственных служащих к государственным органам, международным и иным организациям',
    'Secondment of civil servants to state bodies, international and other organizations',
  ),
  transitions: {
    ...STEPS,
    OverrideRecorded: recordOverride({
      ruleSet: 'R3',
      cite: 'SPEC Deadlines',
      actors: ['sender', 'receiver'],
      notify: ['sender', 'receiver'],
      text: text(
        'Заң, халықаралық шарт немесе жарғы өзгеше көздейтін мән тіркелді',
        'Зарегистрировано иное значение, предусмотренное законом, международным договором или уставом',
        'A value that a law, treaty or charter sets otherwise was recorded',
      ),
      specs: opensOf(STEPS),
      clauses: { 'approval-routing': r3p11Override, 'receiver-decision': r3p13Override, 'appointment-decision': r3p16Override, term: r3p08Override },
      targetCites: {
        'approval-routing': 'R3 §11',
        'extension-limit': 'R3 §8',
        term: 'R3 §8',
        'replacement-candidate': 'R3 §14',
        'personal-file': 'R3 §17',
        'recall-decision': 'R3 §19',
      },
    }),
  },
};
