import { useState } from 'preact/hooks';
import { useLoad } from '../api/use-load';
import { useApp } from '../app-context';
import { filterCases, mostUrgent, NO_FILTER, owedByMe, workOrder, type CaseFilter, type Owed } from '../cases/case-filters';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import { hrefOf } from '../routing/hash-route';
import { Countdown } from './countdown';
import { Failure } from './failure';

const OWED: readonly [Owed, MessageKey][] = [['any', 'any'], ['me', 'owedByMe'], ['others', 'owedByOthers'], ['overdue', 'overdue'], ['dueWithin', 'dueWithin']];

export function MyCases() {
  const { api } = useApp();
  const { t, pick } = useI18n();
  const [loaded] = useLoad(() => api.cases(), [api]);
  const [filter, setFilter] = useState<CaseFilter>(NO_FILTER);
  const [status, setStatus] = useState('any');
  if (loaded.state === 'loading') return <p>{t('loading')}</p>;
  if (loaded.state === 'failed') return <Failure error={loaded.error} />;
  const statuses = [...new Set(loaded.value.map((c) => c.status))].sort();
  const cases = workOrder(filterCases(loaded.value, filter)).filter((c) => status === 'any' || c.status === status);
  return (
    <section aria-labelledby="my-cases-title">
      <h1 id="my-cases-title">{t('myCases')}</h1>
      <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('search')}
          <input name="search" type="search" value={filter.search} onInput={(e) => setFilter({ ...filter, search: e.currentTarget.value })} />
        </label>
        <label>
          {t('procedure')}
          <select name="procedure" value={filter.ruleSet} onChange={(e) => setFilter({ ...filter, ruleSet: e.currentTarget.value as CaseFilter['ruleSet'] })}>
            <option value="any">{t('any')}</option>
            <option value="R1">R1</option>
            <option value="R2">R2</option>
            <option value="R3">R3</option>
          </select>
        </label>
        <label>
          {t('status')}
          <select name="status" value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
            <option value="any">{t('any')}</option>
            {statuses.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </label>
        <label>
          {t('owed')}
          <select name="owed" value={filter.owed} onChange={(e) => setFilter({ ...filter, owed: e.currentTarget.value as Owed })}>
            {OWED.map(([value, key]) => <option key={value} value={value}>{t(key)}</option>)}
          </select>
        </label>
        {filter.owed === 'dueWithin' ? (
          <label>
            N
            <input name="within" type="number" min={0} max={60} value={filter.withinDays} onInput={(e) => setFilter({ ...filter, withinDays: Number(e.currentTarget.value) || 0 })} />
          </label>
        ) : null}
      </form>
      {cases.length === 0 ? <p>{t('noCases')}</p> : (
        <table class="cases">
          <thead>
            <tr>
              <th scope="col">{t('reference')}</th>
              <th scope="col">{t('candidate')}</th>
              <th scope="col">{t('procedure')}</th>
              <th scope="col">{t('status')}</th>
              <th scope="col">{t('nextDue')}</th>
              <th scope="col">{t('daysLeft')}</th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c) => {
              const urgent = mostUrgent(c);
              return (
                <tr key={c.caseId} data-case-id={c.caseId} class={owedByMe(c).length > 0 ? 'owed-by-me' : undefined}>
                  <td><a href={hrefOf({ page: 'case', caseId: c.caseId })}>{c.reference}</a></td>
                  <td>{c.candidate.fullName}</td>
                  <td>{c.ruleSet}</td>
                  <td>{c.status}</td>
                  <td>{urgent ? `${urgent.due ?? '—'} · ${pick(urgent.text)} (${urgent.cite})` : '—'}</td>
                  <td><Countdown days={urgent?.workingDaysLeft} /></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
