import { text } from '../common/localized-text';
import type { PayResponsibility, TreatyOverride } from './pay.types';

const IN_TENGE_FROM_SENDER_SALARY = text(
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

const R3_P07_NO_FORMER = {
  payer: null,
  cite: 'R3 §7',
  text: text(
    'Бұрынғы лауазым үшін бөлек төлемдер көзделмеген: жалақы мен өзге де төлемдер бір көзден жүзеге асырылады',
    'Отдельные выплаты по прежней должности не предусмотрены: заработная плата и иные выплаты осуществляются из одного источника',
    'No separate payments for the former position: salary and other payments come from one source',
  ),
} as const;

// R3 §7 — to an organization: the sending body pays, unless a ratified treaty provides otherwise.
export function r3p07Organization(treaty: TreatyOverride | null): PayResponsibility {
  if (treaty)
    return {
      newPositionSalary: {
        payer: treaty.payer,
        cite: 'R3 §7',
        text: text(
          `Жалақы мен өзге де төлемдер Қазақстан Республикасы ратификациялаған халықаралық шартқа сәйкес жүзеге асырылады: ${treaty.treaty}, ${treaty.article}`,
          `Заработная плата и иные выплаты осуществляются в соответствии с ратифицированным Республикой Казахстан международным договором: ${treaty.treaty}, ${treaty.article}`,
          `Salary and other payments follow the international treaty ratified by the RK: ${treaty.treaty}, ${treaty.article}`,
        ),
      },
      formerPositionPayments: R3_P07_NO_FORMER,
      currencyNote: null,
      legalBasis: treaty,
    };
  return {
    newPositionSalary: {
      payer: 'sending-body',
      cite: 'R3 §7',
      text: text(
        'Жалақыны және басқа төлемдерді жіберуші мемлекеттік орган өз қаражатынан төлейді',
        'Заработная плата и иные выплаты осуществляются за счёт средств направляющего государственного органа',
        'Salary and other payments are paid by the sending state body',
      ),
    },
    formerPositionPayments: R3_P07_NO_FORMER,
    currencyNote: IN_TENGE_FROM_SENDER_SALARY,
    legalBasis: null,
  };
}
