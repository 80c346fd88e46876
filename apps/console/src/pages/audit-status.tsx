import { useLoad } from '../api/use-load';
import { useApp } from '../app-context';
import { useI18n } from '../i18n/i18n';
import { Failure } from './failure';

/** The signed audit chain as this service holds it, with the service's own verdict on it. */
export function AuditStatus({ caseId }: { caseId: string }) {
  const { api } = useApp();
  const { t } = useI18n();
  const [loaded] = useLoad(() => api.audit(caseId), [api, caseId]);
  return (
    <>
      <h2 id="audit-title">{t('auditChain')}</h2>
      {loaded.state === 'loading' ? <p>{t('loading')}</p> : loaded.state === 'failed' ? <Failure error={loaded.error} /> : (() => {
        const { verification: v, records, exportedBy } = loaded.value;
        const head = records.at(-1);
        return (
          <dl class="audit" aria-labelledby="audit-title" data-verified={String(v.ok)}>
            <dt>{t('status')}</dt>
            <dd>
              {v.ok ? <span class="ok chain-verified">✓ {t('chainVerified')}</span> : (
                <span class="failure chain-broken">✗ {t('chainBroken')} {v.seq ?? '?'}{v.code ? ` · ${v.code}` : ''}{v.message ? ` · ${v.message}` : ''}</span>
              )}
            </dd>
            <dt>{t('chainLength')}</dt><dd class="chain-length">{records.length}</dd>
            <dt>{t('headHash')}</dt><dd><code class="head-hash">{head?.hash ?? '—'}</code></dd>
            <dt>{t('checkedByService')}</dt><dd><code>{exportedBy}</code></dd>
          </dl>
        );
      })()}
    </>
  );
}
