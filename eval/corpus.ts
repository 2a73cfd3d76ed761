// The annotated evaluation corpus (eval/corpus/<half>/): texts, their annotations and the
// matching pairs of each half, read and checked. The schema is described in eval/README.md.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { htmlToArticleText, unwrapHardLines } from '@factdesk/extraction';

export const HALVES = ['tune', 'test'] as const;
export type Half = (typeof HALVES)[number];

/** The failure patterns of issue 15 a claim can be tagged with (`patterns`). */
export const PATTERNS = {
  cn: 'common-noun subject of a speech verb ("the statistics office said")',
  acc: '"according to X …, as quoted by / reported by Y" (Y is the outlet)',
  app: 'appositive name ("the group\'s director, Jane Doe, said")',
  spk: 'spokesperson for an organisation ("a spokeswoman for X said")',
  ref: 'a reference back ("the ministry said", "it said", "she said")',
  adj: 'a capitalised adjective opens the sentence ("Independent engineers …")',
  addr: 'a street address in the sentence',
  lbl: 'an interview turn after a "Q:"/"A:" or "NAME:" label',
  ident: 'the same person under another identity ("Mayor Ana Ruiz", later "Ruiz")',
  inv: 'inverted order ("said the ministry")',
  xq: 'a quote that runs across sentences or paragraphs',
} as const;
export type Pattern = keyof typeof PATTERNS;

export const CONFLICT_KINDS = ['figures', 'denial'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export interface AnnotatedClaim {
  id: string;
  /** Exact substring of the text (of the derived article text for HTML). */
  span: string;
  /** 0-based occurrence of `span` in the text; required when it occurs more than once. */
  occurrence?: number;
  checkWorthy: boolean;
  speaker: string | null;
  organisation: string | null;
  outlet: string | null;
  patterns?: Pattern[];
}

export interface ConflictAnnotation {
  id: string;
  kind: ConflictKind;
  /** Two sides, each the claim ids of one source. */
  sides: string[][];
  note: string;
}

export interface NotConflictAnnotation {
  sides: string[][];
  reason: string;
}

export interface TextAnnotation {
  /** The text's file name, beside the annotation. */
  text: string;
  shape: string;
  /** Other forms accepted for a name: { "Ana Ruiz": ["Ruiz"] }. */
  aliases?: Record<string, string[]>;
  claims: AnnotatedClaim[];
  conflicts: ConflictAnnotation[];
  notConflicts: NotConflictAnnotation[];
}

export interface ClaimRef {
  /** "<text id>#<claim id>", e.g. "convoy-a#c3". */
  a: string;
  b: string;
  note?: string;
  reason?: string;
}

export interface MatchingAnnotation {
  pairs: ClaimRef[];
  nonPairs: ClaimRef[];
}

export interface ResolvedClaim extends AnnotatedClaim {
  start: number;
  end: number;
}

export interface CorpusText {
  /** File name without extension; unique within the corpus. */
  id: string;
  half: Half;
  /** Path of the text file. */
  file: string;
  /** The file as stored (HTML for .html). */
  raw: string;
  /** What the offsets refer to: the file, or the article text derived from HTML. */
  text: string;
  annotation: TextAnnotation;
  claims: ResolvedClaim[];
}

export interface CorpusHalf {
  half: Half;
  texts: CorpusText[];
  matching: MatchingAnnotation;
}

/** A corpus file that cannot be used; `file` names it. */
export class CorpusError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

export const CORPUS_ROOT = join(__dirname, 'corpus');
const TEXT_EXTENSIONS = new Set(['.txt', '.html']);
const MATCHING_FILE = 'matching.json';

export function loadCorpus(root = CORPUS_ROOT): CorpusHalf[] {
  const halves = HALVES.map((half) => loadHalf(root, half));
  const seen = new Map<string, string>();
  for (const { texts } of halves) {
    for (const text of texts) {
      const other = seen.get(text.id);
      if (other) throw new CorpusError(text.file, `text id "${text.id}" is also used by ${other}`);
      seen.set(text.id, text.file);
    }
  }
  return halves;
}

export function loadHalf(root: string, half: Half): CorpusHalf {
  const dir = join(root, half);
  const names = readdirSync(dir).sort();
  const texts: CorpusText[] = [];
  for (const name of names) {
    const extension = extname(name);
    if (TEXT_EXTENSIONS.has(extension)) {
      texts.push(loadText(dir, name, half));
    } else if (extension === '.json' && name !== MATCHING_FILE) {
      const stem = basename(name, '.json');
      if (!names.some((other) => other !== name && basename(other, extname(other)) === stem && TEXT_EXTENSIONS.has(extname(other)))) {
        throw new CorpusError(display(join(dir, name)), 'annotation without a text (.txt or .html) of the same name');
      }
    } else if (name !== MATCHING_FILE) {
      throw new CorpusError(display(join(dir, name)), 'unexpected file in the corpus');
    }
  }
  const matchingFile = join(dir, MATCHING_FILE);
  const matching = parseMatching(display(matchingFile), readJson(matchingFile));
  const claimIds = new Map(texts.map((text) => [text.id, new Set(text.claims.map((claim) => claim.id))]));
  for (const ref of [...matching.pairs, ...matching.nonPairs]) {
    for (const side of [ref.a, ref.b]) {
      const [textId, claimId] = side.split('#');
      if (!textId || !claimId || !claimIds.get(textId)?.has(claimId)) {
        throw new CorpusError(display(matchingFile), `"${side}" names no claim of a text in ${half}/`);
      }
    }
    if (ref.a.split('#')[0] === ref.b.split('#')[0]) throw new CorpusError(display(matchingFile), `${ref.a} and ${ref.b} are in one text`);
  }
  return { half, texts, matching };
}

function loadText(dir: string, name: string, half: Half): CorpusText {
  const file = join(dir, name);
  const id = basename(name, extname(name));
  const annotationFile = join(dir, `${id}.json`);
  const where = display(annotationFile);
  const raw = readFileSync(file, 'utf8');
  // The text the engine reads, which the spans are in: an HTML page's article text, a hard-wrapped text's lines joined.
  const text = extname(name) === '.html' ? htmlToArticleText(raw).text : unwrapHardLines(raw);
  const annotation = parseAnnotation(where, readJson(annotationFile));
  if (annotation.text !== name) throw new CorpusError(where, `"text" is "${annotation.text}", expected "${name}"`);
  const claims = annotation.claims.map((claim): ResolvedClaim => {
    const start = locate(where, text, claim);
    return { ...claim, start, end: start + claim.span.length };
  });
  checkReferences(where, annotation);
  return { id, half, file: display(file), raw, text, annotation, claims };
}

/** Offset of the claim's span: the only occurrence, or the `occurrence`-th (0-based). */
function locate(where: string, text: string, claim: AnnotatedClaim): number {
  const found: number[] = [];
  for (let at = text.indexOf(claim.span); at >= 0; at = text.indexOf(claim.span, at + 1)) found.push(at);
  if (found.length === 0) throw new CorpusError(where, `claim ${claim.id}: span not found in the text: "${claim.span}"`);
  if (claim.occurrence === undefined) {
    if (found.length > 1) throw new CorpusError(where, `claim ${claim.id}: span occurs ${found.length} times; give "occurrence"`);
    return found[0]!;
  }
  const at = found[claim.occurrence];
  if (at === undefined) throw new CorpusError(where, `claim ${claim.id}: occurrence ${claim.occurrence} of ${found.length}`);
  return at;
}

function checkReferences(where: string, annotation: TextAnnotation): void {
  const ids = new Set<string>();
  for (const claim of annotation.claims) {
    if (ids.has(claim.id)) throw new CorpusError(where, `claim id ${claim.id} is used twice`);
    ids.add(claim.id);
  }
  const conflictIds = new Set<string>();
  const sets: Array<[string, string[][]]> = [
    ...annotation.conflicts.map((conflict): [string, string[][]] => {
      if (conflictIds.has(conflict.id)) throw new CorpusError(where, `conflict id ${conflict.id} is used twice`);
      if (ids.has(conflict.id)) throw new CorpusError(where, `conflict id ${conflict.id} is also a claim id`);
      conflictIds.add(conflict.id);
      return [`conflict ${conflict.id}`, conflict.sides];
    }),
    ...annotation.notConflicts.map((entry, i): [string, string[][]] => [`notConflicts[${i}]`, entry.sides]),
  ];
  for (const [label, sides] of sets) {
    if (sides.length !== 2 || sides.some((side) => side.length === 0)) throw new CorpusError(where, `${label}: needs two non-empty sides`);
    for (const claimId of sides.flat()) {
      if (!ids.has(claimId)) throw new CorpusError(where, `${label}: no claim ${claimId}`);
    }
    if (sides[0]!.some((claimId) => sides[1]!.includes(claimId))) throw new CorpusError(where, `${label}: a claim on both sides`);
  }
  for (const [name, forms] of Object.entries(annotation.aliases ?? {})) {
    if (!Array.isArray(forms) || forms.some((form) => typeof form !== 'string' || form.trim() === '')) {
      throw new CorpusError(where, `aliases of "${name}" must be non-empty strings`);
    }
  }
}

function readJson(file: string): unknown {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch {
    throw new CorpusError(display(file), 'cannot be read');
  }
  try {
    return JSON.parse(content) as unknown;
  } catch (error) {
    throw new CorpusError(display(file), `not valid JSON: ${(error as Error).message}`);
  }
}

// A small structural check of the parsed JSON, so a typo is an error naming the file, not a wrong score.

type Check = (value: unknown, path: string) => void;

function parseAnnotation(where: string, value: unknown): TextAnnotation {
  const fail = (path: string, expected: string): never => {
    throw new CorpusError(where, `${path || 'the file'} must be ${expected}`);
  };
  const string: Check = (v, p) => void (typeof v === 'string' && v.length > 0 ? v : fail(p, 'a non-empty string'));
  const nullableString: Check = (v, p) => void (v === null || (typeof v === 'string' && v.trim() !== '') ? v : fail(p, 'a string or null'));
  const sides: Check = (v, p) => {
    if (!Array.isArray(v)) fail(p, 'an array of arrays of claim ids');
    (v as unknown[]).forEach((side, i) => {
      if (!Array.isArray(side)) fail(`${p}[${i}]`, 'an array of claim ids');
      (side as unknown[]).forEach((id, j) => string(id, `${p}[${i}][${j}]`));
    });
  };
  const object = (v: unknown, p: string, fields: Record<string, Check>, optional: Record<string, Check> = {}): void => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(p, 'an object');
    const record = v as Record<string, unknown>;
    for (const [key, check] of Object.entries(fields)) {
      if (!(key in record)) fail(`${p}.${key}`, 'present');
      check(record[key], `${p}.${key}`);
    }
    for (const [key, check] of Object.entries(optional)) if (key in record) check(record[key], `${p}.${key}`);
    for (const key of Object.keys(record)) if (!(key in fields) && !(key in optional)) fail(`${p}.${key}`, 'a known field (unknown key)');
  };
  const array =
    (item: Check): Check =>
    (v, p) => {
      if (!Array.isArray(v)) fail(p, 'an array');
      (v as unknown[]).forEach((entry, i) => item(entry, `${p}[${i}]`));
    };
  const claim: Check = (v, p) =>
    object(
      v,
      p,
      {
        id: string,
        span: string,
        checkWorthy: (b, q) => void (typeof b === 'boolean' ? b : fail(q, 'true or false')),
        speaker: nullableString,
        organisation: nullableString,
        outlet: nullableString,
      },
      {
        occurrence: (n, q) => void (Number.isInteger(n) && (n as number) >= 0 ? n : fail(q, 'a non-negative integer')),
        patterns: array(
          (t, q) => void (typeof t === 'string' && t in PATTERNS ? t : fail(q, `one of ${Object.keys(PATTERNS).join(', ')}`)),
        ),
      },
    );
  object(
    value,
    '',
    {
      text: string,
      shape: string,
      claims: array(claim),
      conflicts: array((v, p) =>
        object(v, p, {
          id: string,
          kind: (k, q) => void (CONFLICT_KINDS.includes(k as never) ? k : fail(q, CONFLICT_KINDS.join(' or '))),
          sides,
          note: string,
        }),
      ),
      notConflicts: array((v, p) => object(v, p, { sides, reason: string })),
    },
    {
      aliases: (v, p) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(p, 'an object of name → forms');
      },
    },
  );
  return value as TextAnnotation;
}

function parseMatching(where: string, value: unknown): MatchingAnnotation {
  const fail = (message: string): never => {
    throw new CorpusError(where, message);
  };
  if (typeof value !== 'object' || value === null) fail('must be an object { pairs, nonPairs }');
  const record = value as Record<string, unknown>;
  for (const key of ['pairs', 'nonPairs']) {
    const list = record[key];
    if (!Array.isArray(list)) fail(`${key} must be an array`);
    (list as unknown[]).forEach((ref, i) => {
      const r = ref as Record<string, unknown> | null;
      if (!r || typeof r.a !== 'string' || typeof r.b !== 'string') fail(`${key}[${i}] needs "a" and "b" ("<text id>#<claim id>")`);
    });
  }
  return value as MatchingAnnotation;
}

function display(file: string): string {
  return relative(process.cwd(), file) || file;
}
