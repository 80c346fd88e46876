import { useState } from 'preact/hooks';
import { apiClient, ApiFailure, unwrap } from '../api/api-client';
import { useI18n } from '../i18n/i18n';

/** Checks the key against the API once before keeping it for this tab. */
export function SignIn({ onSignedIn }: { onSignedIn: (key: string) => void }) {
  const { t, language } = useI18n();
  const [key, setKey] = useState('');
  const [refused, setRefused] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      await unwrap(apiClient(() => language, () => key.trim()).GET('/cases', { params: { query: { limit: 1 } } }));
      onSignedIn(key.trim());
    } catch (err) {
      if (!(err instanceof ApiFailure)) throw err;
      setRefused(true);
    }
  };
  return (
    <main class="sign-in">
      <h1>{t('appTitle')}</h1>
      <form onSubmit={submit}>
        <label for="api-key">{t('apiKey')}</label>
        <input id="api-key" name="api-key" type="password" autocomplete="off" required value={key} onInput={(e) => setKey(e.currentTarget.value)} />
        <p class="hint">{t('apiKeyHint')}</p>
        {refused ? <p role="alert" class="failure">{t('badKey')}</p> : null}
        <button type="submit">{t('signIn')}</button>
      </form>
    </main>
  );
}
