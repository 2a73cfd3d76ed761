import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { SingleBar, Presets } from 'cli-progress';
import { ArticlesService, SubmitArticleDto } from '@factdesk/articles';
import { DomainError } from '@factdesk/errors';
import { findUnstorableText } from '@factdesk/extraction';

export interface ImportSummary {
  imported: number;
  duplicates: number;
  rejected: Array<{ line: number; reason: string }>;
}

/** Same limit as the API: one article of at most 1 MB. */
const MAX_LINE_BYTES = 1024 * 1024;

/**
 * Reads an NDJSON archive (one article object per line) and submits each through the
 * same service and the same validation as POST /api/articles. A bad line is reported
 * with its number and reason, never fatal.
 */
export async function importArticles(
  file: string,
  articles: ArticlesService,
  actorId: string | null,
  showProgress: boolean,
): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: 0, duplicates: 0, rejected: [] };
  const total = (await stat(file)).size;
  const bar = new SingleBar(
    {
      format: 'import [{bar}] {percentage}% | {value}/{total} bytes | {imported} new, {duplicates} dup, {rejected} bad',
      stream: process.stderr,
      noTTYOutput: false,
    },
    Presets.shades_classic,
  );
  if (showProgress) bar.start(total, 0, { imported: 0, duplicates: 0, rejected: 0 });

  let lineNumber = 0;
  let bytesRead = 0;
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    lineNumber += 1;
    bytesRead += Buffer.byteLength(line, 'utf8') + 1;
    if (line.trim() === '') continue;
    const reason = await submitLine(line, articles, actorId, summary);
    if (reason) summary.rejected.push({ line: lineNumber, reason });
    if (showProgress)
      bar.update(Math.min(bytesRead, total), {
        imported: summary.imported,
        duplicates: summary.duplicates,
        rejected: summary.rejected.length,
      });
  }
  if (showProgress) {
    bar.update(total);
    bar.stop();
  }
  return summary;
}

/** Returns why the line was rejected, or null when it was imported or was a duplicate. */
async function submitLine(line: string, articles: ArticlesService, actorId: string | null, summary: ImportSummary): Promise<string | null> {
  if (Buffer.byteLength(line, 'utf8') > MAX_LINE_BYTES) return 'article is larger than 1 MB';
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return 'not valid JSON';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return 'not a JSON object';
  // As the API's validation pipe: text PostgreSQL cannot store first, then the DTO, then the service's own rules.
  const unstorable = findUnstorableText(parsed, '');
  if (unstorable.length > 0) return unstorable.map((found) => found.message).join('; ');
  const dto = plainToInstance(SubmitArticleDto, parsed);
  const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0) return errors.flatMap((error) => Object.values(error.constraints ?? {})).join('; ');
  let outcome: string;
  try {
    ({ outcome } = await articles.submit(dto, actorId));
  } catch (error) {
    if (error instanceof DomainError) return error.message;
    throw error;
  }
  if (outcome !== 'unchanged') summary.imported += 1;
  else summary.duplicates += 1;
  return null;
}
