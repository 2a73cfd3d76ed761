// wink-eng-lite-web-model ships WordNet's verb exception list (the lemmas of irregular forms) without typings.
declare module 'wink-eng-lite-web-model/dist/wn-verb-exceptions.js' {
  /** An irregular verb form and its lemma, as wink-nlp's lemmatizer reads them ("taken" → take, "drove" → drive). */
  const exceptions: Readonly<Record<string, string>>;
  export = exceptions;
}
