/** The characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet will not run: one that begins with `=`, `+`, `-`, `@`, a tab
 * or a carriage return gets a single quote in front (OWASP's rule); any other is unchanged.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Whether a cell was neutralised (CSV quotes those, so the leading quote stays inside quotes). */
export const NEUTRALISED_CELL = /^'[=+\-@\t\r]/;
