import { text } from '../common/localized-text';
import { stepSpec } from '../procedures/obligation-spec';
import { onceWhileServing } from '../procedures/steps/once-while-serving';

/** R2 §12: KPIs with goal indicators approved within one month of the day the person is sent. */
export const r2Kpi = stepSpec(
  'R2',
  'kpi',
  'sender',
  'approve-kpi',
  text(
    'Жіберуші орган уәкілетті органмен келісу бойынша тиімділіктің түйінді көрсеткіштерін бекітеді',
    'Направляющий орган по согласованию с уполномоченным органом утверждает ключевые показатели эффективности',
    'The sending body, in agreement with the MFA, approves the key performance indicators',
  ),
);

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
