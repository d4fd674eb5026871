import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

const load = createRequire(import.meta.url);
let parser: typeof Yaml | null = null;

/**
 * The YAML library, loaded on first use: most runs read no YAML at all (plain front
 * matter is read directly), and loading it costs a noticeable part of start-up.
 */
export function yaml(): typeof Yaml {
  return (parser ??= load('yaml') as typeof Yaml);
}
