import { Refusal } from '@sx/contracts';
import { text } from '@sx/rules';
import type { RefusalReason } from './address-policy';

export const urlRefused = (reason: RefusalReason): Refusal =>
  new Refusal(
    'invalid',
    'WEBHOOK.URL_REFUSED',
    text(
      'Webhook мекенжайы қабылданбады: тек http(s) және тек интернеттегі жалпыға ортақ мекенжайлар (жеке, жергілікті, резервтелген желілер, бұлттық метадеректер және қызметтің өз хосты емес)',
      'Адрес webhook отклонён: допускаются только http(s) и только публичные адреса интернета (не частные, локальные и зарезервированные сети, не метаданные облака и не сам хост сервиса)',
      'The webhook URL is refused: only http(s), and only public internet addresses (no private, local or reserved networks, cloud metadata, or the service’s own host)',
    ),
    { details: { reason } },
  );

export const subscriptionNotFound = (id: string): Refusal =>
  new Refusal('not-found', 'WEBHOOK.NOT_FOUND', text('Мұндай webhook жазылымы жоқ', 'Такой подписки на webhook нет', 'No such webhook subscription'), { details: { id } });

export const deliveryNotFound = (id: string): Refusal =>
  new Refusal('not-found', 'WEBHOOK.DELIVERY_NOT_FOUND', text('Мұндай webhook жеткізілімі жоқ', 'Такой доставки webhook нет', 'No such webhook delivery'), { details: { id } });
