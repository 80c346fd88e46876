import { text } from '../common/localized-text';
import type { PayResponsibility } from '../pay/pay.types';

// R2 §7 — a National Bank employee: everything from the National Bank's budget (expense estimate).
export const r2p07NationalBank: PayResponsibility = {
  newPositionSalary: {
    payer: 'national-bank',
    cite: 'R2 §7',
    text: text(
      'Жалақыны және басқа төлемдерді Ұлттық Банк өз бюджетінен (шығыстар сметасынан) төлейді',
      'Заработная плата и иные выплаты осуществляются за счёт средств бюджета (сметы расходов) Национального Банка',
      "Salary and other payments are paid from the National Bank's budget (expense estimate)",
    ),
  },
  formerPositionPayments: {
    payer: null,
    cite: 'R2 §7',
    text: text(
      'Бұрынғы лауазым үшін бөлек төлемдер көзделмеген: барлық төлемдер Ұлттық Банктің бюджет қаражаты есебінен жүзеге асырылады',
      'Отдельные выплаты по прежней должности не предусмотрены: все выплаты осуществляются за счёт бюджета Национального Банка',
      "No separate payments for the former position: everything comes from the National Bank's budget",
    ),
  },
  currencyNote: null,
  legalBasis: null,
};
