import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/** The project root, for running the real binary. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = path.join(ROOT, 'bin', 'reconcile.js');
export const SAMPLE = path.join(ROOT, 'fixtures', 'sample');
export const CORPORA = path.join(ROOT, 'fixtures', 'corpora');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run the built `reconcile` binary as a user would, with colour off unless asked for. */
export function run(args: string[], options: { cwd?: string; env?: Record<string, string>; input?: string | Buffer } = {}): RunResult {
  const env: Record<string, string> = { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '', NO_COLOR: '1', ...options.env };
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Run the binary and parse its JSON report. */
export function runJson<T = any>(args: string[], options: Parameters<typeof run>[1] = {}): { code: number; json: T; stderr: string } {
  const r = run([...args, '--format', 'json'], options);
  if (!r.stdout.trim()) throw new Error(`no JSON output (exit ${r.code}): ${r.stderr}`);
  return { code: r.code, json: JSON.parse(r.stdout) as T, stderr: r.stderr };
}
