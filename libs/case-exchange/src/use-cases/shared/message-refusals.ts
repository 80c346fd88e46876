import { Refusal, type RefusalKind, type RefusalViolation } from '@sx/contracts';
import { text, type LocalizedText } from '@sx/rules';

// Refusals of a received message. They are the same domain type as the API's (`case-errors.ts`); the
// consumer dead-letters a refusal with its code, an operator reads its text. The detail (which step,
// which party) stays as the service wrote it: identifiers read alike in every language.

const LEADS: Readonly<Record<string, readonly [RefusalKind, LocalizedText]>> = {
  'CASE.EMPTY_LOG': ['invalid', text('Хабарламада қадам жоқ', 'Сообщение не содержит шага', 'The message carries no step')],
  'CASE.ID_MISMATCH': ['invalid', text('Хабарлама басқа істі атайды', 'Сообщение называет другое дело', 'The message names another case')],
  'CASE.TYPE_MISMATCH': ['invalid', text('Хабарлама түрі оның қадамына сәйкес емес', 'Тип сообщения не совпадает с его шагом', 'The message type differs from its step')],
  'CASE.FORGED_ACTOR': ['forbidden', text('Жіберуші бұл қадамды жасаған тарап емес', 'Отправитель не является стороной, совершившей шаг', 'The sender is not the party that took the step')],
  'CASE.NOT_A_PARTY': ['forbidden', text('Хабарлама осы істің тарабына арналмаған', 'Сообщение адресовано не стороне дела', 'The message is not for a party of the case')],
  'CASE.BAD_LOG': ['invalid', text('Қадамдар реті бұзылған', 'Нарушен порядок шагов', 'The steps are out of order')],
  'CASE.CHAIN_INVALID': ['invalid', text('Қадамдар тізбегінің қолтаңбасы жарамсыз', 'Цепочка подписей шагов недействительна', 'The signed chain of steps is invalid')],
  'CASE.STEP_REFUSED': ['invalid', text('Қадамды ережелер рұқсат етпейді', 'Шаг не допускается правилами', 'The rules do not allow the step')],
  'CASE.IMPLAUSIBLE_PARTIES': ['forbidden', text('Тарап бұл рөлде әрекет ете алмайды', 'Сторона не может действовать в этой роли', 'A party cannot act in this role')],
  'CASE.PARTIES_CHANGED': ['conflict', text('Хабарлама істің тараптарын өзгертеді', 'Сообщение меняет стороны дела', 'The message changes the parties of the case')],
  'CASE.RECORD_NOT_BOUND': ['forbidden', text('Жазба осы іске, кандидатқа немесе құжаттарға байланбаған', 'Запись не привязана к этому делу, кандидату или документам', 'The record is not bound to this case, candidate or documents')],
  'CASE.UNKNOWN_OWN_RECORD': ['forbidden', text('Бұл қызметтің атынан қол қойылған жазбаны ол жазбаған', 'Запись подписана от имени этой службы, но она её не делала', 'A record signed as this service that it never made')],
  'CASE.CONFLICTING_STEP': ['conflict', text('Қадам осы көшірмедегі қадамнан өзгеше', 'Шаг отличается от шага в этой копии', 'The step differs from the one this copy holds')],
  'DOCUMENTS.FILE_TOO_LARGE': ['too-large', text('Файл тым үлкен', 'Файл слишком велик', 'The file is too large')],
  'DOCUMENTS.HASH_MISMATCH': ['invalid', text('Файл мазмұны оның SHA-256 хешіне сәйкес емес', 'Содержимое файла не совпадает с его SHA-256', 'The file content does not match its SHA-256')],
  'RECEIPT.NOT_BOUND': ['forbidden', text('Түбіртек өз конвертінен басқа істі немесе тарапты атайды', 'Квитанция называет другое дело или сторону, чем её конверт', 'The receipt names another case or party than its envelope')],
};

const REFUSED: readonly [RefusalKind, LocalizedText] = ['invalid', text('Хабарлама қабылданбады', 'Сообщение отклонено', 'The message is refused')];

const withDetail = (lead: LocalizedText, detail: string): LocalizedText => text(`${lead.kk}: ${detail}`, `${lead.ru}: ${detail}`, `${lead.en}: ${detail}`);

export interface MessageRefusalOptions {
  /** An operator must look: a party was shown a record it must never believe (raised once the refusal is final). */
  readonly alarmSeq?: number;
  readonly violations?: readonly RefusalViolation[];
}

/** A received message refused with a stable code (the dead-letter reason); a code the catalog lacks (a signature's) reads as "refused". */
export function messageRefused(code: string, detail: string, options: MessageRefusalOptions = {}): Refusal {
  const [kind, lead] = LEADS[code] ?? REFUSED;
  return new Refusal(kind, code, withDetail(lead, detail), {
    ...(options.violations ? { violations: options.violations } : {}),
    ...(options.alarmSeq !== undefined ? { details: { alarmSeq: options.alarmSeq } } : {}),
  });
}

/** The step of a refusal that must alarm an operator, or undefined. */
export const alarmSeqOf = (refusal: Refusal): number | undefined => {
  const seq = refusal.options.details?.['alarmSeq'];
  return typeof seq === 'number' ? seq : undefined;
};
