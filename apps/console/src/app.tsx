import { useEffect, useMemo, useState } from 'preact/hooks';
import { apiClient } from './api/api-client';
import { consoleApi } from './api/console-api';
import { AppContext } from './app-context';
import { useI18n } from './i18n/i18n';
import { LANGUAGES, type Language } from './i18n/messages';
import { ApprovalInbox } from './pages/approval-inbox';
import { CasePage } from './pages/case-page';
import { MyCases } from './pages/my-cases';
import { SignIn } from './pages/sign-in';
import { TraceView } from './pages/trace-view';
import { hrefOf, parseRoute, type Route } from './routing/hash-route';
import { session } from './session/session';

/** The approval inbox is the Presidential Administration's and the Prime Minister's (R1 §15, R2 §16, R3 §15). */
const APPROVING_SERVICES = new Set(['presidential-administration', 'prime-minister']);

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function App() {
  const { t, language, setLanguage } = useI18n();
  const [signedIn, setSignedIn] = useState(() => session.key() !== null);
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
  if (!signedIn) {
    return (
      <>
        <header class="top">{languages}</header>
        <SignIn onSignedIn={(key) => { session.signIn(key); setSignedIn(true); }} />
      </>
    );
  }
  return (
    <AppContext.Provider value={{ api, service }}>
      <header class="top">
        <strong class="brand">{t('appTitle')}</strong>
        <span class="service-name">{service}</span>
        <nav aria-label={t('appTitle')}>
          <a href={hrefOf({ page: 'cases' })} aria-current={route.page === 'cases' ? 'page' : undefined}>{t('myCases')}</a>
          {APPROVING_SERVICES.has(service) ? (
            <a href={hrefOf({ page: 'inbox' })} aria-current={route.page === 'inbox' ? 'page' : undefined}>{t('approvalInbox')}</a>
          ) : null}
        </nav>
        {languages}
        <button type="button" onClick={() => { session.signOut(); setSignedIn(false); }}>{t('signOut')}</button>
      </header>
      <main>
        {route.page === 'case' ? <CasePage caseId={route.caseId} /> : null}
        {route.page === 'trace' ? <TraceView caseId={route.caseId} /> : null}
        {route.page === 'inbox' ? <ApprovalInbox /> : null}
        {route.page === 'cases' ? <MyCases /> : null}
      </main>
    </AppContext.Provider>
  );
}
