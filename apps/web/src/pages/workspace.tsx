import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, ApiError } from '../api';
import {
  ArticleText,
  ClaimFacts,
  ConflictList,
  EvidenceForm,
  EvidenceList,
  MatchList,
  OpenConflictForm,
  VerdictForm,
  VerdictHistory,
} from '../components/claim-panels';
import { Dialog } from '../components/dialog';
import { LeaseCountdown } from '../components/lease-countdown';
import { Shortcut, ShortcutList, useShortcuts } from '../components/shortcuts';
import { Alert, Field, Loading, useAction } from '../components/ui';
import type { ClaimDetail, Lease, SessionUser } from '../types';

const RELEASE_REASONS = [
  { value: 'skip', label: 'Skip: someone else should take it' },
  { value: 'conflict_of_interest', label: 'Hand back: conflict of interest' },
  { value: 'needs_expertise', label: 'Hand back: needs expertise I lack' },
];

export function WorkspacePage(props: { user: SessionUser }) {
  const [lease, setLease] = useState<Lease | null>(null);
  const [claim, setClaim] = useState<ClaimDetail | null>(null);
  const [starting, setStarting] = useState(true);
  const [notice, setNotice] = useState<string | null>(null);
  const [desk, setDesk] = useState('');
  const [helpOpen, setHelpOpen] = useState(false);
  const [releaseOpen, setReleaseOpen] = useState(false);
  const next = useAction();
  const nextButton = useRef<HTMLButtonElement>(null);

  const loadClaim = useCallback(async (claimId: string) => setClaim(await api.get<ClaimDetail>(`/api/claims/${claimId}`)), []);
  const refresh = useCallback(() => {
    if (claim) void loadClaim(claim.id).catch(() => undefined);
  }, [claim, loadClaim]);

  // Coming back to the page picks up a lease already held.
  useEffect(() => {
    api
      .get<Lease[]>('/api/queue/leases')
      .then(async (leases) => {
        const held = leases[0];
        if (held) {
          setLease(held);
          await loadClaim(held.claimId);
        }
      })
      .catch(() => undefined)
      .finally(() => setStarting(false));
  }, [loadClaim]);

  const takeNext = () =>
    void next.run(async () => {
      setNotice(null);
      try {
        const taken = await api.post<{ claim: ClaimDetail; lease: Lease } | undefined>(
          '/api/queue/next',
          desk.trim() ? { desk: desk.trim() } : {},
        );
        if (!taken) {
          setNotice('No claim is waiting for you right now.');
          return;
        }
        setLease(taken.lease);
        setClaim(taken.claim);
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          const [held] = await api.get<Lease[]>('/api/queue/leases');
          if (held) {
            setLease(held);
            await loadClaim(held.claimId);
            setNotice('You already hold a claim: finish or hand it back first.');
            return;
          }
        }
        throw error;
      }
    });

  const finished = (message: string) => {
    setLease(null);
    setClaim(null);
    setNotice(message);
    setTimeout(() => nextButton.current?.focus(), 0);
  };

  const shortcuts: Shortcut[] = useMemo(
    () => [
      {
        key: 'n',
        description: 'Take the next claim',
        run: () => (lease ? setNotice('Finish or hand back this claim first.') : takeNext()),
      },
      { key: 'e', description: 'Add evidence (jump to the link field)', run: () => document.getElementById('evidence-url')?.focus() },
      { key: 'v', description: 'Write the verdict (jump to the rating)', run: () => document.getElementById('verdict-rating')?.focus() },
      { key: 's', description: 'Skip or hand back the claim', run: () => lease && setReleaseOpen(true) },
      { key: '?', description: 'Show these shortcuts', run: () => setHelpOpen((open) => !open) },
    ],
    [lease, desk],
  );
  useShortcuts(shortcuts);

  if (starting) return <Loading />;

  return (
    <section class="workspace" aria-labelledby="workspace-title">
      <div class="page-head">
        <h1 id="workspace-title">Workspace</h1>
        <div class="toolbar">
          {!lease && (
            <div class="inline-form">
              <label for="next-desk">Desk (optional)</label>
              <input id="next-desk" size={10} value={desk} onInput={(event) => setDesk(event.currentTarget.value)} />
            </div>
          )}
          <button ref={nextButton} type="button" onClick={takeNext} disabled={next.busy || !!lease} aria-keyshortcuts="n">
            Next claim <kbd>n</kbd>
          </button>
          {lease && (
            <button type="button" class="secondary" onClick={() => setReleaseOpen(true)} aria-keyshortcuts="s">
              Skip or hand back <kbd>s</kbd>
            </button>
          )}
          <button type="button" class="secondary" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
            Shortcuts <kbd>?</kbd>
          </button>
        </div>
      </div>
      {notice && <Alert kind="info">{notice}</Alert>}
      <Alert error={next.error} />
      {lease && <LeaseCountdown lease={lease} onLease={setLease} onLost={finished} />}
      {claim && lease ? (
        <div class="workspace-grid">
          <div class="column">
            <ArticleText claim={claim} />
          </div>
          <div class="column">
            <ClaimFacts claim={claim} />
            <MatchList claim={claim} onChanged={refresh} />
            <section aria-labelledby="evidence-heading">
              <h2 id="evidence-heading">
                Evidence <kbd>e</kbd>
              </h2>
              <EvidenceList evidence={claim.evidence} />
              <EvidenceForm claim={claim} onAdded={refresh} />
            </section>
            <section aria-labelledby="conflicts-heading">
              <h2 id="conflicts-heading">Conflicting sources</h2>
              <ConflictList claim={claim} onChanged={refresh} canDecide />
              <OpenConflictForm claim={claim} onOpened={refresh} />
            </section>
            <section aria-labelledby="verdict-heading">
              <h2 id="verdict-heading">
                Verdict <kbd>v</kbd>
              </h2>
              <VerdictHistory verdicts={claim.verdicts} />
              <VerdictForm
                key={claim.id}
                claim={claim}
                userId={props.user.id}
                onSaved={refresh}
                onSubmitted={() => finished('Verdict submitted. Take the next claim when you are ready.')}
              />
            </section>
          </div>
        </div>
      ) : (
        !lease && (
          <p class="muted empty">
            Press “Next claim” (or <kbd>n</kbd>) to take the most urgent claim waiting for you.
          </p>
        )
      )}
      <Dialog open={helpOpen} title="Keyboard shortcuts" onClose={() => setHelpOpen(false)}>
        <ShortcutList shortcuts={shortcuts} />
        <p class="muted">Shortcuts work whenever the cursor is not in a text field. Tab moves between controls; Escape closes a dialog.</p>
      </Dialog>
      <Dialog open={releaseOpen} title="Skip or hand back" onClose={() => setReleaseOpen(false)}>
        {lease && (
          <ReleaseForm
            lease={lease}
            onReleased={() => {
              setReleaseOpen(false);
              finished('The claim went back to the queue.');
            }}
          />
        )}
      </Dialog>
    </section>
  );
}

function ReleaseForm(props: { lease: Lease; onReleased: () => void }) {
  const [reason, setReason] = useState('skip');
  const [note, setNote] = useState('');
  const action = useAction();
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void action.run(async () => {
          await api.post(`/api/queue/leases/${props.lease.id}/release`, { reason, ...(note.trim() ? { note: note.trim() } : {}) });
          props.onReleased();
        });
      }}
    >
      <Field label="Reason" id="release-reason">
        <select id="release-reason" value={reason} onChange={(event) => setReason(event.currentTarget.value)}>
          {RELEASE_REASONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Note (optional)" id="release-note">
        <input id="release-note" value={note} onInput={(event) => setNote(event.currentTarget.value)} />
      </Field>
      <Alert error={action.error} />
      <button type="submit" disabled={action.busy}>
        Hand back the claim
      </button>
    </form>
  );
}
