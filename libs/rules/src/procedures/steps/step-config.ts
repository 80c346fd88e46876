import type { Cite, RuleSet } from '../../common/citation';
import type { LocalizedText } from '../../common/localized-text';
import type { PartyRole } from '../../deadlines/party-role';

/** What every step factory needs: the paragraph, who may act, and what the step does in words. */
export interface StepConfig {
  readonly ruleSet: RuleSet;
  readonly cite: Cite;
  readonly actors: readonly PartyRole[];
  readonly text: LocalizedText;
  /** Who is told (the message intent's recipients). */
  readonly notify: readonly PartyRole[];
}

