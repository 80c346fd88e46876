import { text } from '../common/localized-text';
import type { PayResponsibility } from '../pay/pay.types';

// R2 §6 — a civil servant in a foreign institution: the MFA pays the new position (except the
// Art. 29 payments of the Law on Diplomatic Service); the sending body pays the other payments of
// the former position under sectoral law. R2 names no currency or salary base.
export const r2p06CivilServant: PayResponsibility = {
  newPositionSalary: {
    payer: 'mfa',
    cite: 'R2 §6',
    text: text(
      'Жаңа жұмыс орны бойынша лауазым үшін жалақы мен өзге де төлемдер («Қазақстан Республикасының дипломатиялық қызметі туралы» Заңның 29-бабында көзделген ақшалай төлемдерді қоспағанда) уәкілетті органның қаражаты есебінен жүзеге асырылады',
      'Заработная плата и иные выплаты по должности по новому месту работы (за исключением денежных выплат, предусмотренных статьёй 29 Закона «О дипломатической службе Республики Казахстан») осуществляются за счёт средств уполномоченного органа',
      'Salary and other payments of the new position (except the money payments of Art. 29 of the Law on Diplomatic Service) are paid by the MFA',
    ),
  },
  formerPositionPayments: {
    payer: 'sending-body',
    cite: 'R2 §6',
    text: text(
      'Салалық заңнама бұрынғы лауазым үшін көздейтін басқа төлемдерді жіберуші мемлекеттік орган өз қаражатынан төлейді',
      'Иные выплаты по прежней должности, предусмотренные отраслевым законодательством Республики Казахстан, осуществляются за счёт средств направляющего государственного органа',
      'Other payments for the former position under sectoral law are paid by the sending state body',
    ),
  },
  currencyNote: null,
  legalBasis: null,
};
