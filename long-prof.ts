import { readFileSync } from 'node:fs';
import { extract } from '@factdesk/extraction';
const fixture = readFileSync('../shared/fixtures/aleppo-2016-12.txt', 'utf8');
const n = Number(process.argv[2] ?? 100);
const big = (fixture + '\n').repeat(n);
extract(fixture);
const t = performance.now();
extract(big);
console.log(n, 'copies', big.length, 'chars', (performance.now() - t).toFixed(0), 'ms');
