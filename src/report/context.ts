import { isNameType, type ClaimGroup, type Report } from '../types.js';

/** A report's groups as the human formats show them: conflicts, agreed facts, names, single-source. */
export interface Sections {
  conflicts: ClaimGroup[];
  facts: ClaimGroup[];
  names: ClaimGroup[];
  singles: ClaimGroup[];
}

/** Split groups into the sections every human-readable format prints, in report order. */
export function sections(report: Report): Sections {
  const agreements = report.groups.filter((g) => g.status === 'agreement');
  return {
    conflicts: report.groups.filter((g) => g.status === 'conflict'),
    facts: agreements.filter((g) => !isNameType(g.type)),
    names: agreements.filter((g) => isNameType(g.type)),
    singles: report.groups.filter((g) => g.status === 'single-source'),
  };
}

/** What a formatter may know about where its output goes. Formatters never print or exit. */
export interface FormatContext {
  /** Emit colour codes. Decided once from TTY, NO_COLOR and FORCE_COLOR. */
  color: boolean;
  /** Maximum line width for terminal layouts. */
  width: number;
  /** List single-source claims instead of collapsing them. */
  all: boolean;
}

/** Default terminal width when output is piped and COLUMNS is unset. */
export const DEFAULT_WIDTH = 120;

/**
 * Decide colour and width from the environment, the way terminal tools agree to:
 * NO_COLOR (any non-empty value) wins, then FORCE_COLOR, then whether stdout is a TTY.
 */
export function terminalContext(env: NodeJS.ProcessEnv, isTTY: boolean, columns: number | undefined, all = false): FormatContext {
  const noColor = env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '';
  const force = env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0' && env['FORCE_COLOR'] !== 'false';
  const envCols = Number(env['COLUMNS']);
  const width = isTTY && columns ? columns : Number.isFinite(envCols) && envCols >= 40 ? envCols : DEFAULT_WIDTH;
  return { color: !noColor && (force || isTTY), width, all };
}
