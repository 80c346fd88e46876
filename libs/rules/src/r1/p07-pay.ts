import { text } from '../common/localized-text';
import type { PayResponsibility } from '../pay/pay.types';
import { IN_TENGE_FROM_MFA_SALARY } from './p06-pay';

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
