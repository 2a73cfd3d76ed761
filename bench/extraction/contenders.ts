// What the extraction benchmarks compare, defined once: the engine, wink-nlp's sentence, part-of-speech
// and entity pipeline, bare tokenisation by wink-nlp, and the engine's own tokeniser, each on the fixture.
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { extract } from '@factdesk/extraction';
import { tokenize } from '../../libs/extraction/src/tokenizer';
import { FIXTURE_PATH } from '../support';

export const article = readFileSync(FIXTURE_PATH, 'utf8');
// Bare tokenisation: wink-nlp with an empty pipeline does nothing but tokenise.
const wink = winkNLP(model, []);
// What a linguistic engine needs at least: sentences, part-of-speech tags and (numeric) entities.
const winkPipeline = winkNLP(model, ['sbd', 'pos', 'ner']);
const its = winkPipeline.its;

export const contenders = {
  engine: () => void extract(article),
  winkPipeline: () => {
    const doc = winkPipeline.readDoc(article);
    void doc.sentences().length();
    void doc.tokens().out(its.pos).length;
    void doc.entities().out(its.detail).length;
  },
  winkTokens: () => void wink.readDoc(article).tokens().length(),
  ownTokens: () => void tokenize(article),
};

export type Contender = keyof typeof contenders;
