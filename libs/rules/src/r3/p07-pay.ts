import { text } from '../common/localized-text';
import type { PayResponsibility, TreatyOverride } from '../pay/pay.types';
import { IN_TENGE_FROM_SENDER_SALARY } from './p06-pay';

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
