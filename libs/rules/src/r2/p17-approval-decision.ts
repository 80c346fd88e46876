// R2 §17 — what it prescribes: the President, or by his authority the Head of the Presidential
// Administration, considers the sending body's proposal and agrees to the secondment or refuses.
import { text } from '../common/localized-text';
import { denyApproval, grantApproval } from '../procedures/steps/approval';
import { r2MfaOrder } from './p18-mfa-order';

/** R2 §17: the President, or by his authority the Head of the Presidential Administration, agrees or refuses. */
export const r2p17Grant = grantApproval({
  ruleSet: 'R2',
  cite: 'R2 §17',
  actors: ['approver'],
  notify: ['sender', 'mfa'],
  text: text('Іссапарға бару туралы ұсыныс келісілді', 'Предложение о прикомандировании согласовано', 'The secondment was approved'),
  next: 'awaiting-order',
  opens: r2MfaOrder,
});

export const r2p17Deny = denyApproval({
  ruleSet: 'R2',
  cite: 'R2 §17',
  actors: ['approver'],
  notify: ['sender', 'mfa'],
  text: text('Келісуден бас тартылды', 'В согласовании отказано', 'The approval was refused'),
});
