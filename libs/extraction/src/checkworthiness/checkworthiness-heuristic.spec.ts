import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { splitSentences } from '../sentence-splitter';
import { CHECKWORTHINESS_FEATURE_NAMES, extractCheckworthinessFeatures, type CheckworthinessFeatures } from './checkworthiness-features';
import {
  CHECKWORTHINESS_BIAS,
  CHECKWORTHINESS_WEIGHTS,
  CHECKWORTHY_THRESHOLD,
  scoreCheckworthiness,
  scoreCheckworthinessFeatures,
} from './checkworthiness-heuristic';

const FIXTURE = path.resolve(__dirname, '../../../../../shared/fixtures/aleppo-2016-12.txt');
const README = path.resolve(__dirname, '../../README.md');

const score = (sentence: string): number => scoreCheckworthiness(sentence).score;

describe('CHECKWORTHY_THRESHOLD', () => {
  it('is the logistic midpoint', () => {
    expect(CHECKWORTHY_THRESHOLD).toBe(0.5);
  });

  it('leaves a sentence with no signal below it and a bare fact with numbers above it', () => {
    expect(score('The weather was nice and everyone was there and it was fine today anyway.')).toBeLessThan(CHECKWORTHY_THRESHOLD);
    expect(score('Airstrikes killed 45 civilians in Idlib on Sunday.')).toBeGreaterThan(CHECKWORTHY_THRESHOLD);
  });
});

describe('scoreCheckworthiness', () => {
  it('returns a score in [0, 1] and the features it used', () => {
    for (const sentence of ['', '?', 'Hi.', 'x'.repeat(5000), 'More than 1,000,000 people, 50% of them children, left on 5 May 2016.']) {
      const { score: s, features } = scoreCheckworthiness(sentence);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
      expect(Object.keys(features).sort()).toEqual([...CHECKWORTHINESS_FEATURE_NAMES].sort());
    }
  });

  it('scores a numeric factual claim above an opinion question', () => {
    const factual = score('Russian airstrikes killed 3,179 civilians in eastern Aleppo in November.');
    const opinion = score('Do you think we should hope for peace?');
    expect(factual).toBeGreaterThan(CHECKWORTHY_THRESHOLD);
    expect(opinion).toBeLessThan(CHECKWORTHY_THRESHOLD);
    expect(factual - opinion).toBeGreaterThan(0.5);
  });

  it('moves the score in the documented direction for each kind of signal', () => {
    const base = 'The government closed the border crossing near the city.';
    expect(score('The government closed 12 border crossings near the city.')).toBeGreaterThan(score(base));
    expect(score('I think the government closed the border crossing near the city.')).toBeLessThan(score(base));
    expect(score('The government may have closed the border crossing near the city.')).toBeLessThan(score(base));
    expect(score('Did the government close the border crossing near the city?')).toBeLessThan(score(base));
    expect(score('The government closed the border crossing near the city because of the fighting.')).toBeGreaterThan(score(base));
    expect(score('The government closed the largest border crossing near the city.')).toBeGreaterThan(score(base));
    expect(score('The government closed the border crossing near Aleppo on Monday.')).toBeGreaterThan(score(base));
    expect(score('It closed.')).toBeLessThan(score(base));
  });

  it('is the logistic of the bias plus the weighted features', () => {
    const zero = Object.fromEntries(CHECKWORTHINESS_FEATURE_NAMES.map((name) => [name, 0])) as unknown as CheckworthinessFeatures;
    expect(scoreCheckworthinessFeatures(zero)).toBeCloseTo(1 / (1 + Math.exp(-CHECKWORTHINESS_BIAS)), 10);
    const withQuantity = { ...zero, quantity: 1 };
    expect(scoreCheckworthinessFeatures(withQuantity)).toBeCloseTo(
      1 / (1 + Math.exp(-(CHECKWORTHINESS_BIAS + CHECKWORTHINESS_WEIGHTS.quantity))),
      10,
    );
  });

  it('has its weights written down in the README', () => {
    const readme = readFileSync(README, 'utf8');
    for (const [name, weight] of Object.entries(CHECKWORTHINESS_WEIGHTS)) {
      expect(readme).toMatch(new RegExp(`\\|\\s*\`${name}\`\\s*\\|\\s*${weight > 0 ? '\\+' : '−'}${Math.abs(weight).toFixed(1)}\\s*\\|`));
    }
    expect(readme).toContain(`bias ${CHECKWORTHINESS_BIAS < 0 ? '−' : '+'}${Math.abs(CHECKWORTHINESS_BIAS).toFixed(1)}`);
    expect(readme).toContain(`CHECKWORTHY_THRESHOLD = ${CHECKWORTHY_THRESHOLD}`);
  });
});

describe('extractCheckworthinessFeatures', () => {
  it('finds quantities in many shapes but not dates or durations', () => {
    for (const sentence of [
      '3,179 people left.',
      'Over 80,000 Syrians were freed.',
      'As little as one percent of aid arrives.',
      'Tens of thousands of civilians fled.',
      'It cost $1.2bn.',
      'Two soldiers died.',
      'Some 5% of the budget went missing.',
    ]) {
      expect({ sentence, quantity: extractCheckworthinessFeatures(sentence).quantity }).toEqual({ sentence, quantity: 1 });
    }
    for (const sentence of [
      'The war began in 2011.',
      'Over the past 24 hours the city was calm.',
      'Talks resume on 5 December.',
      'We met at 10:30.',
    ]) {
      const f = extractCheckworthinessFeatures(sentence);
      expect({ sentence, quantity: f.quantity, dateOrTime: f.dateOrTime }).toEqual({ sentence, quantity: 0, dateOrTime: 1 });
    }
  });

  it('counts names but not the first word, function words or dates', () => {
    expect(extractCheckworthinessFeatures('Moscow said nothing.').entities).toBe(0);
    expect(extractCheckworthinessFeatures('On Monday the rebels left.').entities).toBe(0);
    expect(extractCheckworthinessFeatures('Damascus blamed Russia and Iran.').entities).toBe(2);
    expect(extractCheckworthinessFeatures('He met the Syrian Army chief, Russia, Iran and Turkey.').entities).toBe(3);
  });

  it('sets attribution aside before looking at the content', () => {
    const f = extractCheckworthinessFeatures('It’s a common task,” Bogdanov said on Wednesday, as quoted by RIA news agency.');
    expect(f).toMatchObject({ attributed: 1, entities: 0, dateOrTime: 0, shortness: 1 });
    const trailing = extractCheckworthinessFeatures('The strikes were paused in the north, Spiegel Online reported on Monday.');
    expect(trailing).toMatchObject({ attributed: 1, entities: 0, dateOrTime: 0 });
    const leading = extractCheckworthinessFeatures('On Monday, the Reconciliation Center reported that 500 fighters surrendered.');
    expect(leading).toMatchObject({ attributed: 1, entities: 0, quantity: 1, eventVerb: 1 });
  });

  it('recognises opinion, hedging, questions and intention', () => {
    expect(extractCheckworthinessFeatures('We are hoping for this, yes, indeed.')).toMatchObject({
      firstPersonOpinion: 1,
      hedge: 1,
      personalPronoun: 1,
    });
    expect(extractCheckworthinessFeatures('I’m sure it went well.').firstPersonOpinion).toBe(1);
    expect(extractCheckworthinessFeatures('He was asked if it could be resolved.')).toMatchObject({ indirectQuestion: 1, hedge: 1 });
    expect(extractCheckworthinessFeatures('Why?').question).toBe(1);
    expect(extractCheckworthinessFeatures('The army will retake the city next year.').forwardLooking).toBe(1);
    expect(extractCheckworthinessFeatures('Theresa May spoke on Monday.').hedge).toBe(0);
  });
});

describe('scoreCheckworthiness on the Aleppo fixture', () => {
  const sentences = splitSentences(readFileSync(FIXTURE, 'utf8')).map((s) => s.text);
  const find = (start: string): string => {
    const found = sentences.find((s) => s.startsWith(start));
    if (!found) throw new Error(`no sentence starts with ${start}`);
    return found;
  };

  it.each([
    '3,179 people',
    '“The most important thing',
    'Many of them at long last',
    'Those Syrians had been serving',
    'Damascus and “its supporters',
    'The strikes, according to',
    'On Monday, the Russian-run',
    'At the same time, Moscow',
  ])('scores "%s…" as check-worthy', (start) => {
    expect(score(find(start))).toBeGreaterThanOrEqual(CHECKWORTHY_THRESHOLD);
  });

  it.each(['The high-ranking diplomat', 'It’s a common task', '“We are hoping for this'])('scores "%s…" below the threshold', (start) => {
    expect(score(find(start))).toBeLessThan(CHECKWORTHY_THRESHOLD);
  });
});
