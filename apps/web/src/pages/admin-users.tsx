import { useState } from 'preact/hooks';
import { api } from '../api';
import { Alert, Field, formatDate, Loading, TableScroll, useAction, useItemAction, useLoad } from '../components/ui';
import type { ApiKey, Role, SessionUser, User } from '../types';

const ROLES: Role[] = ['reviewer', 'lead', 'admin'];

/** Users, their roles, passwords and API keys (admins only; the API refuses anyone else). */
export function AdminUsersPage(props: { user: SessionUser }) {
  const users = useLoad(() => api.get<User[]>('/api/users'));
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('reviewer');
  const [createdKey, setCreatedKey] = useState<string | null>(null);
  const create = useAction();
  return (
    <section aria-labelledby="users-title">
      <h1 id="users-title">Users</h1>
      <form
        class="inline-form panel"
        aria-label="Create a user"
        onSubmit={(event) => {
          event.preventDefault();
          void create.run(async () => {
            const created = await api.post<{ apiKey: string }>('/api/users', { name: name.trim(), role });
            setCreatedKey(created.apiKey);
            setName('');
            users.reload();
          });
        }}
      >
        <label for="new-user-name">Name</label>
        <input id="new-user-name" required value={name} onInput={(event) => setName(event.currentTarget.value)} />
        <label for="new-user-role">Role</label>
        <select id="new-user-role" value={role} onChange={(event) => setRole(event.currentTarget.value as Role)}>
          {ROLES.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
        <button type="submit" disabled={create.busy || !name.trim()}>
          Create user
        </button>
      </form>
      <Alert error={create.error} />
      {createdKey && (
        <Alert kind="warning">
          The new user’s API key (shown once): <code class="secret">{createdKey}</code>. Set a password below so they can sign in.
        </Alert>
      )}
      <Alert error={users.error} />
      {users.loading && !users.data && <Loading />}
      <ul class="users">
        {(users.data ?? []).map((user) => (
          <li key={user.id}>
            <UserItem user={user} self={user.id === props.user.id} onChanged={users.reload} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function UserItem(props: { user: User; self: boolean; onChanged: () => void }) {
  const { user } = props;
  const [password, setPassword] = useState('');
  const [showKeys, setShowKeys] = useState(false);
  const { action, message, act } = useItemAction(props.onChanged);
  const id = `user-${user.id}`;
  return (
    <div class="user" aria-labelledby={`${id}-name`}>
      <p>
        <strong id={`${id}-name`}>{user.name}</strong> <span class="badge">{user.role}</span>
        {user.disabledAt && <span class="badge badge-disabled">disabled</span>}{' '}
        <span class="muted">since {formatDate(user.createdAt)}</span>
        <span class="muted">
          {' '}
          · {user.hasPassword ? `password set ${formatDate(user.passwordChangedAt)}` : 'no password yet'}
          {user.keyCount !== undefined ? ` · ${user.keyCount} working API key${user.keyCount === 1 ? '' : 's'}` : ''}
        </span>
      </p>
      <div class="row-actions">
        {!props.self && (
          <span class="inline-form">
            <label for={`${id}-role`}>Role of {user.name}</label>
            <select
              id={`${id}-role`}
              value={user.role}
              disabled={action.busy}
              onChange={(event) => {
                const role = event.currentTarget.value as Role;
                act(`Role changed to ${role}.`, () => api.patch(`/api/users/${user.id}`, { role }));
              }}
            >
              {ROLES.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </span>
        )}
        <form
          class="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            act('Password set.', async () => {
              await api.put(`/api/users/${user.id}/password`, { password });
              setPassword('');
            });
          }}
        >
          <label for={`${id}-password`}>New password for {user.name}</label>
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="new-password"
            minLength={12}
            value={password}
            onInput={(event) => setPassword(event.currentTarget.value)}
          />
          <button type="submit" class="secondary" disabled={action.busy || password.length === 0}>
            Set password
          </button>
        </form>
        <button type="button" class="secondary" aria-expanded={showKeys} onClick={() => setShowKeys(!showKeys)}>
          API keys
        </button>
        {!props.self &&
          (user.disabledAt ? (
            <button
              type="button"
              class="secondary"
              disabled={action.busy}
              onClick={() => act('Enabled.', () => api.post(`/api/users/${user.id}/enable`))}
            >
              Enable
            </button>
          ) : (
            <button
              type="button"
              class="danger"
              disabled={action.busy}
              onClick={() => act('Disabled.', () => api.post(`/api/users/${user.id}/disable`))}
            >
              Disable
            </button>
          ))}
      </div>
      {message && <Alert kind="info">{message}</Alert>}
      <Alert error={action.error} />
      {showKeys && <UserKeys user={user} />}
    </div>
  );
}

function UserKeys(props: { user: User }) {
  const keys = useLoad(() => api.get<ApiKey[]>(`/api/users/${props.user.id}/keys`), [props.user.id]);
  const [label, setLabel] = useState('');
  const [issued, setIssued] = useState<string | null>(null);
  const action = useAction();
  const id = `keys-${props.user.id}`;
  return (
    <div class="keys">
      <Alert error={keys.error ?? action.error} />
      <TableScroll label="API keys">
        <table>
          <thead>
            <tr>
              <th scope="col">Prefix</th>
              <th scope="col">Label</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {(keys.data ?? []).map((key) => (
              <tr key={key.id}>
                <td>
                  <code>{key.prefix}</code>
                </td>
                <td>{key.label ?? '—'}</td>
                <td>{formatDate(key.createdAt)}</td>
                <td>{formatDate(key.lastUsedAt)}</td>
                <td>
                  {key.revokedAt ? (
                    `revoked ${formatDate(key.revokedAt)}`
                  ) : (
                    <button
                      type="button"
                      class="danger"
                      disabled={action.busy}
                      onClick={() =>
                        void action.run(async () => {
                          await api.delete(`/api/keys/${key.id}`, {});
                          keys.reload();
                        })
                      }
                    >
                      Revoke {key.prefix}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <form
        class="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void action.run(async () => {
            const created = await api.post<{ apiKey: string }>(
              `/api/users/${props.user.id}/keys`,
              label.trim() ? { label: label.trim() } : {},
            );
            setIssued(created.apiKey);
            setLabel('');
            keys.reload();
          });
        }}
      >
        <Field label="Label for a new key" id={`${id}-label`}>
          <input id={`${id}-label`} value={label} onInput={(event) => setLabel(event.currentTarget.value)} />
        </Field>
        <button type="submit" class="secondary" disabled={action.busy}>
          Issue key
        </button>
      </form>
      {issued && (
        <Alert kind="warning">
          New key (shown once): <code class="secret">{issued}</code>
        </Alert>
      )}
    </div>
  );
}
