export const PAY_CODES = {
  /** The receiver's kind is outside the rule set (e.g. R2 to anything but a foreign institution). */
  RECEIVER_NOT_COVERED: 'PAY.RECEIVER_NOT_COVERED',
  /** A treaty override was given where the paragraph allows none (only R3 §7 does). */
  OVERRIDE_NOT_ALLOWED: 'PAY.OVERRIDE_NOT_ALLOWED',
} as const;
