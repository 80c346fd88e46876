import { text } from '../common/localized-text';
import { recordOverride } from '../procedures/steps/override';
import { opensOf, type Procedure, type TransitionTable } from '../procedures/transition';
import { r1p18Consent, r1p18Decline, r1p18Propose } from './p18-termination-grounds';
import { r1p08Consent, r1p08Extend, r1p08Override } from './p08-term';
import { r1p09Found, r1p09Report } from './p09-discipline';
import { r1p12Submit } from './p12-proposal-submission';
import { r1p13Agree, r1p13Override, r1p13Refuse } from './p13-receiver-decision';
import { r1p14Withdraw } from './p14-replacement-candidate';
import { r1p15Request } from './p15-approval-request';
import { r1p11Deny } from './p11-approval-routing';
import { r1p16Appoint, r1p16Grant, r1p16Override } from './p16-appointment';
import { r1p17Order, r1p17PersonalFile } from './p17-order';
import { r1p19Notify, r1p19Recall, r1p19Release } from './p19-expiry';
import { r1p20Decide, r1p20Notify } from './p20-early-recall';

/** R1: diplomatic service personnel of the MFA seconded to state bodies and other organizations. */
/** R1: every step but the override; the override reissues the periods these steps open. */
const STEPS: TransitionTable = {
  ProposalSubmitted: r1p12Submit,
  ProposalAgreed: r1p13Agree,
  ProposalRefused: r1p13Refuse,
  ProposalWithdrawn: r1p14Withdraw,
  ApprovalRequested: r1p15Request,
  ApprovalGranted: r1p16Grant,
  ApprovalDenied: r1p11Deny,
  AppointmentDecided: r1p16Appoint,
  OrderIssued: r1p17Order,
  PersonalFileTransferred: r1p17PersonalFile,
  ExtensionConsented: r1p08Consent,
  ExtensionDecided: r1p08Extend,
  DisciplinaryOffenceFound: r1p09Found,
  DisciplinaryOffenceReported: r1p09Report,
  ReleaseNotified: r1p19Notify,
  ReleaseDecided: r1p19Release,
  RecallDecided: r1p19Recall,
  EarlyRecallProposed: r1p18Propose,
  EarlyRecallConsented: r1p18Consent,
  EarlyRecallDeclined: r1p18Decline,
  EarlyRecallDecided: r1p20Decide,
  EarlyRecallNotified: r1p20Notify,
};

export const R1_PROCEDURE: Procedure = {
  ruleSet: 'R1',
  title: text(
    'Дипломатиялық қызмет персоналының мемлекеттік органдарға және өзге ұйымдарға іссапарға баруы',
    'Прикомандирование персонала дипломатической службы к государственным органам и иным организациям',
    'Secondment of diplomatic service personnel to state bodies and other organizations',
  ),
  transitions: {
    ...STEPS,
    OverrideRecorded: recordOverride({
      ruleSet: 'R1',
      cite: 'SPEC Deadlines',
      actors: ['sender', 'receiver'],
      notify: ['sender', 'receiver'],
      text: text(
        'Заң немесе жарғы өзгеше көздейтін мерзім тіркелді',
        'Зарегистрирован иной срок, предусмотренный законом или уставом',
        'A period that a law or charter sets otherwise was recorded',
      ),
      specs: opensOf(STEPS),
      clauses: { 'receiver-decision': r1p13Override, 'appointment-decision': r1p16Override, term: r1p08Override },
      targetCites: { 'approval-routing': 'R1 §11', 'extension-limit': 'R1 §8', term: 'R1 §8' },
    }),
  },
};
