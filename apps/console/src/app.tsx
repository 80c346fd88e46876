import { useEffect, useMemo, useState } from 'preact/hooks';
import { apiClient } from './api/api-client';
import { consoleApi } from './api/console-api';
import { AppContext } from './app-context';
import { useI18n } from './i18n/i18n';
import { LANGUAGES, type Language } from './i18n/messages';
import { ApprovalInbox } from './pages/approval-inbox';
import { CasePage } from './pages/case-page';
import { MyCases } from './pages/my-cases';
import { OpenCase } from './pages/open-case';
import { SignIn } from './pages/sign-in';
import { TraceView } from './pages/trace-view';
import { hrefOf, parseRoute, type Route } from './routing/hash-route';
import { completeSignIn, loadSignInConfig, markSignedOut, type SignInConfig } from './session/oidc';
import { session, type Session } from './session/session';

/** The approval inbox is the Presidential Administration's and the Prime Minister's (R1 §15, R2 §16, R3 §15). */
const APPROVING_SERVICES = new Set(['presidential-administration', 'prime-minister']);

/** Cases are opened by a sending body (R2, R3 §12) or the MFA (R1 §12), through the services that serve that role. */
const SENDING_SERVICES = new Set(['sending-body', 'foreign-affairs']);

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** The sign-in state: the provider's answer is awaited once at load (back from its login page). */
function useSession(): { current: Session | null; config: SignInConfig | null; expired: boolean; ready: boolean; signOut: () => void } {
  const [current, setCurrent] = useState<Session | null>(session.current);
  const [config, setConfig] = useState<SignInConfig | null>(null);
  const [expired, setExpired] = useState(false);
  const [ready, setReady] = useState(false);
  useEffect(() => session.subscribe((s) => {
    setCurrent(s);
    if (!s) setExpired(true);
  }), []);
  useEffect(() => {
    void (async () => {
      const c = await loadSignInConfig();
      setConfig(c);
      const s = await completeSignIn(c).catch(() => null);
      if (s) session.set(s);
      setReady(true);
    })();
  }, []);
  // The token's own end: back to the sign-in before a call is refused, drafts kept.
  useEffect(() => {
    if (!current) return;
    const timer = setTimeout(() => session.set(null), Math.max(0, current.expiresAt - Date.now()));
    return () => clearTimeout(timer);
  }, [current]);
  const signOut = () => {
    markSignedOut();
    session.set(null);
    setExpired(false);
  };
  return { current, config, expired, ready, signOut };
}

export function App() {
  const { t, language, setLanguage } = useI18n();
  const auth = useSession();
  const [service, setService] = useState('');
  const route = useRoute();
  const api = useMemo(() => consoleApi(apiClient(() => language)), [language]);
  useEffect(() => {
    void api.service().then((s) => setService(s.service), () => setService(''));
  }, [api]);

  const languages = (
    <label class="language">
      {t('language')}
      <select name="language" value={language} onChange={(e) => setLanguage(e.currentTarget.value as Language)}>
        {LANGUAGES.map((l) => <option key={l} value={l}>{l.toUpperCase()}</option>)}
      </select>
    </label>
  );
  if (!auth.current) {
    return (
      <>
        <header class="top">{languages}</header>
        {auth.ready ? <SignIn config={auth.config} expired={auth.expired} /> : <main><p>{t('loading')}</p></main>}
      </>
    );
  }
  const official = auth.current.official;
  return (
    <AppContext.Provider value={{ api, service, official }}>
      <header class="top">
        <strong class="brand">{t('appTitle')}</strong>
        <span class="service-name">{service}</span>
        <nav aria-label={t('appTitle')}>
          <a href={hrefOf({ page: 'cases' })} aria-current={route.page === 'cases' ? 'page' : undefined}>{t('myCases')}</a>
          {SENDING_SERVICES.has(service) ? (
            <a href={hrefOf({ page: 'new' })} aria-current={route.page === 'new' ? 'page' : undefined}>{t('openCase')}</a>
          ) : null}
          {APPROVING_SERVICES.has(service) ? (
            <a href={hrefOf({ page: 'inbox' })} aria-current={route.page === 'inbox' ? 'page' : undefined}>{t('approvalInbox')}</a>
          ) : null}
        </nav>
        {languages}
        <span class="official" data-subject={official.subject}>{t('signedInAs')}: {official.name} · {official.position} · {official.agency}</span>
        <button type="button" class="sign-out" onClick={auth.signOut}>{t('signOut')}</button>
      </header>
      <main>
        {route.page === 'case' ? <CasePage caseId={route.caseId} /> : null}
        {route.page === 'trace' ? <TraceView caseId={route.caseId} /> : null}
        {route.page === 'inbox' ? <ApprovalInbox /> : null}
        {route.page === 'cases' ? <MyCases /> : null}
        {route.page === 'new' ? <OpenCase /> : null}
      </main>
    </AppContext.Provider>
  );
}
