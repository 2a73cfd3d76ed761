import { api } from '../api';
import { BarChart } from '../components/charts';
import { Link } from '../components/links';
import { Alert, formatDate, formatDuration, Loading, TableScroll, useLoad } from '../components/ui';
import { useEffect } from 'preact/hooks';

interface QueueDepth {
  desk: string;
  state: string;
  stage: string;
  claims: number;
}
interface QueueStats {
  depth: QueueDepth[];
  waiting: number;
  oldestWaitingSeconds: number | null;
  activeLeases: number;
  reviewsCompletedLastHour: number;
  medianQueuedToVerdictSeconds: number | null;
}
interface Duration {
  claims: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
}
interface HourFigures {
  hour: string;
  verdicts: number;
  medianSecondsToVerdict: number | null;
}
interface Summary {
  verdicts: number;
  byRating: Array<{ rating: string; claims: number }>;
  byReviewer: Array<{ reviewerId: string; name: string | null; claims: number }>;
  queuedToVerdict: Duration;
  queuedToPublication: Duration;
  openConflicts: { proposed: number; confirmed: number; total: number };
  byHour?: HourFigures[];
}
interface ActiveLease {
  id: string;
  claimId: string;
  claimText: string;
  desk: string;
  reviewerId: string;
  reviewerName: string;
  stage: string;
  acquiredAt: string;
  expiresAt: string;
}

const hourLabel = (iso: string) => new Date(iso).toLocaleTimeString(undefined, { hour: '2-digit' });

export function DashboardPage() {
  const stats = useLoad(() => api.get<QueueStats>('/api/queue/stats'));
  const summary = useLoad(() => api.get<Summary>('/api/reports/summary'));
  const leases = useLoad(() => api.get<ActiveLease[]>('/api/queue/leases/active'));
  // The figures move while a lead watches: refresh every 15 s.
  useEffect(() => {
    const timer = setInterval(() => {
      stats.reload();
      summary.reload();
      leases.reload();
    }, 15_000);
    return () => clearInterval(timer);
  }, []);

  const desks = [...new Set((stats.data?.depth ?? []).map((row) => row.desk))];
  const count = (desk: string, state: string, stage?: string) =>
    (stats.data?.depth ?? [])
      .filter((row) => row.desk === desk && row.state === state && (!stage || row.stage === stage))
      .reduce((sum, row) => sum + row.claims, 0);
  const hours = summary.data?.byHour ?? [];

  return (
    <section aria-labelledby="dashboard-title">
      <div class="page-head">
        <h1 id="dashboard-title">Dashboard</h1>
        <div class="toolbar">
          <Link href="/approvals" class="button">
            Approval inbox
          </Link>
          <Link href="/queue" class="button secondary">
            Triage the queue
          </Link>
        </div>
      </div>
      <Alert error={stats.error ?? summary.error} />
      {!stats.data ? (
        <Loading />
      ) : (
        <div class="cards">
          <div class="card">
            <span class="figure">{stats.data.waiting}</span> claims waiting
          </div>
          <div class="card">
            <span class="figure">{formatDuration(stats.data.oldestWaitingSeconds)}</span> oldest waiting claim
          </div>
          <div class="card">
            <span class="figure">{stats.data.activeLeases}</span> active leases
          </div>
          <div class="card">
            <span class="figure">{stats.data.reviewsCompletedLastHour}</span> reviews in the last hour
          </div>
          <div class="card">
            <span class="figure">{formatDuration(summary.data?.queuedToVerdict.medianSeconds)}</span> median time to verdict
          </div>
          <div class="card">
            <span class="figure">{summary.data?.openConflicts.total ?? '—'}</span> open conflicts
          </div>
        </div>
      )}
      <div class="grid-2">
        <section aria-labelledby="depth-title">
          <h2 id="depth-title">Queue depth by desk</h2>
          {stats.data && desks.length === 0 && <p class="muted">The queue is empty.</p>}
          {desks.length > 0 && (
            <TableScroll label="Queue depth by desk">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Desk</th>
                    <th scope="col">Waiting (first review)</th>
                    <th scope="col">Waiting (second review)</th>
                    <th scope="col">Leased</th>
                  </tr>
                </thead>
                <tbody>
                  {desks.map((desk) => (
                    <tr key={desk}>
                      <th scope="row">{desk}</th>
                      <td>{count(desk, 'ready', 'first')}</td>
                      <td>{count(desk, 'ready', 'second')}</td>
                      <td>{count(desk, 'leased')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
        <section aria-labelledby="leases-title">
          <h2 id="leases-title">Active leases</h2>
          <Alert error={leases.error} />
          {leases.data && leases.data.length === 0 && <p class="muted">Nobody holds a claim right now.</p>}
          {leases.data && leases.data.length > 0 && (
            <TableScroll label="Active leases">
              <table class="active-leases">
                <thead>
                  <tr>
                    <th scope="col">Reviewer</th>
                    <th scope="col">Claim</th>
                    <th scope="col">Desk</th>
                    <th scope="col">Expires</th>
                  </tr>
                </thead>
                <tbody>
                  {leases.data.map((lease) => (
                    <tr key={lease.id}>
                      <td>{lease.reviewerName}</td>
                      <td class="clip">{lease.claimText}</td>
                      <td>{lease.desk}</td>
                      <td>{formatDate(lease.expiresAt)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
      </div>
      {summary.loading && !summary.data && <Loading />}
      {summary.data && (
        <div class="grid-2 charts">
          <BarChart
            title="Reviews per hour (last 24 hours)"
            bars={hours.map((hour) => ({ label: hourLabel(hour.hour), value: hour.verdicts }))}
          />
          <BarChart
            title="Median time to verdict per hour"
            bars={hours.map((hour) => ({ label: hourLabel(hour.hour), value: hour.medianSecondsToVerdict ?? 0 }))}
            format={(value) => formatDuration(value)}
          />
          <BarChart
            title="Verdicts by rating (30 days)"
            bars={summary.data.byRating.map((row) => ({ label: row.rating, value: row.claims }))}
          />
          <BarChart
            title="Time from queue to verdict and to publication (median, 90th percentile)"
            bars={[
              { label: 'verdict p50', value: summary.data.queuedToVerdict.medianSeconds ?? 0 },
              { label: 'verdict p90', value: summary.data.queuedToVerdict.p90Seconds ?? 0 },
              { label: 'published p50', value: summary.data.queuedToPublication.medianSeconds ?? 0 },
              { label: 'published p90', value: summary.data.queuedToPublication.p90Seconds ?? 0 },
            ]}
            format={(value) => formatDuration(value)}
          />
        </div>
      )}
    </section>
  );
}
