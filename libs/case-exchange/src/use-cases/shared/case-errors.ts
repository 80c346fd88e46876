import { Refusal } from '@sx/contracts';
import { text } from '@sx/rules';

// Refusals of the case API that are not a rule of Resolution 755 (those come from the rules library
// with their citation). Codes are stable; the texts are shown to agencies' staff.
export const caseNotFound = (caseId: string): Refusal =>
  new Refusal('not-found', 'CASE.NOT_FOUND', text('Іс табылмады', 'Дело не найдено', 'Case not found'), { details: { caseId } });

export const notAParty = (caseId: string): Refusal =>
  // "Not found", not "forbidden": an agency must not learn that another agency's case exists.
  caseNotFound(caseId);

export const roleNotHeld = (role: string): Refusal =>
  new Refusal(
    'forbidden',
    'AUTH.ROLE_NOT_HELD',
    text('Бұл істе сіздің агенттігіңіз бұл рөлде әрекет ете алмайды', 'Ваше ведомство не может действовать в этой роли по данному делу', 'Your agency cannot act in this role in this case'),
    { details: { role } },
  );

export const unknownAgency = (agencyId: string): Refusal =>
  new Refusal('invalid', 'AGENCY.UNKNOWN', text('Ұйым тізілімде жоқ', 'Организация отсутствует в реестре', 'The organization is not in the registry'), { details: { agencyId } });

export const dateInFuture = (on: string, today: string): Refusal =>
  new Refusal('invalid', 'CASE.DATE_IN_FUTURE', text('Әрекет күні болашақта болмауы тиіс', 'Дата действия не может быть в будущем', 'The date of an act cannot be in the future'), {
    cite: 'SPEC Deadlines',
    details: { on, today },
  });

export const dateBeforeLastStep = (on: string, last: string): Refusal =>
  new Refusal('invalid', 'CASE.DATE_BEFORE_LAST_STEP', text('Әрекет күні алдыңғы қадамнан ерте болмауы тиіс', 'Дата действия не может быть раньше предыдущего шага', 'The date of an act cannot precede the previous step'), {
    cite: 'SPEC Deadlines',
    details: { on, last },
  });

export const documentsClosed = (status: string): Refusal =>
  new Refusal('conflict', 'DOCUMENTS.PACKAGE_SENT', text('Құжаттар топтамасы жіберілген, оны өзгертуге болмайды', 'Пакет документов уже направлен и не может быть изменён', 'The document package has been sent and cannot be changed'), {
    details: { status },
  });

export const fileTooLarge = (max: number, size?: number): Refusal =>
  new Refusal(
    'too-large',
    'DOCUMENTS.FILE_TOO_LARGE',
    text(
      `Файл тым үлкен: шегі ${max} байт (SX_MAX_FILE_BYTES)`,
      `Файл слишком велик: предел ${max} байт (SX_MAX_FILE_BYTES)`,
      `The file is too large: the limit is ${max} bytes (SX_MAX_FILE_BYTES)`,
    ),
    { details: { maxBytes: max, ...(size !== undefined ? { size } : {}) } },
  );

export const fileNotFound = (sha256: string): Refusal =>
  new Refusal('not-found', 'DOCUMENTS.NOT_FOUND', text('Құжат табылмады', 'Документ не найден', 'Document not found'), { details: { sha256 } });
