import { useRef, useState } from 'preact/hooks';
import { fieldIssues } from '../api/api-client';
import { useLoad } from '../api/use-load';
import { useApp } from '../app-context';
import type { Case } from '../api/api-types';
import { DATES, FLAGS, RATINGS, emptyDraft, problemsOf, toCandidate, toOpenCaseBody, type CandidateDraft } from '../cases/candidate-form';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { hrefOf } from '../routing/hash-route';
import { useDraft } from '../session/draft';
import { Failure } from './failure';

/**
 * The sender's first act: the candidate and the facts it vouches for (R1 §10, R2 §11, R3 §10). With
 * `replaceIn`, the same form proposes another candidate for a refused case (R1 §14, R2 §15, R3 §14).
 */
export function OpenCase({ replaceIn, onReplaced }: { replaceIn?: Case; onReplaced?: () => void } = {}) {
  const { api, official } = useApp();
  const { t, pick } = useI18n();
  const [agencies] = useLoad(() => (replaceIn ? Promise.resolve([]) : api.agencies()), [api, replaceIn?.caseId]);
  // The API's own request schema: the form checks every field by it as it is typed.
  const [schema] = useLoad(() => api.openCaseSchema(), [api]);
  // A replacement keeps the case's receiver and reference: only the candidate changes.
  const initial = replaceIn ? { ...emptyDraft(), receiverId: replaceIn.parties.receiver?.agencyId ?? replaceIn.parties.mfa?.agencyId ?? '-', reference: replaceIn.reference } : emptyDraft();
  const [draft, setDraft, dropDraft] = useDraft<CandidateDraft>(replaceIn ? `replace.${replaceIn.caseId}` : 'open-case', initial);
  // Checked as typed: a field's problem shows once it was edited, or every problem after a first send.
  // Every field reacts to `input` (checkboxes and selects too): a render between a control's `input` and
  // its `change` would reset a controlled control to its old value.
  const [touched, setTouched] = useState(false);
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const markEdited = (e: Event) => {
    const name = (e.target as HTMLInputElement | null)?.name;
    if (name && !edited.has(name)) setEdited(new Set([...edited, name]));
  };
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // One key per form: a double click or a retry after a lost answer opens one case, not two.
  const idempotencyKey = useRef(crypto.randomUUID());
  const problems = problemsOf(draft, schema.state === 'ok' ? schema.value : undefined);
  const set = (patch: Partial<CandidateDraft>) => setDraft({ ...draft, ...patch });
  // The API's own schema has the last word: a field it refused shows its text (in the page's language)
  // under that field, by the last part of the issue's path (`candidate.eligibility.senderServiceStart`).
  const refused = new Map(fieldIssues(failure).map((i) => [i.path.split('.').at(-1) ?? i.path, pick(i.text)]));
  const problem = (field: string) => {
    const text = problems[field] && (touched || edited.has(field)) ? t(problems[field] as MessageKey) : refused.get(field);
    return text ? <span id={`${field}-problem`} class="field-problem">{text}</span> : null;
  };
  const described = (field: string) => ((problems[field] && (touched || edited.has(field))) || refused.has(field) ? { 'aria-describedby': `${field}-problem`, 'aria-invalid': true as const } : {});

  const send = async (e: Event) => {
    e.preventDefault();
    setTouched(true);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    setFailure(null);
    try {
      if (replaceIn) {
        await api.replaceCandidate(replaceIn.caseId, toCandidate(draft), replaceIn.seq, idempotencyKey.current);
        dropDraft();
        onReplaced?.();
        return;
      }
      const opened = await api.openCase(toOpenCaseBody(draft), idempotencyKey.current);
      dropDraft();
      location.hash = hrefOf({ page: 'case', caseId: opened.caseId });
    } catch (err) {
      setFailure(err);
      setBusy(false);
    }
  };
  const text = (field: 'reference' | 'fullName' | 'position', label: MessageKey) => (
    <div class="field">
      <label for={`f-${field}`}>{t(label)}</label>
      <input id={`f-${field}`} name={field} value={draft[field]} required onInput={(e) => set({ [field]: e.currentTarget.value })} {...described(field)} />
      {problem(field)}
    </div>
  );
  const Title = replaceIn ? 'h2' : 'h1';
  // The form waits for the schema it checks by (a service without a document falls back to the server's word).
  if (schema.state === 'loading') return null;
  return (
    <section aria-labelledby="open-case-title" class="open-case">
      <Title id="open-case-title">{replaceIn ? t('anotherCandidate') : t('openCase')}</Title>
      <form onSubmit={send} onInput={markEdited} noValidate data-form={replaceIn ? 'replace-candidate' : 'open-case'}>
        {replaceIn ? null : <>
        <div class="field">
          <label for="f-receiverId">{t('receiver')}</label>
          <select id="f-receiverId" name="receiverId" value={draft.receiverId} required onInput={(e) => set({ receiverId: e.currentTarget.value })} {...described('receiverId')}>
            <option value="">—</option>
            {(agencies.state === 'ok' ? agencies.value : []).filter((a) => a.id !== official.agency).map((a) => <option key={a.id} value={a.id}>{pick(a.name)}</option>)}
          </select>
          {problem('receiverId')}
        </div>
        {text('reference', 'reference')}
        </>}
        {text('fullName', 'fullName')}
        {text('position', 'position')}
        <fieldset class="facts">
          <legend>{t('facts')}</legend>
          <p class="hint">{t('factsHint')}</p>
          {FLAGS.map(([flag, cite]) => (
            <label key={flag} class="check">
              <input type="checkbox" name={flag} checked={draft.flags[flag]} onInput={(e) => set({ flags: { ...draft.flags, [flag]: e.currentTarget.checked } })} />
              {' '}{t(`fact_${flag}`)} <small class="cite">{cite}</small>
            </label>
          ))}
          {DATES.map(([fact, cite]) => (
            <div class="field" key={fact}>
              <label for={`f-${fact}`}>{t(`fact_${fact}`)} <small class="cite">{cite}</small></label>
              <input id={`f-${fact}`} name={fact} type="date" value={draft.dates[fact]} onInput={(e) => set({ dates: { ...draft.dates, [fact]: e.currentTarget.value } })} {...described(fact)} />
              {problem(fact)}
            </div>
          ))}
          <div class="field">
            <label for="f-unexpungedSanctions">{t('unexpungedSanctions')} <small class="cite">R3 §10(2)</small></label>
            <input id="f-unexpungedSanctions" name="unexpungedSanctions" type="number" min={0} value={draft.unexpungedSanctions} onInput={(e) => set({ unexpungedSanctions: e.currentTarget.value })} {...described('unexpungedSanctions')} />
            {problem('unexpungedSanctions')}
          </div>
          <fieldset>
            <legend>{t('ratings')} <small class="cite">R3 §10(4)</small></legend>
            {draft.ratings.map((r, i) => (
              <div class="rating-row" key={i}>
                <label for={`f-rating-year-${i}`}>{t('year')}</label>
                <input id={`f-rating-year-${i}`} name={`rating-year-${i}`} inputMode="numeric" value={r.year} onInput={(e) => set({ ratings: draft.ratings.map((x, j) => (j === i ? { ...x, year: e.currentTarget.value } : x)) })} {...described(`rating-year-${i}`)} />
                <label for={`f-rating-${i}`}>{t('rating')}</label>
                <select id={`f-rating-${i}`} name={`rating-${i}`} value={r.rating} onInput={(e) => set({ ratings: draft.ratings.map((x, j) => (j === i ? { ...x, rating: e.currentTarget.value as typeof x.rating } : x)) })} {...described(`rating-${i}`)}>
                  <option value="">—</option>
                  {RATINGS.map((v) => <option key={v} value={v}>{t(`rating_${v}`)}</option>)}
                </select>
                {problem(`rating-year-${i}`)}{problem(`rating-${i}`)}
              </div>
            ))}
          </fieldset>
          <div class="field">
            <label for="f-lastAttestation">{t('lastAttestation')} <small class="cite">R2 §11(5)</small></label>
            <select id="f-lastAttestation" name="lastAttestation" value={draft.lastAttestation} onInput={(e) => set({ lastAttestation: e.currentTarget.value as CandidateDraft['lastAttestation'] })}>
              {(['none', 'positive', 'negative'] as const).map((v) => <option key={v} value={v}>{t(`attestation_${v}`)}</option>)}
            </select>
          </div>
        </fieldset>
        {failure ? <Failure error={failure} /> : null}
        <button type="submit" class="primary" disabled={busy}>{replaceIn ? t('anotherCandidate') : t('openCase')}</button>
      </form>
    </section>
  );
}
