import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPORA, ROOT, run, runJson, SAMPLE } from '../helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) console.warn(`${CHROMIUM} not found: the HTML report browser test is skipped (install the chromium package).`);

/** Refresh a README picture, only on request (UPDATE_DOCS_SCREENSHOTS=1), so a test run never leaves the tree modified. */
async function screenshotForDocs(p: Page, name: string): Promise<void> {
  if (process.env['UPDATE_DOCS_SCREENSHOTS']) await p.screenshot({ path: path.join(ROOT, 'docs', name) });
}

describe.skipIf(!available)('HTML report in a real browser', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'reconcile-html-'));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      // No network at all: the page must be self-contained.
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  function page(corpus: string, name: string): string {
    const out = path.join(dir, name);
    const r = run([corpus, '--format', 'html', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    return out;
  }

  it('shows the sample corpus, filters by status and type, and loads nothing from the network', async () => {
    const file = page(SAMPLE, 'sample.html');
    const p = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const requests: string[] = [];
    p.on('request', (req) => {
      if (!req.url().startsWith('file:')) requests.push(req.url());
    });
    await p.goto(`file://${file}`);
    expect(await p.title()).toMatch(/^Reconcile: /);
    const all = await p.locator('.card:visible').count();
    expect(all).toBeGreaterThan(20);
    await p.getByRole('button', { name: 'Agreements', exact: true }).click();
    const agreements = await p.locator('.card:visible').count();
    expect(agreements).toBeGreaterThan(0);
    expect(agreements).toBeLessThan(all);
    expect(await p.locator('.card:visible[data-status="single-source"]').count()).toBe(0);
    await p.getByRole('button', { name: 'date', exact: true }).click();
    expect(await p.locator('.card:visible').evaluateAll((els) => els.every((e) => (e as HTMLElement).dataset['type'] === 'date'))).toBe(true);
    await p.getByRole('button', { name: 'date', exact: true }).click();
    await p.getByRole('button', { name: 'All', exact: true }).click();
    expect(await p.locator('.card:visible').count()).toBe(all);
    mkdirSync(path.join(ROOT, 'docs'), { recursive: true });
    await screenshotForDocs(p, 'report.png');
    expect(requests).toEqual([]);
    await p.close();
  });

  it('shows each conflict as a card with the competing values side by side, reachable by keyboard', async () => {
    const file = page(path.join(CORPORA, 'quake', 'articles'), 'quake.html');
    const p = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await p.goto(`file://${file}`);
    const conflicts = runJson<{ stats: { conflicts: number } }>([path.join(CORPORA, 'quake', 'articles')]).json.stats.conflicts;
    expect(conflicts).toBeGreaterThanOrEqual(3);
    const cards = p.locator('.card.conflict');
    expect(await cards.count()).toBe(conflicts);
    const money = cards.filter({ hasText: '$40 million' });
    expect(await money.locator('.value h4').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('$4 million'), expect.stringContaining('$40 million')]));
    expect(await money.locator('mark').first().innerText()).toMatch(/\$4 million|\$40 million/);
    await p.getByRole('button', { name: 'Conflicts', exact: true }).click();
    expect(await p.locator('.card:visible').count()).toBe(conflicts);
    // j moves focus from card to card.
    await p.keyboard.press('j');
    const first = await p.evaluate(() => document.activeElement?.id);
    await p.keyboard.press('j');
    const second = await p.evaluate(() => document.activeElement?.id);
    expect(first).toMatch(/^g-/);
    expect(second).toMatch(/^g-/);
    expect(second).not.toBe(first);
    // Each card has an anchor that links to itself.
    const id = await cards.first().getAttribute('id');
    expect(await cards.first().locator('a.anchor').getAttribute('href')).toBe(`#${id}`);
    await screenshotForDocs(p, 'report-conflicts.png');
    await p.close();
  });
});
