/**
 * How long a clean post's send takes to reach the page, with and without PostPause: the time from the
 * input event (click on Post, or Ctrl+Enter) to the page's own send handler. Figures are written to
 * tests/e2e/.artifacts/x-send-latency.json and printed; the assertion is a generous budget so a busy
 * 2-core machine does not make it flaky, while a real regression (analysis on the main path taking
 * tens of milliseconds) still fails.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ARTIFACTS, launchBrowser, type TestBrowser } from './harness.ts';
import { siteFixtures } from '../fixtures/sites/build.ts';

const ROUNDS = 6;
const SHORT = 'Lovely sunny day for a walk by the river with the dog.';
const LONG = `${'We had a lovely walk by the river this afternoon and the weather held all day long. '.repeat(24)}`.trim();

const results: Record<string, Record<string, { median: number; first: number; max: number; all: number[] }>> = {};

afterAll(() => {
  writeFileSync(resolve(ARTIFACTS, 'x-send-latency.json'), `${JSON.stringify(results, null, 2)}\n`);
  const table = Object.entries(results).flatMap(([who, rows]) => Object.entries(rows).map(([k, v]) => `${who.padEnd(18)} ${k.padEnd(22)} median ${v.median} ms, first ${v.first} ms, max ${v.max} ms`));
  console.log(`clean send latency (input event -> page send handler):\n${table.join('\n')}`);
});

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  const r = (n: number) => Math.round(n * 100) / 100;
  // The first send in a fresh page is reported apart: it may pay for rules loading lazily.
  return { median: r(at(0.5)), first: r(xs[0]!), max: r(s[s.length - 1]!), all: xs.map(r) };
}

async function measure(b: TestBrowser, text: string, how: 'click' | 'key'): Promise<number[]> {
  const page: Page = await b.open('https://x.com/compose/post');
  await page.waitForFunction(() => window.__fixtureReady === true);
  const box = page.getByTestId('tweetTextarea_0');
  for (let i = 0; i < ROUNDS; i++) {
    await box.click();
    // One insertion, like a paste, then send at once: PostPause analyses at send time (no cached result).
    await page.keyboard.insertText(`${text} ${i}`);
    if (how === 'click') await page.getByTestId('tweetButton').click();
    else await page.keyboard.press('Control+Enter');
    await page.waitForFunction((n) => window.__sent.length === n, i + 1);
  }
  const sent = await page.evaluate(() => window.__sent);
  expect(sent).toHaveLength(ROUNDS);
  expect(sent[0]).toBe(`${text} 0`);
  const latency = await page.evaluate(() => window.__sendLatency);
  await page.close();
  return latency;
}

describe('clean send latency on X', () => {
  it('PostPause adds little to a clean send (click and Ctrl+Enter, short and long posts)', async () => {
    const { x } = await siteFixtures();
    for (const withExtension of [false, true]) {
      const b = await launchBrowser({ sites: [x!], extension: withExtension });
      const label = withExtension ? 'with PostPause' : 'without PostPause';
      results[label] = {};
      try {
        for (const [name, text] of [['short', SHORT], ['long', LONG]] as const) {
          results[label][`${name} post, click`] = stats(await measure(b, text, 'click'));
          results[label][`${name} post, Ctrl+Enter`] = stats(await measure(b, text, 'key'));
        }
      } finally {
        await b.close();
      }
    }
    for (const [k, v] of Object.entries(results['with PostPause']!)) {
      const base = results['without PostPause']![k]!;
      expect(v.median - base.median, k).toBeLessThan(50);
    }
  }, 240_000);
});
