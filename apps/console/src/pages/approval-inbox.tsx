import { useState } from 'preact/hooks';
import type { Case } from '../api/api-types';
import { useLoad } from '../api/use-load';
import { useApp } from '../app-context';
import { awaitsMyApproval } from '../cases/case-filters';
import { useI18n } from '../i18n/i18n';
import { hrefOf } from '../routing/hash-route';
import { Countdown } from './countdown';
import { DocumentList } from './document-list';
import { EligibilityChecks } from './eligibility-checks';
import { Failure } from './failure';

export function ApprovalInbox() {
  const { api } = useApp();
  const { t } = useI18n();
  const [loaded, reload] = useLoad(() => api.cases(), [api]);
  if (loaded.state === 'loading') return <p>{t('loading')}</p>;
  if (loaded.state === 'failed') return <Failure error={loaded.error} />;
  const waiting = loaded.value.filter(awaitsMyApproval);
  return (
    <section aria-labelledby="inbox-title">
      <h1 id="inbox-title">{t('approvalInbox')}</h1>
      {waiting.length === 0 ? <p>{t('nothingAwaiting')}</p> : waiting.map((c) => <Awaiting key={c.caseId} theCase={c} onDecided={reload} />)}
    </section>
  );
}

function Awaiting({ theCase: c, onDecided }: { theCase: Case; onDecided: () => void }) {
  const { api } = useApp();
  const { t, pick } = useI18n();
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const obligation = c.obligations.find((o) => o.actor === 'approver');
  const decide = async (type: 'ApprovalGranted' | 'ApprovalDenied') => {
    setBusy(true);
    try {
      await api.step(c.caseId, { type }, c.seq);
      onDecided();
    } catch (err) {
      setFailure(err);
      setBusy(false);
    }
  };
  const titleId = `awaiting-${c.caseId}`;
  return (
    <article class="awaiting" aria-labelledby={titleId} data-case-id={c.caseId}>
      <h2 id={titleId}>
        <a href={hrefOf({ page: 'case', caseId: c.caseId })}>{c.reference}</a> · {c.candidate.fullName}, {c.candidate.position} · {c.ruleSet}
      </h2>
      {obligation ? (
        <p>
          {pick(obligation.text)} ({obligation.cite}) · {t('due')}: {obligation.due ?? '—'} <Countdown days={obligation.workingDaysLeft} />
        </p>
      ) : null}
      <h3>{t('package')}</h3>
      <DocumentList caseId={c.caseId} documents={c.documents} />
      <h3>{t('checks')}</h3>
      <EligibilityChecks caseId={c.caseId} />
      {failure ? <Failure error={failure} /> : null}
      <div class="decision">
        <button type="button" class="agree" disabled={busy} onClick={() => decide('ApprovalGranted')}>{t('agree')}</button>
        <button type="button" class="refuse" disabled={busy} onClick={() => decide('ApprovalDenied')}>{t('refuse')}</button>
      </div>
    </article>
  );
}
