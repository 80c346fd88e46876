// R2 §19 — what it prescribes: on a copy or extract of the MFA's appointment order, the sending body
// issues its own secondment order.
import { text } from '../common/localized-text';
import { issueSenderOrder } from '../procedures/steps/order';
import { r2Term } from './p08-term';
import { r2Kpi } from './p12-kpi';
import { r2ReleaseNotice } from './p21-expiry';

/** R2 §19: the sending body's order, on a copy or extract of the MFA's order. No period is set. */
export const r2p19SenderOrder = issueSenderOrder({
  ruleSet: 'R2',
  cite: 'R2 §19',
  actors: ['sender'],
  notify: ['mfa', 'seconded-person'],
  text: text(
    'Жіберуші орган уәкілетті органның бұйрығы негізінде іссапарға бару туралы бұйрық қабылдайды',
    'Направляющий орган издаёт приказ о прикомандировании на основании приказа уполномоченного органа',
    'The sending body issues its order on the basis of the MFA’s order',
  ),
  kpi: r2Kpi,
  releaseNotice: r2ReleaseNotice,
  term: r2Term,
});
