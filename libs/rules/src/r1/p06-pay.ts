import { text } from '../common/localized-text';
import type { PayResponsibility } from '../pay/pay.types';

/** R1 §6 and §7 alike: the MFA's payments are in tenge, from the last official salary in the MFA. */
export const IN_TENGE_FROM_MFA_SALARY = text(
  'Уәкілетті органдағы соңғы лауазымы бойынша лауазымдық айлықақысының негізінде ұлттық валютамен есептеледі',
  'Исчисляются в национальной валюте исходя из должностного оклада по последней должности в уполномоченном органе',
  'Computed in tenge from the official salary of the last position in the MFA',
);

// R1 §6 — to a state body: the receiver pays the new position; the MFA pays the money payments of
// Art. 29 of the Law on Diplomatic Service for the former position.
export const r1p06StateBody: PayResponsibility = {
  newPositionSalary: {
    payer: 'receiver',
    cite: 'R1 §6',
    text: text(
      'Жаңа лауазымдағы жалақыны және басқа төлемдерді қабылдаушы мемлекеттік орган өз қаражатынан төлейді',
      'Заработная плата и иные выплаты по должности по новому месту работы осуществляются за счёт средств принимающего государственного органа',
      'Salary and other payments of the new position are paid by the receiving state body',
    ),
  },
  formerPositionPayments: {
    payer: 'mfa',
    cite: 'R1 §6',
    text: text(
      'Бұрынғы жұмыс орнындағы лауазым үшін Заңның 29-бабында көзделген ақшалай төлемдер уәкілетті органның қаражаты есебінен жүзеге асырылады',
      'Денежные выплаты по прежней должности, предусмотренные статьёй 29 Закона «О дипломатической службе Республики Казахстан», осуществляются за счёт средств уполномоченного органа',
      'The money payments of Art. 29 of the Law on Diplomatic Service for the former position are paid by the MFA',
    ),
  },
  currencyNote: IN_TENGE_FROM_MFA_SALARY,
  legalBasis: null,
};
