import { text } from '../common/localized-text';
import type { PayResponsibility } from './pay.types';

const IN_TENGE_FROM_MFA_SALARY = text(
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

// R1 §7 — to another organization: the MFA pays the salary and the other payments itself.
export const r1p07Organization: PayResponsibility = {
  newPositionSalary: {
    payer: 'mfa',
    cite: 'R1 §7',
    text: text(
      'Жалақыны және басқа төлемдерді уәкілетті орган өз қаражатынан төлейді',
      'Заработная плата и иные выплаты осуществляются за счёт средств уполномоченного органа',
      'Salary and other payments are paid by the MFA',
    ),
  },
  formerPositionPayments: {
    payer: null,
    cite: 'R1 §7',
    text: text(
      'Бұрынғы лауазым үшін бөлек төлемдер көзделмеген: барлық төлемдерді уәкілетті орган жүзеге асырады',
      'Отдельные выплаты по прежней должности не предусмотрены: все выплаты осуществляет уполномоченный орган',
      'No separate payments for the former position: the MFA pays everything',
    ),
  },
  currencyNote: IN_TENGE_FROM_MFA_SALARY,
  legalBasis: null,
};
