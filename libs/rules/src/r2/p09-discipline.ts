// R2 §9 — what it prescribes: incentives and disciplinary liability follow RK law; the MFA sends the
// information and materials on a disciplinary offence to the sending body within five working days of
// the day it was committed or discovered, for the sending body to decide.
import { text } from '../common/localized-text';
import { withPeriodNote } from '../parameters/period-text';
import { RESOLUTION_536 } from '../parameters/editions';
import { workingDays } from '../parameters/period';
import { deadline } from '../procedures/obligation-spec';
import { findOffence, reportOffence } from '../procedures/steps/discipline';

/** R2 §9: the MFA sends the information and materials to the sending body within five working days. */
export const r2DisciplineReport = deadline({
  ruleSet: 'R2',
  step: 'discipline-report',
  cite: 'R2 §9',
  name: 'R2 MFA reports a disciplinary offence',
  actor: 'mfa',
  action: 'report-disciplinary-offence',
  values: [{ edition: RESOLUTION_536, period: workingDays(5) }],
  text: withPeriodNote(
    text(
      'Уәкілетті орган тәртіптік теріс қылық туралы мәліметтер мен материалдарды жіберуші органға жолдайды',
      'Уполномоченный орган направляет сведения и материалы о дисциплинарном проступке в направляющий орган',
      'The MFA sends the information and materials on the disciplinary offence to the sending body',
    ),
  ),
  repeatable: true,
});

export const r2p09Found = findOffence({
  ruleSet: 'R2',
  cite: 'R2 §9',
  actors: ['mfa'],
  notify: [],
  text: text('Тәртіптік теріс қылық анықталды', 'Выявлен дисциплинарный проступок', 'A disciplinary offence was committed or discovered'),
  report: r2DisciplineReport,
});

export const r2p09Report = reportOffence({
  ruleSet: 'R2',
  cite: 'R2 §9',
  actors: ['mfa'],
  notify: ['sender'],
  text: r2DisciplineReport.text,
  report: r2DisciplineReport,
});
