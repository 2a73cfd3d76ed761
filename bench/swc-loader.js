// Loads the extraction benchmarks' TypeScript the way the worker's build runs the engine: each file compiled once by
// swc to plain CommonJS, and nothing else kept in memory. @swc-node/register, which the other scripts use, holds the
// TypeScript compiler (about 18 MB) and every module's inline source map in the heap: the engine's live heap is about
// 65 MB compiled by tsc and run with --enable-source-maps, as the worker runs its build, and about 110 MB under that loader, and the
// old generation's marking, which a wall-clock benchmark of the engine counts, grows with the live heap.
// Run: node -r ./bench/swc-loader.js bench/extraction/run.ts
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { transformSync } = require('@swc/core');

const ROOT = join(__dirname, '..');
// tsconfig.json's paths: @factdesk/<name> is libs/<name>/src.
const ALIAS = /^@factdesk\/([a-z-]+)$/;

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  const alias = ALIAS.exec(request);
  return resolveFilename.call(this, alias ? join(ROOT, 'libs', alias[1], 'src') : request, ...rest);
};

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    sourceMaps: false,
    module: { type: 'commonjs' },
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
    },
  });
  module._compile(code, filename);
};
