import fs from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** File name endings read as articles. */
export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm'] as const;
/** The ignore file honoured at the root of every folder argument (gitignore syntax). */
export const IGNORE_FILE = '.reconcileignore';

/** A file found by the walk, or a path that could not be used. */
export type Found =
  | { kind: 'file'; id: string; path: string }
  | { kind: 'skipped'; id: string; path: string; reason: string };

function isArticle(name: string): boolean {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}

function loadIgnore(root: string): Ignore | null {
  try {
    return ignore().add(fs.readFileSync(path.join(root, IGNORE_FILE), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Find the article files under each path argument, in a stable sorted order.
 * Folders are walked recursively; symlinks are followed, but a folder already
 * visited (by its real path) is never entered twice, so links cannot loop.
 * A path that does not exist is reported as skipped, not thrown. The calls are
 * synchronous: a feed is thousands of small files, and each asynchronous call costs
 * a round trip to the thread pool that takes longer than the read itself.
 */
export function findArticles(args: readonly string[]): Found[] {
  const found: Found[] = [];
  for (const arg of args) {
    let stat;
    try {
      stat = fs.statSync(arg);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const reason = code === 'ENOENT' ? (isDanglingLink(arg) ? 'dangling symlink' : 'no such file or folder') : `cannot read (${code ?? 'error'})`;
      found.push({ kind: 'skipped', id: path.basename(arg), path: arg, reason });
      continue;
    }
    if (stat.isDirectory()) {
      const ig = loadIgnore(arg);
      const visited = new Set<string>();
      walkDir(arg, arg, ig, visited, found);
    } else {
      found.push({ kind: 'file', id: path.basename(arg), path: arg });
    }
  }
  return found;
}

function isDanglingLink(p: string): boolean {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

function walkDir(root: string, dir: string, ig: Ignore | null, visited: Set<string>, found: Found[]): void {
  let real: string;
  try {
    real = fs.realpathSync(dir);
  } catch {
    return;
  }
  if (visited.has(real)) return;
  visited.add(real);
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    const rel = toPosix(path.relative(root, dir)) || '.';
    found.push({ kind: 'skipped', id: rel, path: dir, reason: `cannot read folder (${(err as NodeJS.ErrnoException).code ?? 'error'})` });
    return;
  }
  // Sort by code unit, not locale, so the order is the same on every machine.
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    const rel = toPosix(path.relative(root, full));
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = fs.statSync(full);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (err) {
        if (isArticle(entry.name)) {
          const code = (err as NodeJS.ErrnoException).code;
          const reason = code === 'ELOOP' ? 'symlink loop' : code === 'ENOENT' ? 'dangling symlink' : `cannot follow symlink (${code ?? 'error'})`;
          found.push({ kind: 'skipped', id: rel, path: full, reason });
        }
        continue;
      }
    }
    if (ig && ig.ignores(isDir ? `${rel}/` : rel)) continue;
    if (isDir) walkDir(root, full, ig, visited, found);
    else if (isFile && isArticle(entry.name)) found.push({ kind: 'file', id: rel, path: full });
  }
}
