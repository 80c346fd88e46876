// R3 §9 — what it prescribes: incentives and disciplinary liability follow RK law unless RK treaties
// or organizations' charters say otherwise; the receiver sends the information and materials on a
// disciplinary offence to the sending body within five working days of the day it was committed or
// discovered.
import { text } from '../common/localized-text';
import { withPeriodNote } from '../parameters/period-text';
import { RESOLUTION_755 } from '../parameters/editions';
import { workingDays } from '../parameters/period';
import { deadline } from '../procedures/obligation-spec';
import { findOffence, reportOffence } from '../procedures/steps/discipline';

/** R3 §9: the receiver sends the information and materials to the sending body within five working days. */
export const r3DisciplineReport = deadline({
  ruleSet: 'R3',
  step: 'discipline-report',
  cite: 'R3 §9',
  name: 'R3 receiver reports a disciplinary offence',
  actor: 'receiver',
  action: 'report-disciplinary-offence',
  values: [{ edition: RESOLUTION_755, period: workingDays(5) }],
  text: withPeriodNote(
    text(
      'Қабылдаушы тәртіптік теріс қылық туралы мәліметтер мен материалдарды жіберуші органға жолдайды',
      'Принимающая сторона направляет сведения и материалы о дисциплинарном проступке в направляющий орган',
      'The receiver sends the information and materials on the disciplinary offence to the sending body',
    ),
  ),
  repeatable: true,
});

export const r3p09Found = findOffence({
  ruleSet: 'R3',
  cite: 'R3 §9',
  actors: ['receiver'],
  notify: [],
  text: text('Тәртіптік теріс қылық анықталды', 'Выявлен дисциплинарный проступок', 'A disciplinary offence was committed or discovered'),
  report: r3DisciplineReport,
});

export const r3p09Report = reportOffence({
  ruleSet: 'R3',
  cite: 'R3 §9',
  actors: ['receiver'],
  notify: ['sender'],
  text: r3DisciplineReport.text,
  report: r3DisciplineReport,
});
