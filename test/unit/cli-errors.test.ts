import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '../../src/cli.js';
import { SAMPLE } from '../helpers.js';

function io(stdout: (t: string) => void): CliIO & { err: string[] } {
  const err: string[] = [];
  return { stdout, stderr: (t) => err.push(t), env: {}, stdoutIsTTY: false, columns: undefined, err };
}

describe('an internal error', () => {
  const failingWrite = (): void => {
    throw new Error('write failed: no space left on device');
  };

  it('prints one line asking for a bug report and exits 2, without a stack', async () => {
    const x = io(failingWrite);
    expect(await main([SAMPLE, '--format', 'json'], x)).toBe(2);
    expect(x.err.join('')).toMatch(/^reconcile: internal error: write failed: no space left on device\. This is a bug; please report it with the command you ran\.\n$/);
  });

  it('adds the stack with --debug', async () => {
    const x = io(failingWrite);
    expect(await main([SAMPLE, '--format', 'json', '--debug'], x)).toBe(2);
    expect(x.err.join('')).toMatch(/\n\s+at /);
  });
});
