import { text, type LocalizedText } from '../common/localized-text';

/** R2 §20: the grounds for ending a secondment. Ground 1 ends it through §21, the others through §22. */
export const R2_TERMINATION_GROUNDS: Readonly<Record<number, LocalizedText>> = {
  1: text('іссапар мерзімінің өтуі', 'истечение срока прикомандирования', 'the term has expired'),
  2: text(
    'жіберуші орган мен уәкілетті органның жазбаша бірлескен шешімі',
    'совместное письменное решение направляющего органа и уполномоченного органа',
    'a joint written decision of the sending body and the MFA',
  ),
  3: text(
    'дипломатиялық қызмет персоналын кері шақыртып алу негіздері',
    'основания отзыва персонала дипломатической службы',
    'grounds for recalling diplomatic service personnel under the Law on Diplomatic Service',
  ),
  4: text(
    'елеулі немесе өрескел тәртіптік теріс қылық (Ұлттық Банк қызметкері үшін – тәртіптік теріс қылық)',
    'значительный или грубый дисциплинарный проступок (для работника Национального Банка – дисциплинарный проступок)',
    'a significant or gross disciplinary offence (a National Bank employee: a disciplinary offence)',
  ),
  5: text('зейнеткерлік жасқа толу', 'достижение пенсионного возраста', 'reaching retirement age'),
  6: text(
    'мемлекеттік қызметті аяқтаудың өзге негіздері',
    'иные основания прекращения государственной службы',
    'other grounds for ending civil service under RK law',
  ),
};

export const R2_EARLY_RECALL_GROUNDS: readonly number[] = [2, 3, 4, 5, 6];
