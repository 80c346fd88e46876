import { useLoad } from '../api/use-load';
import { useApp } from '../app-context';
import { useI18n } from '../i18n/i18n';
import { hrefOf } from '../routing/hash-route';
import { durationMs, waterfallRows } from '../trace/waterfall';
import { Failure } from './failure';

/** The case's traces as one waterfall: HTTP → AMQP publish → consume → MongoDB across the services. */
export function TraceView({ caseId }: { caseId: string }) {
  const { api } = useApp();
  const { t } = useI18n();
  const [loaded] = useLoad(() => api.traces(caseId), [api, caseId]);
  if (loaded.state === 'loading') return <p>{t('loading')}</p>;
  if (loaded.state === 'failed') return <Failure error={loaded.error} />;
  const { spans, traceIds, missing } = loaded.value;
  const rows = waterfallRows(spans);
  return (
    <section aria-labelledby="trace-title" class="trace-view">
      <h1 id="trace-title">{t('trace')} · <a href={hrefOf({ page: 'case', caseId })}>{caseId}</a></h1>
      <p>
        {t('traceId')}: {traceIds.map((id) => <code key={id} class="trace-id">{id}</code>)}
      </p>
      {missing.length > 0 ? <p class="hint">{t('traceMissing')}: {missing.join(', ')}</p> : null}
      <ol class="waterfall" aria-label={t('trace')}>
        {rows.map(({ span, depth, offsetPct, widthPct }) => (
          <li key={span.spanId} class={`span service-${span.service}${span.error ? ' error' : ''}`} data-trace-id={span.traceId}>
            <span class="label" style={{ paddingLeft: `${depth * 0.9}rem` }}>
              <span class="service">{span.service}</span> {span.name}
              {span.links.length > 0 ? <small> ({t('linkedFrom')} {span.links.map((l) => l.traceId.slice(0, 8)).join(', ')})</small> : null}
            </span>
            <span class="track">
              <span class="bar" style={{ marginLeft: `${offsetPct}%`, width: `${widthPct}%` }} />
            </span>
            <span class="ms">{durationMs(span.durationUs)} ms</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
