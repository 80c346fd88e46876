import { text } from '../common/localized-text';
import type { PayResponsibility } from '../pay/pay.types';

/** R3 §6 and §7 alike: the sending body's payments are in tenge, from the last official salary there. */
export const IN_TENGE_FROM_SENDER_SALARY = text(
  'Жіберуші органдағы соңғы лауазымның теңгедегі лауазымдық айлықақысынан есептеледі',
  'Исчисляются исходя из должностного оклада в национальной валюте по последней должности в направляющем государственном органе',
  'Computed from the official salary in tenge of the last position in the sending state body',
);

// R3 §6 — to a state body: the receiver pays the new position; the sending body pays the other
// sectoral payments of the former position.
export const r3p06StateBody: PayResponsibility = {
  newPositionSalary: {
    payer: 'receiver',
    cite: 'R3 §6',
    text: text(
      'Жаңа лауазымдағы жалақыны және басқа төлемдерді қабылдаушы мемлекеттік орган өз қаражатынан төлейді',
      'Заработная плата и иные выплаты по должности по новому месту работы осуществляются за счёт средств принимающего государственного органа',
      'Salary and other payments of the new position are paid by the receiving state body',
    ),
  },
  formerPositionPayments: {
    payer: 'sending-body',
    cite: 'R3 §6',
    text: text(
      'Салалық заңнама бұрынғы лауазым үшін көздейтін басқа төлемдерді жіберуші мемлекеттік орган өз қаражатынан төлейді',
      'Иные выплаты по прежней должности, предусмотренные отраслевым законодательством Республики Казахстан, осуществляются за счёт средств направляющего государственного органа',
      'Other payments for the former position under sectoral law are paid by the sending state body',
    ),
  },
  currencyNote: IN_TENGE_FROM_SENDER_SALARY,
  legalBasis: null,
};
