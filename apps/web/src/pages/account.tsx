import { useState } from 'preact/hooks';
import { api } from '../api';
import { Alert, Field, useAction } from '../components/ui';
import type { SessionUser } from '../types';

export function AccountPage(props: { user: SessionUser }) {
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [done, setDone] = useState(false);
  const action = useAction();
  return (
    <section aria-labelledby="account-title">
      <h1 id="account-title">Your account</h1>
      <p>
        Signed in as <strong>{props.user.name}</strong> ({props.user.role}).
      </p>
      <form
        class="panel narrow"
        aria-label="Change your password"
        onSubmit={(event) => {
          event.preventDefault();
          setDone(false);
          void action.run(async () => {
            await api.put('/api/session/password', { currentPassword, newPassword });
            setCurrent('');
            setNew('');
            setDone(true);
          });
        }}
      >
        <h2>Change your password</h2>
        <Field label="Current password" id="current-password">
          <input
            id="current-password"
            type="password"
            autoComplete="current-password"
            required
            value={currentPassword}
            onInput={(event) => setCurrent(event.currentTarget.value)}
          />
        </Field>
        <Field label="New password" id="new-password">
          <input
            id="new-password"
            type="password"
            autoComplete="new-password"
            required
            value={newPassword}
            onInput={(event) => setNew(event.currentTarget.value)}
          />
        </Field>
        <Alert error={action.error} />
        {done && <Alert kind="info">Your password was changed.</Alert>}
        <button type="submit" disabled={action.busy}>
          Change password
        </button>
      </form>
    </section>
  );
}
