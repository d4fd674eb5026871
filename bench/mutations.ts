// Mutation harness: plant one edit at a time and check it is flagged, and nothing else is.
// Usage: npx tsx bench/mutations.ts [suite...]
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSuites, runSuite } from './mutation-harness.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const suites = loadSuites(root);
const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(suites);
let total = 0;
let detected = 0;
let collateral = 0;
for (const name of names) {
  const outcomes = runSuite(root, suites[name]!);
  for (const o of outcomes) {
    total++;
    if (o.detected) detected++;
    collateral += o.collateral.length;
    const m = o.mutation;
    console.log(`${o.detected ? 'hit ' : 'MISS'} ${name.padEnd(9)} ${m.kind.padEnd(8)} ${m.file}: ${JSON.stringify(m.find)} -> ${JSON.stringify(m.replace)}${o.note ? `  (${o.note})` : ''}`);
    for (const c of o.collateral) console.log(`     collateral conflict: ${c}`);
  }
}
console.log(`\n${detected}/${total} mutations detected (${((100 * detected) / Math.max(1, total)).toFixed(1)}%), ${collateral} collateral conflicts`);
