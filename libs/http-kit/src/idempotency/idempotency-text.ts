import type { LocalizedText } from '../i18n/localized-text';

export const IDEMPOTENCY_TEXT = {
  'IDEMPOTENCY.KEY_INVALID': {
    kk: 'Idempotency-Key 1–255 басылатын ASCII таңбасынан тұруы тиіс.',
    ru: 'Idempotency-Key должен состоять из 1–255 печатных символов ASCII.',
    en: 'Idempotency-Key must be 1 to 255 printable ASCII characters.',
  },
  'IDEMPOTENCY.KEY_REUSED': {
    kk: 'Бұл Idempotency-Key басқа сұраныспен қолданылған; әр жаңа сұранысқа жаңа кілт беріңіз.',
    ru: 'Этот Idempotency-Key уже использован с другим запросом; для нового запроса нужен новый ключ.',
    en: 'This Idempotency-Key was used with a different request; send a new key for a new request.',
  },
  'IDEMPOTENCY.IN_PROGRESS': {
    kk: 'Осы Idempotency-Key бар сұраныс әлі орындалуда; сәлден кейін қайталаңыз.',
    ru: 'Запрос с этим Idempotency-Key ещё выполняется; повторите чуть позже.',
    en: 'A request with this Idempotency-Key is still running; retry shortly.',
  },
} as const satisfies Record<string, LocalizedText>;
