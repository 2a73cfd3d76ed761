import { useState } from 'preact/hooks';
import { api, query } from '../api';
import { Alert, formatDate, Loading, useItemAction, useLoad } from '../components/ui';
import type { ClaimSummary, Page, Reviewer } from '../types';

const STATES = ['ready', 'leased', 'pulled', 'unsupported_language', 'not_checkworthy', 'reviewed'];

/** The leads' triage: boost, reassign, pull or requeue claims, and the claims revised articles withdrew. */
export function QueuePage() {
  const [state, setState] = useState('ready');
  const [desk, setDesk] = useState('');
  const claims = useLoad(() => api.get<Page<ClaimSummary>>(`/api/claims${query({ state, desk: desk.trim(), limit: 50 })}`), [state, desk]);
  const withdrawn = useLoad(() => api.get<Page<ClaimSummary>>('/api/claims?publishedVerdictWithdrawn=true&limit=50'));
  const reviewers = useLoad(() => api.get<Reviewer[]>('/api/reviewers'));

  return (
    <section aria-labelledby="queue-title">
      <h1 id="queue-title">Queue</h1>
      <form class="filters" onSubmit={(event) => event.preventDefault()} aria-label="Filter claims">
        <label for="queue-state">State</label>
        <select id="queue-state" value={state} onChange={(event) => setState(event.currentTarget.value)}>
          {STATES.map((value) => (
            <option key={value} value={value}>
              {value.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
        <label for="queue-desk">Desk</label>
        <input id="queue-desk" value={desk} onChange={(event) => setDesk(event.currentTarget.value)} />
      </form>
      <Alert error={claims.error ?? reviewers.error} />
      {claims.loading && !claims.data ? <Loading /> : null}
      {claims.data && claims.data.items.length === 0 && <p class="muted">No claims in this state.</p>}
      <ul class="claim-rows">
        {(claims.data?.items ?? []).map((claim) => (
          <ClaimRow key={claim.id} claim={claim} reviewers={reviewers.data ?? []} onChanged={claims.reload} />
        ))}
      </ul>
      <h2>Withdrawn claims with a published verdict</h2>
      <p class="muted">A revised article no longer says these; their published verdicts may need a correction.</p>
      <Alert error={withdrawn.error} />
      {withdrawn.data && withdrawn.data.items.length === 0 && <p class="muted">None.</p>}
      <ul class="claim-rows">
        {(withdrawn.data?.items ?? []).map((claim) => (
          <li key={claim.id}>
            <p>{claim.text}</p>
            <p class="muted">
              {claim.attribution?.speaker ?? 'unattributed'} · desk {claim.desk} · verdict {claim.currentVerdict?.rating ?? '—'} (
              {claim.currentVerdict?.state ?? '—'})
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ClaimRow(props: { claim: ClaimSummary; reviewers: Reviewer[]; onChanged: () => void }) {
  const { claim } = props;
  const [boost, setBoost] = useState('10');
  const [reviewerId, setReviewerId] = useState('');
  const [reason, setReason] = useState('');
  const { action, message: done, act } = useItemAction(props.onChanged);
  const id = `claim-${claim.id}`;
  return (
    <li aria-labelledby={`${id}-text`}>
      <p id={`${id}-text`}>{claim.text}</p>
      <p class="muted">
        {claim.attribution?.speaker ?? 'unattributed'} · {claim.type} · check-worthiness {claim.checkworthiness.toFixed(2)} · desk{' '}
        {claim.desk} · {claim.state} · added {formatDate(claim.createdAt)}
      </p>
      <div class="row-actions">
        {['ready', 'leased'].includes(claim.state) && (
          <>
            <span class="inline-form">
              <label for={`${id}-boost`}>Boost</label>
              <input
                id={`${id}-boost`}
                type="number"
                min={-100}
                max={100}
                size={4}
                value={boost}
                onInput={(event) => setBoost(event.currentTarget.value)}
              />
              <button
                type="button"
                class="secondary"
                disabled={action.busy}
                onClick={() => act('Boosted', () => api.patch(`/api/claims/${claim.id}/priority`, { boost: Number(boost) }))}
              >
                Boost
              </button>
            </span>
            <span class="inline-form">
              <label for={`${id}-reviewer`}>Reassign to</label>
              <select id={`${id}-reviewer`} value={reviewerId} onChange={(event) => setReviewerId(event.currentTarget.value)}>
                <option value="">Choose a person…</option>
                {props.reviewers.map((reviewer) => (
                  <option key={reviewer.id} value={reviewer.id}>
                    {reviewer.name} ({reviewer.role})
                  </option>
                ))}
              </select>
              <button
                type="button"
                class="secondary"
                disabled={action.busy || !reviewerId}
                onClick={() => act('Reassigned', () => api.post(`/api/claims/${claim.id}/assign`, { reviewerId }))}
              >
                Reassign
              </button>
            </span>
            <span class="inline-form">
              <label for={`${id}-reason`}>Reason</label>
              <input id={`${id}-reason`} size={12} value={reason} onInput={(event) => setReason(event.currentTarget.value)} />
              <button
                type="button"
                class="danger"
                disabled={action.busy || !reason.trim()}
                onClick={() => act('Pulled', () => api.post(`/api/claims/${claim.id}/pull`, { reason: reason.trim() }))}
              >
                Pull
              </button>
            </span>
          </>
        )}
        {['pulled', 'not_checkworthy', 'unsupported_language'].includes(claim.state) && (
          <button
            type="button"
            class="secondary"
            disabled={action.busy}
            onClick={() => act('Queued', () => api.post(`/api/claims/${claim.id}/requeue`))}
          >
            Put in the queue
          </button>
        )}
      </div>
      {done && <Alert kind="info">{done}.</Alert>}
      <Alert error={action.error} />
    </li>
  );
}
