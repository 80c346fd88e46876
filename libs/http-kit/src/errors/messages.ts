import type { LocalizedText } from '../i18n/localized-text';

// Texts of the codes http-kit itself produces. Domain codes bring their own text from the rules.
export const MESSAGES = {
  'REQUEST.INVALID': {
    kk: 'Сұраныс дұрыс емес: өрістерді тексеріңіз.',
    ru: 'Некорректный запрос: проверьте поля.',
    en: 'The request is invalid: check the fields.',
  },
  'REQUEST.MALFORMED_JSON': {
    kk: 'Сұраныс денесі жарамды JSON емес.',
    ru: 'Тело запроса не является корректным JSON.',
    en: 'The request body is not valid JSON.',
  },
  'REQUEST.TOO_LARGE': {
    kk: 'Сұраныс денесі тым үлкен.',
    ru: 'Тело запроса слишком велико.',
    en: 'The request body is too large.',
  },
  'REQUEST.TOO_DEEP': {
    kk: 'Сұраныс денесі тым терең немесе тым көп мәннен тұрады.',
    ru: 'Тело запроса слишком глубоко вложено или содержит слишком много значений.',
    en: 'The request body is nested too deeply or holds too many values.',
  },
  'REQUEST.MALFORMED_URL': {
    kk: 'Мекенжайда қате %-кодтау бар.',
    ru: 'В адресе запроса некорректная %-кодировка.',
    en: 'The request URL contains a malformed %-escape.',
  },
  'RATE.LIMITED': {
    kk: 'Сұраныстар тым көп. Retry-After секундтан кейін қайталаңыз.',
    ru: 'Слишком много запросов. Повторите через Retry-After секунд.',
    en: 'Too many requests. Retry after the Retry-After seconds.',
  },
  'RATE.BUSY': {
    kk: 'Қызмет қазір тым көп сұранысты өңдеп жатыр. Retry-After секундтан кейін қайталаңыз.',
    ru: 'Сервис сейчас обрабатывает слишком много запросов. Повторите через Retry-After секунд.',
    en: 'The service is handling too many requests at once. Retry after the Retry-After seconds.',
  },
  'AUTH.UNAUTHENTICATED': {
    kk: 'Жарамды API кілті қажет (Authorization: Bearer немесе X-Api-Key).',
    ru: 'Требуется действительный API-ключ (Authorization: Bearer или X-Api-Key).',
    en: 'A valid API key is required (Authorization: Bearer or X-Api-Key).',
  },
  'ROUTE.NOT_FOUND': {
    kk: 'Сұралған ресурс табылмады.',
    ru: 'Запрошенный ресурс не найден.',
    en: 'The requested resource was not found.',
  },
  'ROUTE.NOT_SERVED': {
    kk: 'Бұл қызмет бұл операцияны орындамайды: оның тараптары бұл қадамды жасамайды. Құжаттағы операциялар /openapi.json-да.',
    ru: 'Этот сервис не выполняет эту операцию: его стороны не совершают этот шаг. Операции сервиса перечислены в /openapi.json.',
    en: 'This service does not serve this operation: the parties it acts for do not take it. Its operations are listed in /openapi.json.',
  },
  'RULES.VIOLATED': {
    kk: 'Сұраныс заңның бірнеше талабына сәйкес келмейді; violations тізімін қараңыз.',
    ru: 'Запрос не соответствует нескольким требованиям закона; см. список violations.',
    en: 'The request fails several requirements of the law; see the violations list.',
  },
  INTERNAL: {
    kk: 'Ішкі қате орын алды. Кейінірек қайталап көріңіз.',
    ru: 'Произошла внутренняя ошибка. Повторите попытку позже.',
    en: 'An internal error occurred. Please try again later.',
  },
} as const satisfies Record<string, LocalizedText>;

export type BuiltInCode = keyof typeof MESSAGES;

export const apiErrorText = (code: BuiltInCode): LocalizedText => MESSAGES[code];
