import { ApiError } from '@sx/http-kit';
import { text } from '@sx/rules';
import { StaleVersionError } from '../../event-log/expected-seq';
import { StepConflictError } from '../../event-log/take-step';

// Errors of the case API that are not a rule of Resolution 755 (those come from the rules library
// with their citation). Codes are stable; the texts are shown to agencies' staff.
export const caseNotFound = (caseId: string): ApiError =>
  new ApiError(404, 'CASE.NOT_FOUND', text('Іс табылмады', 'Дело не найдено', 'Case not found'), { details: { caseId } });

export const notAParty = (caseId: string): ApiError =>
  // 404, not 403: an agency must not learn that another agency's case exists.
  caseNotFound(caseId);

export const roleNotHeld = (role: string): ApiError =>
  new ApiError(
    403,
    'AUTH.ROLE_NOT_HELD',
    text('Бұл істе сіздің агенттігіңіз бұл рөлде әрекет ете алмайды', 'Ваше ведомство не может действовать в этой роли по данному делу', 'Your agency cannot act in this role in this case'),
    { details: { role } },
  );

export const unknownAgency = (agencyId: string): ApiError =>
  new ApiError(422, 'AGENCY.UNKNOWN', text('Ұйым тізілімде жоқ', 'Организация отсутствует в реестре', 'The organization is not in the registry'), { details: { agencyId } });

export const dateInFuture = (on: string, today: string): ApiError =>
  new ApiError(422, 'CASE.DATE_IN_FUTURE', text('Әрекет күні болашақта болмауы тиіс', 'Дата действия не может быть в будущем', 'The date of an act cannot be in the future'), {
    cite: 'SPEC Deadlines',
    details: { on, today },
  });

export const dateBeforeLastStep = (on: string, last: string): ApiError =>
  new ApiError(422, 'CASE.DATE_BEFORE_LAST_STEP', text('Әрекет күні алдыңғы қадамнан ерте болмауы тиіс', 'Дата действия не может быть раньше предыдущего шага', 'The date of an act cannot precede the previous step'), {
    cite: 'SPEC Deadlines',
    details: { on, last },
  });

export const documentsClosed = (status: string): ApiError =>
  new ApiError(409, 'DOCUMENTS.PACKAGE_SENT', text('Құжаттар топтамасы жіберілген, оны өзгертуге болмайды', 'Пакет документов уже направлен и не может быть изменён', 'The document package has been sent and cannot be changed'), {
    details: { status },
  });

export const fileTooLarge = (max: number, size?: number): ApiError =>
  new ApiError(
    413,
    'DOCUMENTS.FILE_TOO_LARGE',
    text(
      `Файл тым үлкен: шегі ${max} байт (SX_MAX_FILE_BYTES)`,
      `Файл слишком велик: предел ${max} байт (SX_MAX_FILE_BYTES)`,
      `The file is too large: the limit is ${max} bytes (SX_MAX_FILE_BYTES)`,
    ),
    { details: { maxBytes: max, ...(size !== undefined ? { size } : {}) } },
  );

export const fileNotFound = (sha256: string): ApiError =>
  new ApiError(404, 'DOCUMENTS.NOT_FOUND', text('Құжат табылмады', 'Документ не найден', 'Document not found'), { details: { sha256 } });

const concurrentStep = (err: StepConflictError): ApiError =>
  new ApiError(
    409,
    'CASE.CONCURRENT_STEP',
    text('Бұл іс бойынша басқа қадам бір уақытта жасалды; істі қайта оқып, шешіміңізді қайталаңыз', 'По делу одновременно сделан другой шаг; перечитайте дело и повторите решение', 'Another step was taken on this case at the same moment; read the case again and decide again'),
    { details: { caseId: err.caseId, seq: err.seq } },
  );

const staleVersion = (err: StaleVersionError): ApiError =>
  new ApiError(
    412,
    'CASE.STALE_VERSION',
    text('Іс сіз көрсеткен нұсқадан кейін өзгерді (If-Match); істі қайта оқып, шешіміңізді қайталаңыз', 'Дело изменилось после указанной вами версии (If-Match); перечитайте дело и повторите решение', 'The case changed after the version you named (If-Match); read the case again and decide again'),
    { details: { caseId: err.caseId, seq: err.seq, expected: err.expected } },
  );

/** How an act over HTTP reports that the case moved under it: 409 (a step at the same moment) or 412 (If-Match stale). */
export const stepRefusal = (err: unknown): unknown =>
  err instanceof StaleVersionError ? staleVersion(err) : err instanceof StepConflictError ? concurrentStep(err) : err;
