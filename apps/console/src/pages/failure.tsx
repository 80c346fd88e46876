import { ApiFailure } from '../api/api-client';
import { useI18n } from '../i18n/i18n';

/** An error as the official reads it: the server's own text in the page's language, the rule and the code. */
export function Failure({ error }: { error: unknown }) {
  const { t, pick } = useI18n();
  const text = error instanceof ApiFailure && error.text ? pick(error.text) : error instanceof Error ? error.message : String(error);
  return (
    <div role="alert" class="failure">
      <p>
        {t('error')}: {text}
        {error instanceof ApiFailure && error.cite ? <> (<span class="cite">{error.cite}</span>)</> : ''}
        {error instanceof ApiFailure ? <> <code class="code">{error.code}</code></> : null}
      </p>
      {error instanceof ApiFailure && error.violations.length > 0 ? (
        <ul class="violations">
          {error.violations.map((v, i) => <li key={`${v.code}-${i}`} data-code={v.code}><strong>{v.cite}</strong> {pick(v.text)} <code>{v.code}</code></li>)}
        </ul>
      ) : null}
    </div>
  );
}
