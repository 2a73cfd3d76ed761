import { useEffect, useState } from 'preact/hooks';
import { api, onUnauthorized, setCsrfToken } from './api';
import { Link } from './components/links';
import { Alert, Loading } from './components/ui';
import { AccountPage } from './pages/account';
import { AdminUsersPage } from './pages/admin-users';
import { DashboardPage } from './pages/dashboard';
import { InboxPage } from './pages/inbox';
import { QueuePage } from './pages/queue';
import { ReportsPage } from './pages/reports';
import { SignInPage } from './pages/sign-in';
import { WebhooksPage } from './pages/webhooks';
import { WorkspacePage } from './pages/workspace';
import { navigate, useLocation } from './router';
import { safeReturnPath } from './urls';
import { hasRole, Role, Session, SessionUser } from './types';

interface PageDefinition {
  path: string;
  title: string;
  role: Role;
  render: (user: SessionUser) => preact.JSX.Element;
  nav: boolean;
}

const PAGES: PageDefinition[] = [
  { path: '/workspace', title: 'Workspace', role: 'reviewer', nav: true, render: (user) => <WorkspacePage user={user} /> },
  { path: '/reviews', title: 'Second review', role: 'reviewer', nav: true, render: (user) => <InboxPage user={user} mode="review" /> },
  { path: '/dashboard', title: 'Dashboard', role: 'lead', nav: true, render: () => <DashboardPage /> },
  { path: '/approvals', title: 'Approve & publish', role: 'lead', nav: true, render: (user) => <InboxPage user={user} mode="publish" /> },
  { path: '/queue', title: 'Queue', role: 'lead', nav: true, render: () => <QueuePage /> },
  { path: '/reports', title: 'Reports', role: 'lead', nav: true, render: () => <ReportsPage /> },
  { path: '/webhooks', title: 'Webhooks', role: 'lead', nav: true, render: (user) => <WebhooksPage user={user} /> },
  { path: '/admin/users', title: 'Users', role: 'admin', nav: true, render: (user) => <AdminUsersPage user={user} /> },
  { path: '/account', title: 'Account', role: 'reviewer', nav: false, render: (user) => <AccountPage user={user} /> },
];

function Redirect(props: { to: string }) {
  useEffect(() => navigate(props.to, { replace: true }), [props.to]);
  return <Loading />;
}

const homeFor = (user: SessionUser): string => (hasRole(user.role, 'lead') ? '/dashboard' : '/workspace');

export function App() {
  const { path, search } = useLocation();
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    api.get<Session>('/api/session').then(
      (current) => {
        setCsrfToken(current.csrfToken);
        setSession(current);
      },
      () => setSession(null),
    );
    // Any 401 later means the session ended: back to sign-in, then return to the page the person was on.
    onUnauthorized(() => {
      setCsrfToken(null);
      setSession(null);
      if (location.pathname !== '/sign-in') {
        setNotice('Your session has expired. Sign in again to continue.');
        navigate(`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`, { replace: true });
      }
    });
  }, []);

  useEffect(() => {
    const page = PAGES.find((candidate) => candidate.path === path);
    document.title = page ? `${page.title} · Factdesk` : 'Factdesk';
  }, [path]);

  if (session === undefined) return <Loading />;

  if (!session) {
    if (path !== '/sign-in')
      return <Redirect to={`/sign-in${path === '/' ? '' : `?next=${encodeURIComponent(path + location.search)}`}`} />;
    return (
      <SignInPage
        notice={notice}
        onSignedIn={(created) => {
          setCsrfToken(created.csrfToken);
          setSession(created);
          setNotice(null);
          const next = search.get('next');
          navigate(next ? safeReturnPath(next) : homeFor(created.user), { replace: true });
        }}
      />
    );
  }

  const user = session.user;
  if (path === '/' || path === '/sign-in') return <Redirect to={homeFor(user)} />;
  const page = PAGES.find((candidate) => candidate.path === path);

  const signOut = async () => {
    await api.delete('/api/session').catch(() => undefined);
    setCsrfToken(null);
    setSession(null);
    navigate('/sign-in', { replace: true });
  };

  return (
    <div class="shell">
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <header class="topbar">
        <span class="brand">Factdesk</span>
        <nav aria-label="Main">
          <ul>
            {PAGES.filter((candidate) => candidate.nav && hasRole(user.role, candidate.role)).map((candidate) => (
              <li key={candidate.path}>
                <Link href={candidate.path} current={candidate.path === path}>
                  {candidate.title}
                </Link>
              </li>
            ))}
            {hasRole(user.role, 'admin') && (
              <li>
                {/* Bull Board, served by the API beside the app: a page of its own, so a plain link. */}
                <a href="/admin/queues">Job queues</a>
              </li>
            )}
          </ul>
        </nav>
        <div class="whoami">
          <Link href="/account">
            {user.name} <span class="muted">({user.role})</span>
          </Link>
          <button type="button" class="secondary" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {!page ? (
          <section>
            <h1>Not found</h1>
            <p>
              There is no page at this address. <Link href={homeFor(user)}>Go to your start page</Link>.
            </p>
          </section>
        ) : !hasRole(user.role, page.role) ? (
          <section>
            <h1>Not allowed</h1>
            <Alert kind="error">
              {page.title} needs the role “{page.role}”; you are signed in as “{user.role}”.
            </Alert>
          </section>
        ) : (
          page.render(user)
        )}
      </main>
    </div>
  );
}
