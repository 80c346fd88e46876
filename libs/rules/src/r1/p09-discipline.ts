import { text } from '../common/localized-text';
import { stepSpec } from '../procedures/obligation-spec';
import { findOffence, reportOffence } from '../procedures/steps/discipline';

/** R1 §9: the receiver sends the information and materials to the MFA within five working days. */
export const r1DisciplineReport = stepSpec(
  'R1',
  'discipline-report',
  'receiver',
  'report-disciplinary-offence',
  text(
    'Қабылдаушы тәртіптік теріс қылық туралы мәліметтер мен материалдарды уәкілетті органға жолдайды',
    'Принимающая сторона направляет сведения и материалы о дисциплинарном проступке в уполномоченный орган',
    'The receiver sends the information and materials on the disciplinary offence to the MFA',
  ),
  { repeatable: true },
);

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
