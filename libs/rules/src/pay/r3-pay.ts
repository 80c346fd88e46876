import { text } from '../common/localized-text';
import type { PayResponsibility, TreatyOverride } from './pay.types';

const IN_TENGE_FROM_SENDER_SALARY = text(
  'Жіберуші мемлекеттік органда соңғы лауазымы бойынша ұлттық валютадағы лауазымдық айлықақысы негізінде есептеледі',
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
      'Жаңа жұмыс орны бойынша лауазым үшін жалақы мен өзге де төлемдер қабылдаушы мемлекеттік органның қаражаты есебінен жүзеге асырылады',
      'Заработная плата и иные выплаты по должности по новому месту работы осуществляются за счёт средств принимающего государственного органа',
      'Salary and other payments of the new position are paid by the receiving state body',
    ),
  },
  formerPositionPayments: {
    payer: 'sending-body',
    cite: 'R3 §6',
    text: text(
      'Қазақстан Республикасының салалық заңнамасында бұрынғы жұмыс орны бойынша лауазым үшін көзделген өзге төлемдер жіберуші мемлекеттік органның қаражаты есебінен жүзеге асырылады',
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
        'Жалақы және өзге де төлемдер жіберуші мемлекеттік органның қаражаты есебінен жүзеге асырылады',
        'Заработная плата и иные выплаты осуществляются за счёт средств направляющего государственного органа',
        'Salary and other payments are paid by the sending state body',
      ),
    },
    formerPositionPayments: R3_P07_NO_FORMER,
    currencyNote: IN_TENGE_FROM_SENDER_SALARY,
    legalBasis: null,
  };
}
