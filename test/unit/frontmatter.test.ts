import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/ingest/frontmatter.js';

describe('readFrontMatter', () => {
  it('reads title, source, published and url and starts the body after the fence', () => {
    const text = '---\ntitle: Quake hits valley\nsource: Valley Courier\npublished: 2024-03-12\nurl: https://example.com/q\n---\nBody starts here.\n';
    const fm = readFrontMatter(text);
    expect(fm.meta).toEqual({ title: 'Quake hits valley', outlet: 'Valley Courier', published: '2024-03-12', url: 'https://example.com/q' });
    expect(text.slice(fm.bodyStart)).toBe('Body starts here.\n');
    expect(fm.warnings).toEqual([]);
  });
  it('accepts a full timestamp as the publication date', () => {
    expect(readFrontMatter('---\npublished: 2025-07-04T09:30:00Z\n---\nx').meta.published).toBe('2025-07-04');
  });
  it('reports malformed YAML with line:col and still skips the block', () => {
    const text = '---\ntitle: [unclosed\n---\nBody.';
    const fm = readFrontMatter(text);
    expect(fm.warnings[0]).toMatch(/^\d+:\d+: front matter is not valid YAML/);
    expect(text.slice(fm.bodyStart)).toBe('Body.');
  });
  it('warns about an impossible date', () => {
    expect(readFrontMatter('---\npublished: 2025-02-30\n---\nx').warnings[0]).toMatch(/not a date/);
  });
  it('treats an unclosed fence as text', () => {
    const fm = readFrontMatter('---\ntitle: x\nno closing fence');
    expect(fm.bodyStart).toBe(0);
    expect(fm.warnings[0]).toMatch(/never closed/);
  });
  it('refuses alias bombs', () => {
    const bomb = '---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\nBody.';
    const fm = readFrontMatter(bomb);
    expect(fm.warnings.length).toBe(1);
    expect(fm.meta.title).toBeNull();
  });
});
