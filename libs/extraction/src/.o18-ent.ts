import { findEntities } from './entities/find-entities';
const t = process.argv[2]!;
console.log(JSON.stringify(findEntities(t).map((e: any) => [e.type, e.text])));
