import { useState } from 'preact/hooks';
import { api } from '../api';
import { EvidenceList } from '../components/claim-panels';
import { Alert, Field, formatDate, Loading, useAction, useLoad } from '../components/ui';
import type { ClaimDetail, Page, SessionUser, Verdict } from '../types';
import { hasRole } from '../types';

/**
 * Verdicts waiting for someone: `review` is the second reviewer's inbox (submitted verdicts by others);
 * `publish` is the leads' approval and publishing inbox (submitted ones to approve, approved ones to publish).
 */
export function InboxPage(props: { user: SessionUser; mode: 'review' | 'publish' }) {
  const submitted = useLoad(() => api.get<Page<Verdict>>('/api/verdicts?state=submitted&limit=50'), [props.mode]);
  const approved = useLoad(
    () =>
      props.mode === 'publish'
        ? api.get<Page<Verdict>>('/api/verdicts?state=approved&limit=50')
        : Promise.resolve({ items: [], nextCursor: null }),
    [props.mode],
  );
  const reload = () => {
    submitted.reload();
    approved.reload();
  };
  const waiting = (submitted.data?.items ?? []).filter((verdict) => verdict.authorId !== props.user.id);
  const isLead = hasRole(props.user.role, 'lead');
  // A reviewer may approve only verdicts that need a second review; a lead any but their own.
  const approvable = waiting.filter((verdict) => isLead || verdict.needsSecondReview);

  return (
    <section aria-labelledby="inbox-title">
      <h1 id="inbox-title">{props.mode === 'review' ? 'Second review' : 'Approve & publish'}</h1>
      <h2>Waiting for approval</h2>
      {submitted.loading && !submitted.data ? <Loading /> : <Alert error={submitted.error} />}
      {submitted.data && approvable.length === 0 && <p class="muted">Nothing waits for your approval.</p>}
      <ul class="inbox">
        {approvable.map((verdict) => (
          <InboxItem key={verdict.id} verdict={verdict} action="approve" onDone={reload} />
        ))}
      </ul>
      {props.mode === 'publish' && (
        <>
          <h2>Approved, ready to publish</h2>
          <Alert error={approved.error} />
          {approved.data && approved.data.items.length === 0 && <p class="muted">No approved verdict waits for publishing.</p>}
          <ul class="inbox">
            {(approved.data?.items ?? []).map((verdict) => (
              <InboxItem key={verdict.id} verdict={verdict} action="publish" onDone={reload} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function InboxItem(props: { verdict: Verdict; action: 'approve' | 'publish'; onDone: () => void }) {
  const { verdict } = props;
  const detail = useLoad(async () => {
    const [claim, full] = await Promise.all([
      api.get<ClaimDetail>(`/api/claims/${verdict.claimId}`),
      api.get<Verdict>(`/api/verdicts/${verdict.id}`),
    ]);
    return { claim, full };
  }, [verdict.id]);
  const [note, setNote] = useState('');
  const action = useAction();
  const idBase = `inbox-${verdict.id}`;
  const decide = (decision: 'approve' | 'reject' | 'publish') =>
    void action.run(async () => {
      if (decision === 'reject' && !note.trim()) throw new Error('Give the author a reason for rejecting.');
      const body =
        decision === 'approve' ? (note.trim() ? { note: note.trim() } : {}) : decision === 'reject' ? { reason: note.trim() } : {};
      await api.post(`/api/verdicts/${verdict.id}/${decision}`, body);
      props.onDone();
    });

  const claim = detail.data?.claim;
  return (
    <li class="inbox-item" aria-labelledby={`${idBase}-title`}>
      <h3 id={`${idBase}-title`}>
        <span class="badge badge-rating">{verdict.rating}</span> {claim ? claim.text : 'Loading claim…'}
      </h3>
      <p class="muted">
        {claim?.attribution?.speaker ? `${claim.attribution.speaker} · ` : ''}
        {claim?.article.title ?? ''} · version {verdict.version} · submitted {formatDate(verdict.submittedAt)}
        {verdict.needsSecondReview ? ' · needs a second review' : ''}
        {verdict.correctionNote ? ` · correction: ${verdict.correctionNote}` : ''}
      </p>
      <Alert error={detail.error} />
      <div class="side-by-side">
        <div>
          <h4>Author’s rationale</h4>
          <p class="rationale">{verdict.rationale}</p>
        </div>
        <div>
          <h4>Evidence cited</h4>
          {detail.data ? <EvidenceList evidence={detail.data.full.evidence ?? []} /> : <Loading />}
        </div>
      </div>
      <div class="inline-form">
        {props.action === 'approve' ? (
          <>
            <Field label="Note or reason" id={`${idBase}-note`}>
              <input id={`${idBase}-note`} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
            </Field>
            <button type="button" disabled={action.busy} onClick={() => decide('approve')}>
              Approve
            </button>
            <button type="button" class="danger" disabled={action.busy} onClick={() => decide('reject')}>
              Reject
            </button>
          </>
        ) : (
          <button type="button" disabled={action.busy} onClick={() => decide('publish')}>
            Publish
          </button>
        )}
      </div>
      <Alert error={action.error} />
    </li>
  );
}
