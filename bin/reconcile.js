#!/usr/bin/env node
// Thin entry point: the CLI lives in src/cli.ts and returns an exit code.
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  columns: process.stdout.columns,
});
