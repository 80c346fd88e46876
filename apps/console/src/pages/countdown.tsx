import { urgencyOf } from '../cases/case-filters';
import { useI18n } from '../i18n/i18n';

/** Working days left to a due date, coloured by urgency (negative: overdue by that many). */
export function Countdown({ days }: { days: number | null | undefined }) {
  const { t } = useI18n();
  if (days === null || days === undefined) return <span class="countdown none">—</span>;
  return (
    <span class={`countdown ${urgencyOf(days)}`}>
      {days} {t('workingDays')}
    </span>
  );
}
