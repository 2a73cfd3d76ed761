import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError } from '../api';
import type { Lease } from '../types';

/**
 * Shows how long the lease has left and keeps it alive while the page is open: a heartbeat every third of the
 * lease's length. A heartbeat that fails (offline, the server refusing) is shown at once, so the reviewer has the
 * rest of the lease to act on it; when the lease has ended it says so and hands the claim back to the page.
 */
export function LeaseCountdown(props: { lease: Lease; onLease: (lease: Lease) => void; onLost: (reason: string) => void }) {
  const { lease } = props;
  const [now, setNow] = useState(Date.now());
  const [heartbeatError, setHeartbeatError] = useState<string | null>(null);
  const [beats, setBeats] = useState(0);
  const latest = useRef(props);
  latest.current = props;

  const duration = Math.max(1000, new Date(lease.expiresAt).getTime() - new Date(lease.acquiredAt).getTime());

  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, []);

  useEffect(() => {
    const interval = Math.max(1000, Math.min(duration / 3, 5 * 60_000));
    const beat = setInterval(() => {
      api.post<Lease>(`/api/queue/leases/${lease.id}/heartbeat`).then(
        (extended) => {
          setHeartbeatError(null);
          setBeats((count) => count + 1);
          latest.current.onLease({ ...extended, acquiredAt: lease.acquiredAt });
        },
        (error: unknown) => {
          if (error instanceof ApiError && (error.status === 409 || error.status === 403 || error.status === 404)) {
            latest.current.onLost('Your lease on this claim ended (it expired or a lead took the claim back).');
          } else setHeartbeatError(error instanceof Error ? error.message : String(error));
        },
      );
    }, interval);
    return () => clearInterval(beat);
  }, [lease.id, duration]);

  const remaining = Math.max(0, new Date(lease.expiresAt).getTime() - now);
  useEffect(() => {
    if (remaining === 0) latest.current.onLost('Your lease expired: the claim went back to the queue.');
  }, [remaining === 0]);

  // Heartbeats keep more than two thirds of the lease left; under half means they are failing.
  const expiresSoon = remaining < duration / 2;
  const warn = expiresSoon || heartbeatError !== null;
  const minutes = Math.floor(remaining / 60_000);
  const seconds = Math.floor((remaining % 60_000) / 1000);
  return (
    <div class={`lease ${warn ? 'lease-warning' : ''}`} data-heartbeats={beats}>
      <span>
        Lease:{' '}
        <strong class="lease-remaining" aria-label="time left on the lease">{`${minutes}:${String(seconds).padStart(2, '0')}`}</strong> left
      </span>
      {warn && (
        <span role="alert" class="lease-alert">
          {heartbeatError
            ? `The lease could not be renewed (${heartbeatError}); ${expiresSoon ? 'it expires soon' : 'trying again'}.`
            : 'The lease expires soon.'}
        </span>
      )}
    </div>
  );
}
