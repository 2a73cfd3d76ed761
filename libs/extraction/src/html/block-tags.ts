/** Elements that start and end a line of text. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set(
  `address article aside blockquote center dd details dialog div dl dt fieldset figcaption figure footer form
   h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody thead tfoot tr ul caption`.split(/\s+/),
);

/** Table cells: a space between them, not a line each. */
export const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);
