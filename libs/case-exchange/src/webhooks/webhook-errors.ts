import { ApiError } from '@sx/http-kit';
import { text } from '@sx/rules';
import type { RefusalReason } from './address-policy';

export const urlRefused = (reason: RefusalReason): ApiError =>
  new ApiError(
    422,
    'WEBHOOK.URL_REFUSED',
    text(
      'Webhook мекенжайы қабылданбады: тек http(s), ал loopback, link-local және бұлттық метадеректер мекенжайларына жіберуге болмайды',
      'Адрес webhook отклонён: допускаются только http(s), и нельзя отправлять на loopback, link-local и адреса облачных метаданных',
      'The webhook URL is refused: only http(s), and never to loopback, link-local or cloud metadata addresses',
    ),
    { details: { reason } },
  );

export const subscriptionNotFound = (id: string): ApiError =>
  new ApiError(404, 'WEBHOOK.NOT_FOUND', text('Мұндай webhook жазылымы жоқ', 'Такой подписки на webhook нет', 'No such webhook subscription'), { details: { id } });

export const deliveryNotFound = (id: string): ApiError =>
  new ApiError(404, 'WEBHOOK.DELIVERY_NOT_FOUND', text('Мұндай webhook жеткізілімі жоқ', 'Такой доставки webhook нет', 'No such webhook delivery'), { details: { id } });
