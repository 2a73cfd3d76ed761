import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api';

/** An error or a notice, announced to screen readers when it appears. */
export function Alert(props: { error?: unknown; children?: ComponentChildren; kind?: 'error' | 'info' | 'warning' }) {
  if (props.error === undefined && props.children === undefined) return null;
  if (props.error === null) return null;
  const text = props.error !== undefined ? describeError(props.error) : props.children;
  const kind = props.kind ?? (props.error !== undefined ? 'error' : 'info');
  return (
    <p class={`alert alert-${kind}`} role={kind === 'info' ? 'status' : 'alert'}>
      {text}
    </p>
  );
}

export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.status === 429 && error.retryAfterSeconds) return `${error.message} (try again in ${error.retryAfterSeconds} s)`;
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Loads data for a page; `reload` fetches it again after a change. */
export function useLoad<T>(
  load: () => Promise<T>,
  deps: unknown[] = [],
): { data?: T; error?: unknown; loading: boolean; reload: () => void } {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setState((previous) => ({ ...previous, loading: true }));
    load().then(
      (data) => live && setState({ data, loading: false }),
      (error: unknown) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [tick, ...deps]);
  const reload = useCallback(() => setTick((value) => value + 1), []);
  return { ...state, reload };
}

/** Runs an action, tracking whether it is busy and its error, so a button can be disabled and a message shown. */
export function useAction(): { busy: boolean; error: unknown; run: (work: () => Promise<unknown>) => Promise<boolean>; clear: () => void } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (caught) {
      setError(caught);
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, run, clear: () => setError(null) };
}

/**
 * An action on one item of a list (a user, a subscription, a claim): runs it, then says
 * what was done and lets the list reload.
 */
export function useItemAction(onChanged: () => void): {
  action: ReturnType<typeof useAction>;
  message: string | null;
  act: (done: string, work: () => Promise<unknown>) => void;
} {
  const action = useAction();
  const [message, setMessage] = useState<string | null>(null);
  const act = (done: string, work: () => Promise<unknown>): void =>
    void action.run(async () => {
      await work();
      setMessage(done);
      onChanged();
    });
  return { action, message, act };
}

export function Field(props: { label: string; id: string; children: ComponentChildren; hint?: string; error?: string | null }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      {props.children}
      {props.hint && (
        <small id={`${props.id}-hint`} class="hint">
          {props.hint}
        </small>
      )}
      {props.error && (
        <small id={`${props.id}-error`} class="field-error" role="alert">
          {props.error}
        </small>
      )}
    </div>
  );
}

/**
 * A table that scrolls sideways on its own in a narrow window, instead of the whole page; it takes focus so the
 * keyboard can scroll it too, and is a region named for what it holds.
 */
export function TableScroll(props: { label: string; children: ComponentChildren }) {
  return (
    <div class="table-scroll" role="region" aria-label={props.label} tabIndex={0}>
      {props.children}
    </div>
  );
}

export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '—';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '—' : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '—';
  if (seconds < 90) return `${Math.round(seconds)} s`;
  if (seconds < 5400) return `${Math.round(seconds / 60)} min`;
  if (seconds < 172800) return `${(seconds / 3600).toFixed(1)} h`;
  return `${(seconds / 86400).toFixed(1)} d`;
}

export function Loading() {
  return (
    <p class="muted" role="status">
      Loading…
    </p>
  );
}
