import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';
import { beginSignIn, type SignInConfig } from '../session/oidc';
import { Failure } from './failure';

/** Officials sign in at their agency's provider; nothing secret is typed here. */
export function SignIn({ config, expired }: { config: SignInConfig | null; expired: boolean }) {
  const { t } = useI18n();
  const [failure, setFailure] = useState<unknown>(null);
  const go = (issuer: string) => {
    if (config) beginSignIn(config, issuer).catch(setFailure);
  };
  return (
    <main class="sign-in">
      <h1>{t('appTitle')}</h1>
      {expired ? <p role="status" class="notice">{t('sessionEnded')}</p> : null}
      {config && config.providers.length === 0 ? <p role="alert" class="failure">{t('noProvider')}</p> : null}
      <ul class="providers">
        {(config?.providers ?? []).map((p) => (
          <li key={p.issuer}>
            <button type="button" class="sign-in-button" onClick={() => go(p.issuer)}>{t('signIn')}</button>
            {config && config.providers.length > 1 ? <small> {p.agencies.join(', ')}</small> : null}
          </li>
        ))}
      </ul>
      <p class="hint">{t('signInHint')}</p>
      {failure ? <Failure error={failure} /> : null}
    </main>
  );
}
