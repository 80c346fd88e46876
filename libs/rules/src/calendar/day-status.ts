/** Why a day that would otherwise be working is a day off (or the reverse): shown to users, kept for audit. */
export interface DayStatus {
  readonly kind: 'holiday' | 'observed' | 'transfer' | 'one-off';
  readonly source: string;
}
