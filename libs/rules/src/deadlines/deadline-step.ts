/** The steps of the procedures that the law gives a period for. Obligation ids are `R1.<step>`. */
export type DeadlineStep =
  | 'receiver-decision'
  | 'mfa-interview'
  | 'mfa-decision'
  | 'replacement-candidate'
  | 'approval-request'
  | 'appointment-decision'
  | 'order'
  | 'personal-file'
  | 'kpi'
  | 'discipline-report'
  | 'release-notice'
  | 'recall-decision'
  | 'early-recall-notice';
