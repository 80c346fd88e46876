import { ApiFailure } from '../api/api-client';
import { useI18n } from '../i18n/i18n';

/** An error as the official reads it: the server's own text in the page's language, the rule and the code. */
export function Failure({ error }: { error: unknown }) {
  const { t, pick } = useI18n();
  const text = error instanceof ApiFailure && error.text ? pick(error.text) : error instanceof Error ? error.message : String(error);
  return (
    <p role="alert" class="failure">
      {t('error')}: {text}
      {error instanceof ApiFailure && error.cite ? ` (${error.cite})` : ''}
      {error instanceof ApiFailure ? <> <code class="code">{error.code}</code></> : null}
    </p>
  );
}
