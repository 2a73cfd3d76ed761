import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** The example article from the design brief (shared/ sits beside the checkout). */
export const ALEPPO_FIXTURE_PATH = resolve(__dirname, '../../../shared/fixtures/aleppo-2016-12.txt');
export const aleppoFixture = (): string => readFileSync(ALEPPO_FIXTURE_PATH, 'utf8');

let counter = 0;
/** A small, valid, unique article; pass only what a test cares about. */
export function articleInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  counter += 1;
  return {
    title: `Report ${counter}`,
    body: `The ministry said ${1000 + counter} people left the city on Monday. Officials expect ${counter * 7} more by Friday.`,
    ...overrides,
  };
}
