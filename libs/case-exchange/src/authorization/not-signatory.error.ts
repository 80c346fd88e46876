import { Refusal } from '@sx/contracts';
import { text } from '@sx/rules';

/** The act is a decision the law gives to a named official; the actor is not a signatory of the agency. */
export const notSignatory = (act: string, cite: string): Refusal =>
  new Refusal(
    'forbidden',
    'AUTH.NOT_SIGNATORY',
    text(
      'Бұл шешімді тек ұйымның қол қою құқығы бар лауазымды адамы қабылдай алады',
      'Это решение может принять только должностное лицо ведомства с правом подписи',
      'Only an official of the agency with signing authority can take this decision',
    ),
    { cite, details: { act } },
  );

/** The actor holds neither the preparer nor the signatory role of its agency. */
export const notPreparer = (act: string, cite: string): Refusal =>
  new Refusal(
    'forbidden',
    'AUTH.NOT_PREPARER',
    text(
      'Бұл әрекетті тек ұйымның дайындаушысы немесе қол қоюшысы жасай алады',
      'Это действие может совершить только исполнитель или подписант ведомства',
      'Only a preparer or a signatory of the agency can take this act',
    ),
    { cite, details: { act } },
  );
