// R2 §12 — what it prescribes: the sending body's orders, agreed with the MFA, set how the seconded
// person's work, results on key performance indicators and reporting are assessed; the indicators,
// with goal indicators, are approved no later than one month from the day the person is sent to the
// foreign institution.
import { text } from '../common/localized-text';
import { withPeriodNote } from '../parameters/period-text';
import { RESOLUTION_536 } from '../parameters/editions';
import { months } from '../parameters/period';
import { deadline } from '../procedures/obligation-spec';
import { onceWhileServing } from '../procedures/steps/once-while-serving';

/** R2 §12: KPIs with goal indicators approved within one month of the day the person is sent. */
export const r2Kpi = deadline({
  ruleSet: 'R2',
  step: 'kpi',
  cite: 'R2 §12',
  name: 'R2 KPIs approved after the dispatch',
  actor: 'sender',
  action: 'approve-kpi',
  values: [{ edition: RESOLUTION_536, period: months(1) }],
  text: withPeriodNote(
    text(
      'Жіберуші орган уәкілетті органмен келісу бойынша тиімділіктің түйінді көрсеткіштерін бекітеді',
      'Направляющий орган по согласованию с уполномоченным органом утверждает ключевые показатели эффективности',
      'The sending body, in agreement with the MFA, approves the key performance indicators',
    ),
  ),
});

export const r2p12Kpi = onceWhileServing({
  ruleSet: 'R2',
  cite: 'R2 §12',
  actors: ['sender'],
  notify: ['mfa', 'seconded-person'],
  text: r2Kpi.text,
  event: 'KpiApproved',
  field: 'kpiApprovedOn',
  fulfils: r2Kpi,
});
