/** How "now" is derived: the system clock, shifted for demos and tests that need a given legal date. */
export type ClockSetting =
  | { readonly kind: 'system' }
  | { readonly kind: 'offset-days'; readonly days: number }
  | { readonly kind: 'starts-at'; readonly instant: Date };

const DAY_MS = 86_400_000;

/**
 * A clock that still advances in real time even when shifted: deadlines and timestamps written
 * seconds apart stay seconds apart, which a frozen clock would not give.
 */
export function createClock(setting: ClockSetting, systemNow: () => number = Date.now): () => Date {
  const offsetMs =
    setting.kind === 'offset-days' ? setting.days * DAY_MS : setting.kind === 'starts-at' ? setting.instant.getTime() - systemNow() : 0;
  return () => new Date(systemNow() + offsetMs);
}
