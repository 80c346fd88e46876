import { text, type LocalizedText } from '../common/localized-text';

/** R1 §18: the grounds for ending a secondment. Ground 1 ends it through §19, the others through §20. */
export const R1_TERMINATION_GROUNDS: Readonly<Record<number, LocalizedText>> = {
  1: text('іссапар мерзімінің өтуі', 'истечение срока прикомандирования', 'the term has expired'),
  2: text(
    'уәкілетті орган мен қабылдаушының жазбаша бірлескен шешімі',
    'совместное письменное решение уполномоченного органа и принимающей стороны',
    'a joint written decision of the MFA and the receiver',
  ),
  3: text('елеулі немесе өрескел тәртіптік теріс қылық', 'значительный или грубый дисциплинарный проступок', 'a significant or gross disciplinary offence'),
  4: text('зейнеткерлік жасқа толу', 'достижение пенсионного возраста', 'reaching retirement age'),
  5: text(
    'заңнамада, қабылдаушы өзге ұйымдардың жарғылық құжаттарында көзделген өзге негіздер',
    'иные основания по законодательству или уставам принимающих иных организаций',
    'other grounds under RK law or the charters of receiving organizations',
  ),
};

export const R1_EARLY_RECALL_GROUNDS: readonly number[] = [2, 3, 4, 5];
