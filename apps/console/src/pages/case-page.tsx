import type { Case, TimelineEntry } from '../api/api-types';
import { useLoad } from '../api/use-load';
import { useApp } from '../app-context';
import { lanesOf, lastSeqByParty, swimlaneSteps, type Lane } from '../cases/swimlane';
import { useI18n } from '../i18n/i18n';
import { roleKey } from '../i18n/messages';
import { hrefOf } from '../routing/hash-route';
import { useState } from 'preact/hooks';
import type { ApiFailure } from '../api/api-client';
import { useCaseWatch } from './use-case-watch';
import { EligibilityChecks } from './eligibility-checks';
import { OpenCase } from './open-case';
import { PackageUpload } from './package-upload';
import { AuditStatus } from './audit-status';
import { CaseActs } from './case-acts';
import { Countdown } from './countdown';
import { DocumentList } from './document-list';
import { Failure } from './failure';

export function CasePage({ caseId }: { caseId: string }) {
  const { api } = useApp();
  const { t } = useI18n();
  const [stale, setStale] = useState<ApiFailure | null>(null);
  const [loaded, reload] = useLoad(() => Promise.all([api.case(caseId), api.timeline(caseId)]), [api, caseId]);
  if (loaded.state === 'loading') return <p>{t('loading')}</p>;
  if (loaded.state === 'failed') return <Failure error={loaded.error} />;
  const [c, timeline] = loaded.value;
  return <CaseView theCase={c} timeline={timeline} stale={stale} setStale={setStale} reload={reload} />;
}

/** The proposal being prepared: 1 before the first is sent, one more after each refusal's new candidate. */
const submittedCount = (c: Case) => c.events.filter((e) => e.event.type === 'ProposalSubmitted').length;
/** After a refusal the sender's new candidate differs from the one the last proposal bound. */
const replaced = (c: Case) => c.status === 'proposal-refused' && c.proposed !== undefined && (c.proposed.fullName !== c.candidate.fullName || c.proposed.position !== c.candidate.position);
/** Until the proposal is sent the sender prepares it here: the package, then every condition with its paragraph. */
const preparing = (c: Case) => c.yourRoles.includes('sender') && (c.status === 'draft' || replaced(c));
/** R1 §14, R2 §15, R3 §14: after a refusal the sender may propose another candidate. */
const mayReplace = (c: Case) => c.yourRoles.includes('sender') && c.status === 'proposal-refused' && !replaced(c);

function CaseView({ theCase: c, timeline, stale, setStale, reload }: { theCase: Case; timeline: { entries: readonly TimelineEntry[] }; stale: ApiFailure | null; setStale: (f: ApiFailure | null) => void; reload: () => void }) {
  const { t } = useI18n();
  const caseId = c.caseId;
  useCaseWatch(caseId, c.seq, reload);
  return (
    <section aria-labelledby="case-title" class="case-page">
      <h1 id="case-title">
        {c.reference} · {c.candidate.fullName} <span class="badge">{c.ruleSet}</span> <span class="badge status">{c.status}</span>
      </h1>
      <p>
        <a href={hrefOf({ page: 'trace', caseId })}>{t('trace')}</a>
      </p>
      {stale ? <div class="stale" data-testid="stale"><Failure error={stale} /><p role="status">{t('staleCase')}</p></div> : null}
      {mayReplace(c) ? <details class="replace-candidate"><summary>{t('anotherCandidate')} ({c.ruleSet} §{c.ruleSet === 'R2' ? 15 : 14})</summary><OpenCase replaceIn={c} onReplaced={reload} /></details> : null}
      {preparing(c) ? <PackageUpload theCase={c} proposal={submittedCount(c) + 1} onUploaded={reload} /> : null}
      {preparing(c) ? <><h2>{t('conditions')}</h2><EligibilityChecks key={c.documents.map((d) => d.sha256).join()} caseId={caseId} /></> : null}
      <CaseActs caseId={caseId} seq={c.seq} onActed={(refusal) => { setStale(refusal ?? null); reload(); }} />
      <Swimlane theCase={c} entries={timeline.entries} />
      <Obligations theCase={c} />
      <h2>{t('documents')}</h2>
      <DocumentList caseId={caseId} documents={c.documents} />
      <AuditStatus caseId={caseId} />
      <Parties theCase={c} />
    </section>
  );
}

function Swimlane({ theCase, entries }: { theCase: Case; entries: readonly TimelineEntry[] }) {
  const { t } = useI18n();
  const lanes = lanesOf(theCase);
  const steps = swimlaneSteps(theCase, entries);
  return (
    <>
      <h2 id="timeline-title">{t('timeline')}</h2>
      <div class="swimlane-scroll">
        <table class="swimlane" aria-labelledby="timeline-title">
          <thead>
            <tr>
              {lanes.map((l) => <th key={l} scope="col">{t(roleKey(l))}<br /><small>{theCase.parties[l]?.agencyId}</small></th>)}
            </tr>
          </thead>
          <tbody>
            {steps.map((s) => (
              <tr key={s.key} data-event={s.event}>
                {lanes.map((l: Lane) => (
                  <td key={l}>
                    {s.lane === l ? (
                      <div class="step">
                        <strong>{s.event}</strong>
                        <dl>
                          <dt>{t('date')}</dt><dd>{s.on ?? s.at.slice(0, 10)} <small>{s.at.slice(11, 19)}</small></dd>
                          <dt>{t('actor')}</dt><dd>{s.agencyId ?? t(roleKey(s.lane))}</dd>
                          {s.by ? <><dt>{t('decidedBy')}</dt><dd class="by">{s.by}</dd></> : null}
                          {s.receivedBy ? <><dt>{t('receivedBy')}</dt>{s.receivedBy.map((r) => <dd key={r.agencyId} class="received">{r.agencyId} <small>{r.receivedAt.slice(0, 10)} {r.receivedAt.slice(11, 19)}</small></dd>)}</> : null}
                          {s.reason ? <><dt>{t('field_reason')}</dt><dd class="reason">{s.reason}</dd></> : null}
                          {s.cite ? <><dt>{t('cite')}</dt><dd>{s.cite}</dd></> : null}
                          {s.messageId ? <><dt>{t('messageId')}</dt><dd><code>{s.messageId}</code></dd></> : null}
                          {s.traceId ? <><dt>{t('traceId')}</dt><dd><a href={hrefOf({ page: 'trace', caseId: theCase.caseId })}><code class="trace-id">{s.traceId}</code></a></dd></> : null}
                        </dl>
                      </div>
                    ) : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Obligations({ theCase }: { theCase: Case }) {
  const { t, pick } = useI18n();
  return (
    <>
      <h2>{t('obligations')}</h2>
      {theCase.obligations.length === 0 ? <p>—</p> : (
        <table class="obligations">
          <thead>
            <tr><th scope="col">{t('actor')}</th><th scope="col">{t('obligations')}</th><th scope="col">{t('due')}</th><th scope="col">{t('daysLeft')}</th><th scope="col">{t('rule')}</th></tr>
          </thead>
          <tbody>
            {theCase.obligations.map((o) => (
              <tr key={o.id}>
                <td>{t(roleKey(o.actor))}</td>
                <td>{pick(o.text)}</td>
                <td>{o.due ?? '—'}</td>
                <td><Countdown days={o.workingDaysLeft} /></td>
                <td>{o.cite}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function Parties({ theCase }: { theCase: Case }) {
  const { t } = useI18n();
  const last = lastSeqByParty(theCase);
  return (
    <>
      <h2>{t('parties')}</h2>
      <table class="parties">
        <thead><tr><th scope="col">{t('parties')}</th><th scope="col">{t('service')}</th><th scope="col">{t('lastSeq')}</th></tr></thead>
        <tbody>
          {lanesOf(theCase).map((l) => (
            <tr key={l} data-party={l}><td>{t(roleKey(l))} · {theCase.parties[l]?.agencyId}</td><td><code>{theCase.parties[l]?.service ?? '—'}</code></td><td class="last-seq">{last[l] ?? '—'}</td></tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
