// R1 §9 — what it prescribes: incentives and disciplinary liability of a seconded diplomat follow
// RK law unless the organization's charter or other documents say otherwise. The receiver sends the
// information and materials on a disciplinary offence to the MFA within five working days of the day
// the offence was committed or discovered, so that the MFA can decide.
import { text } from '../common/localized-text';
import { withPeriodNote } from '../parameters/period-text';
import { RESOLUTION_206 } from '../parameters/editions';
import { workingDays } from '../parameters/period';
import { deadline } from '../procedures/obligation-spec';
import { findOffence, reportOffence } from '../procedures/steps/discipline';

export const r1DisciplineReport = deadline({
  ruleSet: 'R1',
  step: 'discipline-report',
  cite: 'R1 §9',
  name: 'R1 receiver reports a disciplinary offence',
  actor: 'receiver',
  action: 'report-disciplinary-offence',
  values: [{ edition: RESOLUTION_206, period: workingDays(5) }],
  text: withPeriodNote(
    text(
      'Қабылдаушы тәртіптік теріс қылық туралы мәліметтер мен материалдарды уәкілетті органға жолдайды',
      'Принимающая сторона направляет сведения и материалы о дисциплинарном проступке в уполномоченный орган',
      'The receiver sends the information and materials on the disciplinary offence to the MFA',
    ),
  ),
  repeatable: true,
});

/** The offence is the receiver's own record until it reports it: nobody else is told yet. */
export const r1p09Found = findOffence({
  ruleSet: 'R1',
  cite: 'R1 §9',
  actors: ['receiver'],
  notify: [],
  text: text('Тәртіптік теріс қылық анықталды', 'Выявлен дисциплинарный проступок', 'A disciplinary offence was committed or discovered'),
  report: r1DisciplineReport,
});

export const r1p09Report = reportOffence({
  ruleSet: 'R1',
  cite: 'R1 §9',
  actors: ['receiver'],
  notify: ['sender'],
  text: r1DisciplineReport.text,
  report: r1DisciplineReport,
});
