/**
 * How much two threads gain on this machine for three kinds of work, measured in one run:
 * a pure arithmetic loop, an allocation-heavy loop and random reads over a 64 MB array.
 * Text analysis is mostly the last two, which is what caps `--jobs 2` here.
 *
 *   npx tsx bench/threads.ts
 */
import { Worker } from 'node:worker_threads';

const WORK: Record<string, string> = {
  arithmetic: 'let x = 0; for (let i = 0; i < 4e8; i++) x = (x * 31 + i) | 0;',
  'allocation-heavy': "let keep = []; for (let i = 0; i < 3e6; i++) { keep.push({ a: i, b: 'x' + i }); if (keep.length > 1e5) keep = []; }",
  'random reads over 64 MB': 'const a = new Int32Array(1 << 24); let x = 1; for (let i = 0; i < 3e7; i++) { x = (x * 1103515245 + 12345) & ((1 << 24) - 1); a[x]++; }',
};

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

async function once(body: string, threads: 1 | 2): Promise<number> {
  const run = new Function(body) as () => void;
  const start = performance.now();
  if (threads === 1) {
    run();
    run();
  } else {
    const worker = new Worker(`const { parentPort } = require('node:worker_threads'); ${body}; parentPort.postMessage(0);`, { eval: true });
    const done = new Promise((resolve) => worker.once('message', resolve));
    run();
    await done;
    await worker.terminate();
  }
  return performance.now() - start;
}

process.stdout.write('the same job twice: one thread in turn, or two threads at once (medians of 3)\n\n');
for (const [name, body] of Object.entries(WORK)) {
  const one: number[] = [];
  const two: number[] = [];
  for (let r = 0; r < 3; r++) {
    one.push(await once(body, 1));
    two.push(await once(body, 2));
  }
  process.stdout.write(`${name.padEnd(24)} one thread ${median(one).toFixed(0).padStart(5)} ms  two threads ${median(two).toFixed(0).padStart(5)} ms  speed-up ${(median(one) / median(two)).toFixed(2)}\n`);
}
