/**
 * How soon PostPause's own pages (popup, options, checklist, welcome) show their content, measured inside
 * each page from its navigation start, beside a static extension page in the same run.
 *
 *   npm run build && ONLY=pages npm run bench:page      # from page-load.ts
 *   npm run build && npx tsx tests/bench/page-open.ts    # on its own; RUNS=20, PAGES=popup.html,options.html
 *
 * What is timed, and from when: every figure is a performance-timeline entry of the page itself, so it
 * counts from the page's own navigation start (performance.timeOrigin) to a moment the page itself records.
 * (The measure this replaces read performance.now() when Playwright's polling predicate first ran, which
 * Playwright starts only after page.goto() has seen the load event and it has set up its own script in the
 * page: the harness's round trips, the same for every page, were most of its 741 ms for the static page.)
 *   - html:    navigation timing responseEnd (the page's HTML has arrived from the extension),
 *   - fcp:     first contentful paint (paint timing; a "Loading…" line counts, so this alone is not enough),
 *   - content: the page's mark "postpause:content", set when its real content is rendered (the checklist in
 *              the popup, the settings form in options, ...; components/page-marks.ts), checked here
 *              against a selector for that content,
 *   - shown:   "postpause:content-shown", a task queued from the next animation frame after `content`:
 *              the frame with the content has been painted,
 *   - settled: (options) "postpause:settled": the school's policy is known and every setting's lock final.
 * First open: a fresh profile (the extension just installed; its welcome tab opens by itself and is left
 * to load, as for a real user), one page opened. Again: the same page opened a second time in that
 * profile once the first open has settled. Each run is a new browser; pages are taken in turn within a
 * run so load on the shared machine falls on all of them alike. guide.html, rendered from bundled data
 * with no storage read, is the baseline: what opening any page of this extension costs in this browser.
 */
import { availableParallelism, loadavg } from 'node:os';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from '../e2e/harness.ts';

export interface PageSpec {
  path: string;
  /** The page's real content (not a placeholder). */
  content: string;
  /** While this matches, the page is showing content that may still change (a provisional answer). */
  pending?: string;
  /** A static page: the baseline. */
  baseline?: boolean;
}

export const PAGES: readonly PageSpec[] = [
  { path: 'guide.html', content: 'main h1', baseline: true },
  { path: 'popup.html', content: '.ppc-actions' },
  { path: 'options.html', content: '[data-setting="reminderIntervalDays"] input', pending: '[data-testid="policy-pending"]' },
  { path: 'checklist.html', content: '.ppc-actions' },
  { path: 'welcome.html', content: '[data-testid="start"]' },
];

interface OpenTimes {
  html: number;
  fcp: number;
  content: number;
  shown: number;
  settled: number;
}

async function timesOf(page: Page, spec: PageSpec): Promise<OpenTimes> {
  const got = await page.waitForFunction(
    (spec) => {
      // No helper functions in here: tsx would wrap them in a __name() the page does not have.
      const [fcp, content, shown, settledMark] = ['first-contentful-paint', 'postpause:content', 'postpause:content-shown', 'postpause:settled'].map(
        (name) => performance.getEntriesByName(name)[0]?.startTime,
      );
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      const settled = spec.pending ? settledMark : content;
      if (fcp === undefined || !nav || content === undefined || shown === undefined || settled === undefined) return false;
      // The mark must mean what it says: the real content is on the page, not a placeholder.
      if (!document.querySelector(spec.content)) throw new Error(`${location.pathname}: content marked but ${spec.content} is not on the page`);
      return { html: nav.responseEnd, fcp, content, shown, settled };
    },
    spec,
    { timeout: 30_000, polling: 100 },
  );
  return (await got.jsonValue()) as OpenTimes;
}

async function open(b: TestBrowser, spec: PageSpec): Promise<OpenTimes> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/${spec.path}`, { waitUntil: 'commit' });
  const t = await timesOf(page, spec);
  await page.close();
  return t;
}

/** The welcome tab the extension opens on install (or null if it has not within a few seconds). */
async function welcomeTab(b: TestBrowser): Promise<Page | null> {
  const found = b.context.pages().find((p) => p.url().endsWith('/welcome.html'));
  if (found) return found;
  return b.context.waitForEvent('page', { predicate: (p) => p.url().endsWith('/welcome.html'), timeout: 10_000 }).catch(() => null);
}

export interface PageOpenResult {
  spec: PageSpec;
  first: OpenTimes[];
  again: OpenTimes[];
}

export async function measurePageOpens(opts: { runs?: number; pages?: readonly PageSpec[] } = {}): Promise<PageOpenResult[]> {
  const runs = Math.max(10, opts.runs ?? 10);
  const pages = opts.pages ?? PAGES;
  const results = pages.map((spec) => ({ spec, first: [] as OpenTimes[], again: [] as OpenTimes[] }));
  for (let run = 0; run < runs; run++) {
    // Rotate the order each run: no page always comes first (or last) after a launch.
    for (let k = 0; k < results.length; k++) {
      const r = results[(k + run) % results.length]!;
      const b = await launchBrowser();
      try {
        const welcome = await welcomeTab(b);
        if (r.spec.path === 'welcome.html') {
          if (!welcome) throw new Error('the welcome page did not open on install');
          r.first.push(await timesOf(welcome, r.spec));
        } else {
          await welcome?.waitForLoadState('load');
          r.first.push(await open(b, r.spec));
        }
        r.again.push(await open(b, r.spec));
      } finally {
        await b.close();
      }
    }
  }
  return results;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo]! + (s[Math.ceil(i)]! - s[lo]!) * (i - lo);
};

/** Markdown tables: medians with the interquartile range and the extremes. */
export function pageOpenReport(results: readonly PageOpenResult[]): string {
  const runs = Math.min(...results.map((r) => r.first.length));
  const stat = (xs: number[]) =>
    `${median(xs).toFixed(0)} (${quantile(xs, 0.25).toFixed(0)}–${quantile(xs, 0.75).toFixed(0)}; ${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
  const base = results.find((r) => r.spec.baseline);
  const lines = [
    `\n## Extension pages: navigation start to content, ${runs} runs (each a fresh profile: first open after install, then opened again)`,
    'ms from the page\'s navigation start; median (interquartile range; min–max). shown = content painted (a task queued from the frame after it is in the DOM);',
    'settled = the school\'s policy known (options: no "Checking for settings…" left). "over baseline": median shown minus the static page\'s.',
    `Machine load average now (1, 5 min): ${loadavg()
      .slice(0, 2)
      .map((x) => x.toFixed(1))
      .join(', ')} on ${availableParallelism()} cores: compare within one run.`,
  ];
  for (const which of ['first', 'again'] as const) {
    lines.push(`\n### ${which === 'first' ? 'First open after install' : 'Opened again (same profile)'}`);
    lines.push('| page | html arrived | first contentful paint | content shown | over baseline | settled |');
    lines.push('|---|---|---|---|---|---|');
    for (const r of results) {
      const xs = r[which];
      const over = base && !r.spec.baseline ? `${(median(xs.map((t) => t.shown)) - median(base[which].map((t) => t.shown))).toFixed(0)}` : r.spec.baseline ? '(baseline)' : '';
      const settled = r.spec.pending ? stat(xs.map((t) => t.settled)) : '=';
      lines.push(`| ${r.spec.path} | ${stat(xs.map((t) => t.html))} | ${stat(xs.map((t) => t.fcp))} | **${stat(xs.map((t) => t.shown))}** | ${over} | ${settled} |`);
    }
  }
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const only = process.env.PAGES?.split(',');
  const pages = only ? PAGES.filter((p) => p.baseline || only.includes(p.path)) : PAGES;
  console.log(pageOpenReport(await measurePageOpens({ runs: Number(process.env.RUNS ?? 10), pages })));
}
