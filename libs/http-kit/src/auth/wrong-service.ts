import { ApiError } from '../errors/api-error';
import type { LocalizedText } from '../i18n/localized-text';

/** A valid key of an agency that acts through other services, and which ones. */
export interface ServedElsewhere {
  readonly agencyId: string;
  readonly services: readonly string[];
}

export type KeysServedElsewhere = Readonly<Record<string, ServedElsewhere>>;

const text = (served: string, here: string): LocalizedText => ({
  kk: `Бұл кілттің органы ${here} арқылы емес, ${served} арқылы әрекет етеді.`,
  ru: `Ведомство этого ключа работает не через ${here}, а через ${served}.`,
  en: `This key's agency acts through ${served}, not through ${here}.`,
});

/** 403, not 401: the key is genuine, the caller only knocked at the wrong service. */
export function wrongService(other: ServedElsewhere, here = 'this service'): ApiError {
  const served = other.services.join(', ');
  return new ApiError(403, 'AUTH.WRONG_SERVICE', text(served, here), { details: { agencyId: other.agencyId, servedBy: other.services, service: here } });
}
