import { describe, expect, it } from 'vitest';
import { checkFormatters } from '../../src/check/formatters.js';
import { CHECK_FORMATS } from '../../src/cli.js';

describe('check --format choices', () => {
  it('list exactly the check formatters, so help and code never drift apart', () => {
    expect([...CHECK_FORMATS].sort()).toEqual(Object.keys(checkFormatters).sort());
  });
});
