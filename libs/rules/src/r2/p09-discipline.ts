import { text } from '../common/localized-text';
import { stepSpec } from '../procedures/obligation-spec';
import { findOffence, reportOffence } from '../procedures/steps/discipline';

/** R2 §9: the MFA sends the information and materials to the sending body within five working days. */
export const r2DisciplineReport = stepSpec(
  'R2',
  'discipline-report',
  'mfa',
  'report-disciplinary-offence',
  text(
    'Уәкілетті орган тәртіптік теріс қылық туралы мәліметтер мен материалдарды жіберуші органға жолдайды',
    'Уполномоченный орган направляет сведения и материалы о дисциплинарном проступке в направляющий орган',
    'The MFA sends the information and materials on the disciplinary offence to the sending body',
  ),
  { repeatable: true },
);

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
