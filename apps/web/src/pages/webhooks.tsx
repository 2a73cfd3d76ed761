import { useState } from 'preact/hooks';
import { api } from '../api';
import { Alert, Field, formatDate, Loading, TableScroll, useAction, useItemAction, useLoad } from '../components/ui';
import type { Page, SessionUser } from '../types';
import { hasRole } from '../types';

interface Subscription {
  id: string;
  url: string;
  events: string[];
  description: string | null;
  ordered: boolean;
  status: 'active' | 'paused' | 'disabled' | 'deleted';
  disabledReason: string | null;
  failingSince: string | null;
  createdAt: string;
}
interface Attempt {
  id: string;
  attemptedAt: string;
  statusCode: number | null;
  latencyMs: number | null;
  responseExcerpt: string | null;
  error: string | null;
}
interface Delivery {
  id: string;
  webhookId: string;
  eventType: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
  attemptLog: Attempt[];
}

const EVENTS = ['verdict.published', 'verdict.corrected', 'conflict.proposed', 'article.extracted', 'article.revised', 'claim.ready'];

/** Subscriptions and their delivery logs: leads watch, replay and ping; admins also subscribe, pause and delete. */
export function WebhooksPage(props: { user: SessionUser }) {
  const subscriptions = useLoad(() => api.get<Subscription[]>('/api/webhooks'));
  const [open, setOpen] = useState<string | null>(null);
  const isAdmin = hasRole(props.user.role, 'admin');
  const list = subscriptions.data ?? [];
  return (
    <section aria-labelledby="webhooks-title">
      <h1 id="webhooks-title">Webhooks</h1>
      {isAdmin && <SubscribeForm onCreated={subscriptions.reload} />}
      <Alert error={subscriptions.error} />
      {subscriptions.loading && !subscriptions.data && <Loading />}
      {subscriptions.data && list.length === 0 && <p class="muted">No subscriptions yet.</p>}
      <ul class="subscriptions">
        {list.map((subscription) => (
          <li key={subscription.id}>
            <SubscriptionItem
              subscription={subscription}
              isAdmin={isAdmin}
              open={open === subscription.id}
              onToggle={() => setOpen(open === subscription.id ? null : subscription.id)}
              onChanged={subscriptions.reload}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

function SubscribeForm(props: { onCreated: () => void }) {
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>(['verdict.published']);
  const [description, setDescription] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const action = useAction();
  return (
    <details class="panel">
      <summary>Subscribe an endpoint</summary>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void action.run(async () => {
            const created = await api.post<{ secret: string }>('/api/webhooks', {
              url: url.trim(),
              events,
              ...(description.trim() ? { description: description.trim() } : {}),
            });
            setSecret(created.secret);
            setUrl('');
            props.onCreated();
          });
        }}
      >
        <Field label="Endpoint URL" id="webhook-url">
          <input id="webhook-url" type="url" required value={url} onInput={(event) => setUrl(event.currentTarget.value)} />
        </Field>
        <fieldset>
          <legend>Events</legend>
          {[...EVENTS, '*'].map((type) => (
            <label key={type} class="check">
              <input
                type="checkbox"
                checked={events.includes(type)}
                onChange={(event) => setEvents(event.currentTarget.checked ? [...events, type] : events.filter((other) => other !== type))}
              />{' '}
              {type === '*' ? 'every event' : type}
            </label>
          ))}
        </fieldset>
        <Field label="Description (optional)" id="webhook-description">
          <input id="webhook-description" value={description} onInput={(event) => setDescription(event.currentTarget.value)} />
        </Field>
        <Alert error={action.error} />
        <button type="submit" disabled={action.busy || events.length === 0}>
          Subscribe
        </button>
      </form>
      {secret && (
        <Alert kind="warning">
          Signing secret (shown once, store it now): <code class="secret">{secret}</code>
        </Alert>
      )}
    </details>
  );
}

function SubscriptionItem(props: {
  subscription: Subscription;
  isAdmin: boolean;
  open: boolean;
  onToggle: () => void;
  onChanged: () => void;
}) {
  const { subscription } = props;
  const { action, message, act } = useItemAction(props.onChanged);
  return (
    <div class="subscription">
      <p>
        <strong class="break">{subscription.url}</strong> <span class={`badge badge-${subscription.status}`}>{subscription.status}</span>
      </p>
      <p class="muted">
        {subscription.events.join(', ')} {subscription.description ? `· ${subscription.description}` : ''}
        {subscription.disabledReason ? ` · disabled: ${subscription.disabledReason}` : ''}
        {subscription.failingSince ? ` · failing since ${formatDate(subscription.failingSince)}` : ''}
      </p>
      <div class="row-actions">
        <button type="button" class="secondary" aria-expanded={props.open} onClick={props.onToggle}>
          {props.open ? 'Hide delivery log' : 'Delivery log'}
        </button>
        {subscription.status !== 'deleted' && (
          <button
            type="button"
            class="secondary"
            disabled={action.busy}
            onClick={() => act('Test ping sent.', () => api.post(`/api/webhooks/${subscription.id}/test`))}
          >
            Send test ping
          </button>
        )}
        {props.isAdmin && subscription.status === 'active' && (
          <button
            type="button"
            class="secondary"
            disabled={action.busy}
            onClick={() => act('Paused.', () => api.post(`/api/webhooks/${subscription.id}/pause`))}
          >
            Pause
          </button>
        )}
        {props.isAdmin && (subscription.status === 'paused' || subscription.status === 'disabled') && (
          <button
            type="button"
            class="secondary"
            disabled={action.busy}
            onClick={() => act('Resumed.', () => api.post(`/api/webhooks/${subscription.id}/resume`))}
          >
            Resume
          </button>
        )}
        {props.isAdmin && subscription.status !== 'deleted' && (
          <button
            type="button"
            class="danger"
            disabled={action.busy}
            onClick={() =>
              confirm('Delete this subscription? Unsent deliveries are cancelled.') &&
              act('Deleted.', () => api.delete(`/api/webhooks/${subscription.id}`, {}))
            }
          >
            Delete
          </button>
        )}
      </div>
      {message && <Alert kind="info">{message}</Alert>}
      <Alert error={action.error} />
      {props.open && <DeliveryLog subscriptionId={subscription.id} />}
    </div>
  );
}

function DeliveryLog(props: { subscriptionId: string }) {
  const deliveries = useLoad(
    () => api.get<Page<Delivery>>(`/api/webhooks/${props.subscriptionId}/deliveries?limit=50`),
    [props.subscriptionId],
  );
  const action = useAction();
  const [since, setSince] = useState(() => localDateTime(new Date(Date.now() - 86_400_000)));
  const [replayed, setReplayed] = useState<string | null>(null);
  const sinceId = `replay-since-${props.subscriptionId}`;
  return (
    <section class="delivery-log" aria-label="Delivery log">
      <div class="row-actions">
        <button type="button" class="secondary" onClick={deliveries.reload}>
          Refresh log
        </button>
        <form
          class="inline-form"
          aria-label="Replay failed deliveries"
          onSubmit={(event) => {
            event.preventDefault();
            setReplayed(null);
            void action.run(async () => {
              const { queued } = await api.post<{ queued: number }>(`/api/webhooks/${props.subscriptionId}/replay`, {
                since: new Date(since).toISOString(),
              });
              setReplayed(`${queued} failed ${queued === 1 ? 'delivery' : 'deliveries'} queued again.`);
              deliveries.reload();
            });
          }}
        >
          <label for={sinceId}>Failed since</label>
          <input id={sinceId} type="datetime-local" required value={since} onInput={(event) => setSince(event.currentTarget.value)} />
          <button type="submit" class="secondary" disabled={action.busy || !since}>
            Replay failed
          </button>
        </form>
      </div>
      {replayed && <Alert kind="info">{replayed}</Alert>}
      <Alert error={deliveries.error ?? action.error} />
      {deliveries.data && deliveries.data.items.length === 0 && <p class="muted">No deliveries yet.</p>}
      {deliveries.data && deliveries.data.items.length > 0 && (
        <TableScroll label="Deliveries">
          <table>
            <thead>
              <tr>
                <th scope="col">Event</th>
                <th scope="col">Status</th>
                <th scope="col">Attempts</th>
                <th scope="col">Last answer</th>
                <th scope="col">Created</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.data.items.map((delivery) => (
                <tr key={delivery.id} data-delivery-status={delivery.status}>
                  <td>{delivery.eventType}</td>
                  <td>
                    <span class={`badge badge-${delivery.status}`}>{delivery.status}</span>
                  </td>
                  <td>{delivery.attempts}</td>
                  <td>
                    {delivery.lastStatusCode ?? '—'}
                    {delivery.lastError ? ` ${delivery.lastError}` : ''}
                    {delivery.attemptLog.length > 0 && delivery.attemptLog[delivery.attemptLog.length - 1]!.latencyMs !== null
                      ? ` (${delivery.attemptLog[delivery.attemptLog.length - 1]!.latencyMs} ms)`
                      : ''}
                  </td>
                  <td>{formatDate(delivery.createdAt)}</td>
                  <td>
                    <button
                      type="button"
                      class="secondary"
                      aria-label={`Replay the ${delivery.eventType} delivery of ${formatDate(delivery.createdAt)}`}
                      disabled={action.busy}
                      onClick={() =>
                        void action.run(async () => {
                          await api.post(`/api/webhooks/${props.subscriptionId}/deliveries/${delivery.id}/replay`);
                          deliveries.reload();
                        })
                      }
                    >
                      Replay
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

/** A date as a `datetime-local` input shows it: local time, to the minute. */
function localDateTime(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}
