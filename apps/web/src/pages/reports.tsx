import { useEffect, useState } from 'preact/hooks';
import { api, query } from '../api';
import { Alert, Field, formatDate, useAction } from '../components/ui';
import { RATINGS } from '../types';

interface ExportJob {
  id: string;
  status: 'queued' | 'running' | 'completed' | 'failed' | 'expired';
  format: string;
  rowsDone: number;
  rowsTotal: number | null;
  percent: number | null;
  error: string | null;
  downloadPath: string | null;
  expiresAt: string | null;
}

const FORMATS = [
  { value: 'csv', label: 'CSV' },
  { value: 'xlsx', label: 'Excel (XLSX)' },
  { value: 'ndjson', label: 'NDJSON' },
  { value: 'claimreview', label: 'ClaimReview JSON-LD' },
];
const STATES = ['draft', 'submitted', 'approved', 'rejected', 'published'];

type Filters = Record<'from' | 'to' | 'dateField' | 'rating' | 'state' | 'desk' | 'speaker' | 'source' | 'publisher' | 'reviewer', string>;
const EMPTY: Filters = {
  from: '',
  to: '',
  dateField: 'verdict',
  rating: '',
  state: '',
  desk: '',
  speaker: '',
  source: '',
  publisher: '',
  reviewer: '',
};

/** Day inputs become the range's ends: from the start of `from` to the end of `to`. */
function apiFilters(filters: Filters): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(filters)) if (value.trim()) result[key] = value.trim();
  if (filters.from) result.from = new Date(`${filters.from}T00:00:00`).toISOString();
  if (filters.to) result.to = new Date(`${filters.to}T23:59:59.999`).toISOString();
  return result;
}

export function ReportsPage() {
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [format, setFormat] = useState('csv');
  const [job, setJob] = useState<ExportJob | null>(null);
  const start = useAction();
  const set = (key: keyof Filters) => (event: Event) => setFilters({ ...filters, [key]: (event.currentTarget as HTMLInputElement).value });
  const downloadHref = `/api/reports/verdicts${query({ ...apiFilters(filters), format })}`;

  // The export's progress, polled until it is finished either way.
  useEffect(() => {
    if (!job || !['queued', 'running'].includes(job.status)) return;
    const timer = setTimeout(() => {
      api.get<ExportJob>(`/api/exports/${job.id}`).then(setJob, () => undefined);
    }, 500);
    return () => clearTimeout(timer);
  }, [job]);

  const text = (key: keyof Filters, label: string, hint?: string) => (
    <Field label={label} id={`report-${key}`} hint={hint}>
      <input id={`report-${key}`} value={filters[key]} onInput={set(key)} aria-describedby={hint ? `report-${key}-hint` : undefined} />
    </Field>
  );
  const anyOf = (key: keyof Filters, label: string, values: readonly string[]) => (
    <Field label={label} id={`report-${key}`}>
      <select id={`report-${key}`} value={filters[key]} onChange={set(key)}>
        <option value="">any</option>
        {values.map((value) => (
          <option key={value} value={value}>
            {value}
          </option>
        ))}
      </select>
    </Field>
  );

  return (
    <section aria-labelledby="reports-title">
      <h1 id="reports-title">Reports</h1>
      <form
        class="report-form"
        aria-label="Report filters"
        onSubmit={(event) => {
          event.preventDefault();
          void start.run(async () => setJob(await api.post<ExportJob>('/api/exports', { ...apiFilters(filters), format })));
        }}
      >
        <div class="grid-3">
          <Field label="From (day)" id="report-from">
            <input id="report-from" type="date" value={filters.from} onInput={set('from')} />
          </Field>
          <Field label="To (day)" id="report-to">
            <input id="report-to" type="date" value={filters.to} onInput={set('to')} />
          </Field>
          <Field label="Dates apply to" id="report-dateField">
            <select id="report-dateField" value={filters.dateField} onChange={set('dateField')}>
              <option value="verdict">the verdict</option>
              <option value="published">publication</option>
            </select>
          </Field>
          {anyOf('rating', 'Rating', RATINGS)}
          {anyOf('state', 'Verdict state', STATES)}
          {text('desk', 'Desk')}
          {text('speaker', 'Speaker')}
          {text('source', 'Source', 'id or slug, e.g. russian-ministry-of-defence')}
          {text('publisher', 'Publisher')}
          {text('reviewer', 'Reviewer id')}
          <Field label="Format" id="report-format">
            <select id="report-format" value={format} onChange={(event) => setFormat(event.currentTarget.value)}>
              {FORMATS.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div class="actions">
          <a class="button" href={downloadHref} download="">
            Download now
          </a>
          <button type="submit" class="secondary" disabled={start.busy}>
            Export in the background
          </button>
        </div>
        <Alert error={start.error} />
      </form>
      {job && (
        <section aria-labelledby="export-title" class="export-job">
          <h2 id="export-title">Export</h2>
          <p>
            {job.format.toUpperCase()} export: <strong data-export-status={job.status}>{job.status}</strong>
            {job.rowsTotal !== null ? ` · ${job.rowsDone.toLocaleString()} of ${job.rowsTotal.toLocaleString()} rows` : ''}
          </p>
          <progress max={100} value={job.status === 'completed' ? 100 : (job.percent ?? undefined)} aria-label="export progress">
            {job.percent ?? 0}%
          </progress>
          {job.status === 'completed' && job.downloadPath && (
            <p>
              <a class="button" href={job.downloadPath} download="">
                Download the export
              </a>{' '}
              <span class="muted">available until {formatDate(job.expiresAt)}</span>
            </p>
          )}
          {job.status === 'failed' && <Alert kind="error">The export failed ({job.error ?? 'unknown error'}).</Alert>}
        </section>
      )}
    </section>
  );
}
