import { useState } from 'preact/hooks';
import { api } from '../api';
import { Alert, Field, useAction } from '../components/ui';
import type { Session } from '../types';

export function SignInPage(props: { notice: string | null; onSignedIn: (session: Session) => void }) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const action = useAction();

  const submit = (event: Event) => {
    event.preventDefault();
    void action.run(async () => {
      const session = await api.post<Session>('/api/session', { name, password });
      props.onSignedIn(session);
    });
  };

  return (
    <main id="main" class="sign-in">
      <form onSubmit={submit} aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Sign in to Factdesk</h1>
        {props.notice && <Alert kind="warning">{props.notice}</Alert>}
        <Field label="Name" id="sign-in-name">
          <input
            id="sign-in-name"
            name="username"
            autoComplete="username"
            required
            value={name}
            onInput={(event) => setName(event.currentTarget.value)}
          />
        </Field>
        <Field label="Password" id="sign-in-password">
          <input
            id="sign-in-password"
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onInput={(event) => setPassword(event.currentTarget.value)}
          />
        </Field>
        <Alert error={action.error} />
        <button type="submit" disabled={action.busy}>
          {action.busy ? 'Signing in…' : 'Sign in'}
        </button>
        <p class="hint">
          No password yet? An admin sets one in the app, or on the server: <code>npm run -s cli -- set-password NAME</code>.
        </p>
      </form>
    </main>
  );
}
