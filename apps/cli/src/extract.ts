// Runs the extraction engine on a file with no services (no database, no queue):
//   npx tsx apps/cli/src/extract.ts <file> [--format json|table] [--sentences]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyseSentence, CHECKWORTHY_THRESHOLD, extract, nonTextReason, type ClaimType } from '@factdesk/extraction';

const USAGE = `usage: extract <file> [--format json|table] [--sentences]
  --format json    pretty JSON: { file, language, languageSupported, fromHtml, text, sentences, claims, conflicts } (default);
                   text is what the claims' start/end offsets point into (for HTML input, the article text derived from it)
  --format table   one line per claim: index, score, check-worthy mark, type, text; a footer counts sentences and claims
  --sentences      score each non-empty line as one sentence; one JSON object per line
exit status: 0 done, 2 bad usage or unreadable file, 3 the file is binary (or an encoded file), not text`;

/** Exit code for bad usage and unreadable input. */
const EXIT_USAGE = 2;
/** Exit code for a file that is binary, not text (the API refuses such a body with 422). */
const EXIT_NOT_TEXT = 3;
const DEFAULT_WIDTH = 120;
const MIN_TEXT_WIDTH = 20;

interface Row {
  index: number;
  checkworthiness: number;
  checkWorthy: boolean;
  type: ClaimType;
  text: string;
}

export function main(argv: string[]): number {
  let values: { format?: string; sentences?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'json' },
        sentences: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return usageError(errorMessage(error));
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.format !== 'json' && values.format !== 'table') return usageError(`unknown format "${values.format}"`);
  if (positionals.length !== 1) return usageError(positionals.length === 0 ? 'no file given' : 'give exactly one file');
  const file = positionals[0] as string;

  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    process.stderr.write(`extract: cannot read ${file}: ${readError(error)}\n`);
    return EXIT_USAGE;
  }
  const notText = nonTextReason(text);
  if (notText) {
    process.stderr.write(`extract: ${file} ${notText}\n`);
    return EXIT_NOT_TEXT;
  }

  if (values.sentences) {
    const rows = text
      .split(/\r\n|[\n\r\u2028\u2029]/)
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
      .map((line, index): Row => ({ index, ...analyseSentence(line) }));
    // Each line is one sentence scored as one claim.
    if (values.format === 'table') write(table(rows, rows.length));
    else
      write(
        rows
          .map(({ text: t, checkworthiness, checkWorthy, type }) => JSON.stringify({ text: t, checkworthiness, checkWorthy, type }))
          .join('\n') + (rows.length ? '\n' : ''),
      );
    return 0;
  }

  const result = extract(text);
  if (values.format === 'table') {
    write(table(result.claims, result.sentences.length));
  } else {
    const { fromHtml, sentences, claims, conflicts } = result;
    // A text with no sentence is in no language: it is not reported as one the engine supports.
    const language = sentences.length > 0 ? result.language : null;
    const languageSupported = sentences.length > 0 && result.languageSupported;
    const output = {
      file,
      language,
      languageSupported,
      fromHtml,
      text: result.text,
      sentences: sentences.length,
      claims,
      conflicts,
    };
    write(`${JSON.stringify(output, null, 2)}\n`);
  }
  return 0;
}

/** Fixed-width table sized to the terminal; texts are cut with an ellipsis. A sentence may hold several claims. */
function table(rows: Row[], sentences: number): string {
  const width = process.stdout.columns || DEFAULT_WIDTH;
  const header = `${'#'.padStart(4)}  score  ok  ${'type'.padEnd(10)}  text`;
  const textWidth = Math.max(MIN_TEXT_WIDTH, width - header.length + 4);
  const lines = [header, '-'.repeat(Math.min(width, header.length - 4 + textWidth))];
  for (const row of rows) {
    const mark = row.checkWorthy ? '✓' : '·';
    lines.push(
      `${String(row.index).padStart(4)}  ${row.checkworthiness.toFixed(2).padStart(5)}  ${mark.padEnd(2)}  ${row.type.padEnd(10)}  ${truncate(row.text, textWidth)}`,
    );
  }
  const worthy = rows.filter((r) => r.checkWorthy).length;
  lines.push(
    '',
    `${count(sentences, 'sentence')}, ${count(rows.length, 'claim')}, ${worthy} check-worthy (threshold ${CHECKWORTHY_THRESHOLD})`,
  );
  return `${lines.join('\n')}\n`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function truncate(text: string, width: number): string {
  const chars = Array.from(text.replace(/\s+/g, ' ')); // code points, so an emoji is never cut in half
  return chars.length <= width ? chars.join('') : `${chars.slice(0, width - 1).join('')}…`;
}

function write(output: string): void {
  process.stdout.write(output);
}

function usageError(message: string): number {
  process.stderr.write(`extract: ${message}\n${USAGE}\n`);
  return EXIT_USAGE;
}

function readError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return errorMessage(error);
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

if (require.main === module) {
  // Piping into `head` closes stdout early; that is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  process.exitCode = main(process.argv.slice(2));
}
