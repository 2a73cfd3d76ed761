import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';
import type { ArticleBody, ClaimDetail, Conflict, Evidence, Match, Verdict } from '../types';
import { RATINGS, Rating, STANCES, Stance } from '../types';
import { isWebUrl } from '../urls';
import { ExternalLink } from './links';
import { Alert, Field, formatDate, useAction, useLoad } from './ui';

/** The article's text with the claim marked by its span; every character goes through Preact's escaping. */
export function ArticleText(props: { claim: ClaimDetail }) {
  const { claim } = props;
  const article = useLoad(async () => {
    const current = await api.get<ArticleBody>(`/api/articles/${claim.article.id}`);
    // A claim is located in the revision it belongs to; an older revision has its own body.
    return current.revision === claim.revision
      ? current
      : api.get<ArticleBody>(`/api/articles/${claim.article.id}/revisions/${claim.revision}`);
  }, [claim.id]);
  const body = article.data?.body;
  const located = body !== undefined && body.slice(claim.start, claim.end) === claim.text;
  // Bring the claim into view once its article is there (the article column scrolls on its own).
  useEffect(() => {
    if (located) document.getElementById('claim-in-article')?.scrollIntoView({ block: 'nearest' });
  }, [located, claim.id]);
  return (
    <section class="article" aria-labelledby="article-title">
      <h2 id="article-title">
        {claim.article.title}{' '}
        <small class="muted">
          {claim.article.publisher ?? 'unknown publisher'}
          {claim.article.publishedAt ? `, ${formatDate(claim.article.publishedAt)}` : ''}
        </small>
      </h2>
      {claim.article.url && (
        <p class="muted">
          <ExternalLink href={claim.article.url} />
        </p>
      )}
      <div class="article-body">
        {located ? (
          <>
            {body.slice(0, claim.start)}
            <mark id="claim-in-article" class="claim-mark">
              {body.slice(claim.start, claim.end)}
            </mark>
            {body.slice(claim.end)}
          </>
        ) : (
          <>
            {article.error !== undefined && <Alert error={article.error} />}…{claim.article.before}
            <mark class="claim-mark">{claim.text}</mark>
            {claim.article.after}…
          </>
        )}
      </div>
    </section>
  );
}

const METHOD_LABELS: Record<string, string> = {};
const label = (value: string | null | undefined) => (value ? (METHOD_LABELS[value] ?? value.replace(/_/g, ' ')) : '—');

export function ClaimFacts(props: { claim: ClaimDetail }) {
  const { claim } = props;
  const attribution = claim.attribution ?? {};
  return (
    <section aria-labelledby="claim-facts">
      <h2 id="claim-facts">The claim</h2>
      <blockquote class="claim-text">{claim.text}</blockquote>
      <dl class="facts">
        <dt>Speaker</dt>
        <dd>{attribution.speaker ?? '—'}</dd>
        <dt>Role</dt>
        <dd>{attribution.role ?? attribution.title ?? '—'}</dd>
        <dt>Organisation</dt>
        <dd>{attribution.organisation ?? attribution.source?.name ?? '—'}</dd>
        <dt>Outlet</dt>
        <dd>{attribution.outlet ?? attribution.outletSource?.name ?? '—'}</dd>
        <dt>Found by</dt>
        <dd>{label(attribution.method)}</dd>
        <dt>Check-worthiness</dt>
        <dd>
          <meter min={0} max={1} value={claim.checkworthiness} aria-label="check-worthiness" /> {claim.checkworthiness.toFixed(2)}
          {claim.checkWorthy ? '' : ' (below the threshold)'}
        </dd>
        <dt>Type</dt>
        <dd>{claim.type}</dd>
        <dt>Desk</dt>
        <dd>{claim.queue.desk}</dd>
      </dl>
      {claim.quantities.length > 0 && (
        <>
          <h3>Quantities</h3>
          <ul class="chips">
            {claim.quantities.map((quantity, index) => (
              <li key={index}>
                {quantity.text}{' '}
                <span class="muted">
                  ({quantity.kind}
                  {quantity.value !== null ? ` ${quantity.approximate ? '≈' : '='} ${quantity.value.toLocaleString()}` : ''}
                  {quantity.unit ? ` ${quantity.unit}` : ''}
                  {quantity.counted ? `, ${quantity.counted}` : ''})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {claim.entities.length > 0 && (
        <>
          <h3>Entities</h3>
          <ul class="chips">
            {claim.entities.map((entity, index) => (
              <li key={index}>
                {entity.text} <span class="muted">({entity.type.toLowerCase()})</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function EvidenceList(props: { evidence: Evidence[] }) {
  if (props.evidence.length === 0) return <p class="muted">No evidence yet.</p>;
  return (
    <ul class="evidence-list">
      {props.evidence.map((item) => (
        <li key={item.id} class={`stance-${item.stance}`}>
          <span class={`badge badge-${item.stance}`}>{item.stance}</span> <ExternalLink href={item.url}>{item.title}</ExternalLink>{' '}
          <span class="muted">— {item.sourceName ?? item.publisher}</span>
          {item.excerpt && <blockquote>{item.excerpt}</blockquote>}
        </li>
      ))}
    </ul>
  );
}

interface EvidenceDraft {
  url: string;
  title: string;
  publisher: string;
  stance: Stance | '';
  excerpt: string;
}
const EMPTY_EVIDENCE: EvidenceDraft = { url: '', title: '', publisher: '', stance: '', excerpt: '' };

function evidenceProblems(draft: EvidenceDraft, existing: Evidence[]): Partial<Record<keyof EvidenceDraft, string>> {
  const problems: Partial<Record<keyof EvidenceDraft, string>> = {};
  if (!draft.url.trim()) problems.url = 'A link is required.';
  else if (!isWebUrl(draft.url.trim())) problems.url = 'Give a full http:// or https:// address.';
  else if (existing.some((item) => sameUrl(item.url, draft.url))) problems.url = 'This link is already on the claim.';
  if (!draft.title.trim()) problems.title = 'A title is required.';
  if (!draft.publisher.trim()) problems.publisher = 'Who published it?';
  if (!draft.stance) problems.stance = 'Choose a stance.';
  if (draft.excerpt.length > 2000) problems.excerpt = 'Keep the excerpt under 2,000 characters.';
  return problems;
}

function sameUrl(a: string, b: string): boolean {
  try {
    const left = new URL(a);
    const right = new URL(b.trim());
    return left.host.toLowerCase() === right.host.toLowerCase() && left.pathname === right.pathname;
  } catch {
    return false;
  }
}

/** Evidence form with validation as you type (shown once a field was touched or a submit was tried). */
export function EvidenceForm(props: { claim: ClaimDetail; onAdded: () => void }) {
  const [draft, setDraft] = useState<EvidenceDraft>(EMPTY_EVIDENCE);
  const [touched, setTouched] = useState<Partial<Record<keyof EvidenceDraft, boolean>>>({});
  const [tried, setTried] = useState(false);
  const action = useAction();
  const problems = evidenceProblems(draft, props.claim.evidence);
  const shown = (field: keyof EvidenceDraft) => ((tried || touched[field]) && problems[field]) || null;
  const update = (field: keyof EvidenceDraft) => (event: Event) => {
    setDraft({ ...draft, [field]: (event.currentTarget as HTMLInputElement).value });
    setTouched({ ...touched, [field]: true });
  };
  /** What every field of the form carries: its id, value, and the error state screen readers hear. */
  const bound = (field: keyof EvidenceDraft) => ({
    id: `evidence-${field}`,
    value: draft[field],
    'aria-invalid': shown(field) ? true : undefined,
    'aria-describedby': shown(field) ? `evidence-${field}-error` : undefined,
  });

  const submit = (event: Event) => {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problems).length > 0) return;
    void action.run(async () => {
      await api.post(`/api/claims/${props.claim.id}/evidence`, {
        url: draft.url.trim(),
        title: draft.title.trim(),
        publisher: draft.publisher.trim(),
        stance: draft.stance,
        ...(draft.excerpt.trim() ? { excerpt: draft.excerpt.trim() } : {}),
      });
      setDraft(EMPTY_EVIDENCE);
      setTouched({});
      setTried(false);
      props.onAdded();
    });
  };

  return (
    <form class="evidence-form" onSubmit={submit} noValidate aria-label="Add evidence">
      <div class="grid-2">
        <Field label="Link (URL)" id="evidence-url" error={shown('url')}>
          <input {...bound('url')} type="url" inputMode="url" onInput={update('url')} placeholder="https://" />
        </Field>
        <Field label="Title" id="evidence-title" error={shown('title')}>
          <input {...bound('title')} onInput={update('title')} />
        </Field>
        <Field label="Publisher" id="evidence-publisher" error={shown('publisher')}>
          <input {...bound('publisher')} onInput={update('publisher')} />
        </Field>
        <Field label="Stance" id="evidence-stance" error={shown('stance')}>
          <select {...bound('stance')} onChange={update('stance')}>
            <option value="">Choose…</option>
            {STANCES.map((stance) => (
              <option key={stance} value={stance}>
                {stance}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field label="Excerpt (optional)" id="evidence-excerpt" error={shown('excerpt')}>
        <textarea {...bound('excerpt')} rows={2} onInput={update('excerpt')} />
      </Field>
      <Alert error={action.error} />
      <button type="submit" disabled={action.busy}>
        Add evidence
      </button>
    </form>
  );
}

export function ConflictList(props: { claim: ClaimDetail; onChanged: () => void; canDecide: boolean }) {
  const { claim } = props;
  const evidenceById = new Map(claim.evidence.map((item) => [item.id, item]));
  if (claim.conflicts.length === 0) return <p class="muted">No conflicting sources proposed.</p>;
  return (
    <ul class="conflicts">
      {claim.conflicts.map((conflict) => (
        <ConflictItem
          key={conflict.id}
          conflict={conflict}
          evidenceById={evidenceById}
          onChanged={props.onChanged}
          canDecide={props.canDecide}
        />
      ))}
    </ul>
  );
}

function ConflictItem(props: { conflict: Conflict; evidenceById: Map<string, Evidence>; onChanged: () => void; canDecide: boolean }) {
  const { conflict } = props;
  const [note, setNote] = useState('');
  const action = useAction();
  const decide = (decision: 'confirm' | 'dismiss') =>
    void action.run(async () => {
      await api.post(`/api/conflicts/${conflict.id}/${decision}`, note.trim() ? { note: note.trim() } : {});
      props.onChanged();
    });
  return (
    <li class="conflict" data-conflict-status={conflict.status}>
      <p>
        <span class={`badge badge-${conflict.status}`}>{conflict.status}</span> {conflict.description}{' '}
        <span class="muted">(from {conflict.origin})</span>
      </p>
      <div class="sides">
        {conflict.sides.map((side, index) => {
          const evidence = side.evidenceId ? props.evidenceById.get(side.evidenceId) : undefined;
          return (
            <div class="side" key={index}>
              <strong>{side.sourceName ?? 'Unknown source'}</strong>
              {side.position && <p>{side.position}</p>}
              {evidence && (
                <p>
                  <span class={`badge badge-${evidence.stance}`}>{evidence.stance}</span>{' '}
                  <ExternalLink href={evidence.url}>{evidence.title}</ExternalLink>
                </p>
              )}
              {side.evidenceWithdrawn && <p class="muted">Its evidence was withdrawn.</p>}
            </div>
          );
        })}
      </div>
      {conflict.decisionNote && <p class="muted">Note: {conflict.decisionNote}</p>}
      {conflict.recheckNote && <p class="muted">Re-check: {conflict.recheckNote}</p>}
      {conflict.status === 'proposed' && props.canDecide && (
        <div class="inline-form">
          <label for={`conflict-note-${conflict.id}`}>Note on conflict</label>
          <input id={`conflict-note-${conflict.id}`} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
          <button type="button" disabled={action.busy} onClick={() => decide('confirm')}>
            Confirm conflict
          </button>
          <button type="button" class="secondary" disabled={action.busy} onClick={() => decide('dismiss')}>
            Dismiss conflict
          </button>
        </div>
      )}
      <Alert error={action.error} />
    </li>
  );
}

/** Opening a conflict by hand: two sides, each a source and its position. */
export function OpenConflictForm(props: { claim: ClaimDetail; onOpened: () => void }) {
  const [description, setDescription] = useState('');
  const [sides, setSides] = useState([
    { source: '', position: '' },
    { source: '', position: '' },
  ]);
  const action = useAction();
  const ready = description.trim() && sides.every((side) => side.source.trim() && side.position.trim());
  const submit = (event: Event) => {
    event.preventDefault();
    if (!ready) return;
    void action.run(async () => {
      await api.post(`/api/claims/${props.claim.id}/conflicts`, { description: description.trim(), sides });
      setDescription('');
      setSides(sides.map(() => ({ source: '', position: '' })));
      props.onOpened();
    });
  };
  return (
    <details class="open-conflict">
      <summary>Open a conflict by hand</summary>
      <form onSubmit={submit}>
        <Field label="What do the sources disagree about?" id="conflict-description">
          <input id="conflict-description" value={description} onInput={(event) => setDescription(event.currentTarget.value)} />
        </Field>
        <div class="grid-2">
          {sides.map((side, index) => (
            <fieldset key={index}>
              <legend>Side {index + 1}</legend>
              <Field label="Source" id={`conflict-source-${index}`}>
                <input
                  id={`conflict-source-${index}`}
                  value={side.source}
                  onInput={(event) =>
                    setSides(sides.map((other, at) => (at === index ? { ...other, source: event.currentTarget.value } : other)))
                  }
                />
              </Field>
              <Field label="Position" id={`conflict-position-${index}`}>
                <input
                  id={`conflict-position-${index}`}
                  value={side.position}
                  onInput={(event) =>
                    setSides(sides.map((other, at) => (at === index ? { ...other, position: event.currentTarget.value } : other)))
                  }
                />
              </Field>
            </fieldset>
          ))}
        </div>
        <Alert error={action.error} />
        <button type="submit" disabled={!ready || action.busy}>
          Open conflict
        </button>
      </form>
    </details>
  );
}

/** Claims seen in other articles (shown when the API gives them), with their verdicts. */
export function MatchList(props: { claim: ClaimDetail; onChanged: () => void }) {
  const matches = props.claim.matches;
  const action = useAction();
  if (!matches) return null;
  const decide = (match: Match, decision: 'confirm' | 'dismiss') =>
    void action.run(async () => {
      await api.post(`/api/claims/${props.claim.id}/matches/${match.id}/${decision}`);
      props.onChanged();
    });
  return (
    <section aria-labelledby="matches-title">
      <h2 id="matches-title">Seen in other articles</h2>
      {matches.length === 0 ? (
        <p class="muted">No matching claims in other articles.</p>
      ) : (
        <ul class="matches">
          {matches.map((match) => (
            <li key={match.id}>
              <blockquote>{match.text}</blockquote>
              <p class="muted">
                {match.articleTitle} · similarity {match.similarity.toFixed(2)} ·{' '}
                <span class={`badge badge-${match.status}`}>{match.status}</span>
                {match.direction ? ` · ${match.direction === 'earlier' ? 'seen before this claim' : 'seen after this claim'}` : ''}
                {match.publishedVerdict
                  ? ` · published verdict: ${match.publishedVerdict.rating} (version ${match.publishedVerdict.version})`
                  : ' · no published verdict'}
              </p>
              {!match.decidedBy && match.status !== 'dismissed' && (
                <div class="inline-form">
                  <button type="button" disabled={action.busy} onClick={() => decide(match, 'confirm')}>
                    Confirm match
                  </button>
                  <button type="button" class="secondary" disabled={action.busy} onClick={() => decide(match, 'dismiss')}>
                    Dismiss match
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <Alert error={action.error} />
    </section>
  );
}

/** Draft, revise and submit a verdict; the reviewer's own draft is picked up again. */
export function VerdictForm(props: { claim: ClaimDetail; userId: string; onSubmitted: () => void; onSaved: () => void }) {
  const { claim } = props;
  const draft = [...claim.verdicts].reverse().find((verdict) => verdict.state === 'draft' && verdict.authorId === props.userId);
  const [rating, setRating] = useState<Rating | ''>(draft?.rating ?? '');
  const [rationale, setRationale] = useState(draft?.rationale ?? '');
  const [cited, setCited] = useState<string[] | null>(draft?.evidenceIds ?? null);
  const [tried, setTried] = useState(false);
  const action = useAction();
  const evidenceIds = cited ?? claim.evidence.map((item) => item.id);
  const ratingProblem = !rating ? 'Choose a rating.' : null;
  const rationaleProblem = rationale.trim().length < 10 ? 'Explain the rating (at least 10 characters).' : null;

  const save = (submit: boolean) => {
    setTried(true);
    if (ratingProblem || rationaleProblem) return;
    void action.run(async () => {
      const body = { rating, rationale: rationale.trim(), evidenceIds };
      let verdict: Verdict;
      if (draft) verdict = await api.patch<Verdict>(`/api/verdicts/${draft.id}`, body);
      else verdict = await api.post<Verdict>(`/api/claims/${claim.id}/verdicts`, body);
      if (submit) {
        await api.post(`/api/verdicts/${verdict.id}/submit`);
        props.onSubmitted();
      } else props.onSaved();
    });
  };

  return (
    <form
      class="verdict-form"
      aria-label="Verdict"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save(true);
      }}
    >
      <Field label="Rating" id="verdict-rating" error={tried ? ratingProblem : null}>
        <select id="verdict-rating" value={rating} onChange={(event) => setRating(event.currentTarget.value as Rating)}>
          <option value="">Choose…</option>
          {RATINGS.map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Rationale" id="verdict-rationale" error={tried ? rationaleProblem : null}>
        <textarea id="verdict-rationale" rows={4} value={rationale} onInput={(event) => setRationale(event.currentTarget.value)} />
      </Field>
      {claim.evidence.length > 0 && (
        <fieldset>
          <legend>Evidence cited</legend>
          {claim.evidence.map((item) => (
            <label key={item.id} class="check">
              <input
                type="checkbox"
                checked={evidenceIds.includes(item.id)}
                onChange={(event) =>
                  setCited(event.currentTarget.checked ? [...evidenceIds, item.id] : evidenceIds.filter((id) => id !== item.id))
                }
              />{' '}
              {item.stance}: {item.title}
            </label>
          ))}
        </fieldset>
      )}
      <Alert error={action.error} />
      <div class="actions">
        <button type="button" class="secondary" disabled={action.busy} onClick={() => save(false)}>
          {draft ? 'Save draft' : 'Save as draft'}
        </button>
        <button type="submit" disabled={action.busy}>
          Submit verdict
        </button>
      </div>
    </form>
  );
}

export function VerdictHistory(props: { verdicts: Verdict[] }) {
  if (props.verdicts.length === 0) return null;
  return (
    <ol class="verdict-history">
      {props.verdicts.map((verdict) => (
        <li key={verdict.id}>
          <span class={`badge badge-rating`}>{verdict.rating}</span> v{verdict.version} · {verdict.state}
          {verdict.needsSecondReview ? ' · needs a second review' : ''} · {formatDate(verdict.createdAt)}
          <p>{verdict.rationale}</p>
        </li>
      ))}
    </ol>
  );
}
