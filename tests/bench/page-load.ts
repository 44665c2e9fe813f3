/**
 * What PostPause costs a page that is only read, and how soon it is ready once someone writes.
 *
 *   npm run build && npm run bench:page        # LOADS=12 by default; LOADS=20 npm run bench:page
 *   ONLY=load,pages npm run bench:page          # some parts only (sizes, load, ready, pages)
 *
 * 1. Page load: a bare page served at https://x.com/home (no composer, like reading a feed), loaded
 *    alternately in a browser with the built extension and one without (same run, interleaved). Each load
 *    is traced (CDP Tracing): script compile/evaluation and callbacks attributed to each extension script
 *    URL are summed (overlaps merged) on the page's main thread; Performance.getMetrics gives the page's
 *    script time, main-thread task time and JS heap. Added = median with - median without.
 * 2. Sizes of the content scripts and the engine file, raw and gzip.
 * 3. Focus to engine ready: the X fixture, a composer focused and a post pasted at once; ready is when
 *    PostPause's status badge (drawn after the first analysis) appears, timed inside the page.
 * 4. Popup, options and the other extension pages: navigation start to content, first open after install
 *    and opened again, beside a static page (page-open.ts; RUNS=10 by default).
 *
 * Headless Chromium on a shared machine: figures vary from run to run; compare within one run.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { CHROME_BUILD, launchBrowser, type TestBrowser } from '../e2e/harness.ts';
import { siteFixtures } from '../fixtures/sites/build.ts';
import { measurePageOpens, pageOpenReport } from './page-open.ts';

const LOADS = Math.max(10, Number(process.env.LOADS ?? 12));
const READY_ROUNDS = Math.max(3, Number(process.env.READY_ROUNDS ?? 6));
const HOME = 'https://x.com/home';
const SETTLE_MS = 1500;

const BARE_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Home / X</title></head><body>
<main>${Array.from({ length: 40 }, (_, i) => `<article><p>Post ${i}: a lovely day out with the family, photos to follow.</p></article>`).join('')}</main>
</body></html>`;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; frame?: string; scriptName?: string } };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const ms = (n: number) => `${n.toFixed(1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function traced(page: Page, cdp: CDPSession, url: string): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    categories: ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing'].join(','),
    transferMode: 'ReportEvents',
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/** Main-thread time per extension script URL: union of the complete events that name that URL. */
function extensionTime(events: TraceEvent[]): Map<string, number> {
  const byUrl = new Map<string, [number, number][]>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur) continue;
    const url = e.args?.data?.url ?? e.args?.data?.scriptName;
    if (!url || !/^(chrome|moz)-extension:\/\//.test(url)) continue;
    const key = url.replace(/^chrome-extension:\/\/[^/]+/, '');
    const list = byUrl.get(key) ?? [];
    list.push([e.ts, e.ts + e.dur]);
    byUrl.set(key, list);
  }
  const out = new Map<string, number>();
  for (const [url, spans] of byUrl) {
    spans.sort((a, b) => a[0] - b[0]);
    let total = 0;
    let [start, end] = spans[0]!;
    for (const [s, e] of spans.slice(1)) {
      if (s > end) {
        total += end - start;
        [start, end] = [s, e];
      } else end = Math.max(end, e);
    }
    total += end - start;
    out.set(url, total / 1000);
  }
  return out;
}

interface LoadSample {
  script: number;
  task: number;
  heap: number;
  extension: Map<string, number>;
}

async function loadOnce(b: TestBrowser): Promise<LoadSample> {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const events = await traced(page, cdp, HOME);
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const m = (name: string) => metrics.find((x) => x.name === name)?.value ?? 0;
  await page.close();
  return { script: m('ScriptDuration') * 1000, task: m('TaskDuration') * 1000, heap: m('JSHeapUsedSize'), extension: extensionTime(events) };
}

async function pageLoads(): Promise<void> {
  const routes = { [HOME]: { contentType: 'text/html', body: BARE_PAGE } };
  const withExt = await launchBrowser({ routes });
  const without = await launchBrowser({ routes, extension: false });
  const samples: Record<'with' | 'without', LoadSample[]> = { with: [], without: [] };
  try {
    // One warm-up load each (disk cache, first-run work), not counted.
    await loadOnce(withExt);
    await loadOnce(without);
    for (let i = 0; i < LOADS; i++) {
      const order = i % 2 ? (['without', 'with'] as const) : (['with', 'without'] as const);
      for (const who of order) samples[who].push(await loadOnce(who === 'with' ? withExt : without));
    }
  } finally {
    await withExt.close();
    await without.close();
  }
  const med = (who: 'with' | 'without', k: 'script' | 'task' | 'heap') => median(samples[who].map((s) => s[k]));
  console.log(`\n## Page load: ${HOME} (bare page, read only), ${LOADS} loads with and ${LOADS} without, interleaved; medians`);
  console.log(`| | without | with PostPause | added |`);
  console.log(`|---|---|---|---|`);
  for (const [label, k] of [['script time (ScriptDuration)', 'script'], ['main-thread tasks (TaskDuration)', 'task']] as const) {
    console.log(`| ${label} | ${ms(med('without', k))} | ${ms(med('with', k))} | **${ms(med('with', k) - med('without', k))}** |`);
  }
  console.log(`| JS heap used (after GC) | ${kb(med('without', 'heap'))} | ${kb(med('with', 'heap'))} | **${kb(med('with', 'heap') - med('without', 'heap'))}** |`);
  const urls = new Set(samples.with.flatMap((s) => [...s.extension.keys()]));
  console.log(`\nTraced main-thread time per extension script (median per load; compile, evaluation, callbacks):`);
  if (urls.size === 0) console.log('  (none: no extension script ran on the page)');
  for (const url of urls) console.log(`  ${url.padEnd(34)} ${ms(median(samples.with.map((s) => s.extension.get(url) ?? 0)))}`);
  const total = samples.with.map((s) => [...s.extension.values()].reduce((a, b) => a + b, 0));
  console.log(`  ${'all extension scripts'.padEnd(34)} ${ms(median(total))} (max ${ms(Math.max(...total))})`);
}

function sizes(): void {
  console.log(`\n## Script sizes (${CHROME_BUILD.replace(/^.*\/(\.output\/)/, '$1')})`);
  console.log(`| file | injected | raw | gzip |`);
  console.log(`|---|---|---|---|`);
  const manifest = JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[]; run_at?: string }[] };
  const injected = new Map<string, string>();
  for (const cs of manifest.content_scripts ?? []) for (const js of cs.js ?? []) injected.set(js, cs.run_at ?? 'document_idle');
  const files = [...readdirSync(join(CHROME_BUILD, 'content-scripts')).filter((f) => f.endsWith('.js')).map((f) => `content-scripts/${f}`), 'compose-engine.js'];
  for (const f of files) {
    const path = join(CHROME_BUILD, f);
    try {
      statSync(path);
    } catch {
      continue;
    }
    const buf = readFileSync(path);
    console.log(`| ${f} | ${injected.get(f) ?? 'on demand'} | ${kb(buf.length)} | ${kb(gzipSync(buf, { level: 9 }).length)} |`);
  }
}

async function focusToReady(): Promise<void> {
  const { x } = await siteFixtures();
  const b = await launchBrowser({ sites: [x!] });
  const times: number[] = [];
  try {
    for (let i = 0; i < READY_ROUNDS; i++) {
      const page = await b.open('https://x.com/compose/post');
      await page.waitForFunction(() => window.__fixtureReady === true);
      await page.evaluate(() => {
        const w = window as unknown as { __ready?: number; __focusAt?: number };
        new MutationObserver((_, mo) => {
          if (document.querySelector('postpause-marks')) {
            w.__ready = performance.now();
            mo.disconnect();
          }
        }).observe(document.documentElement, { childList: true });
        w.__focusAt = performance.now();
        (document.querySelector('[data-testid="tweetTextarea_0"]') as HTMLElement).focus();
      });
      await page.keyboard.insertText('Well done to Sam in Year 6 today, so proud of the whole class!');
      const t = await page.waitForFunction(() => {
        const w = window as unknown as { __ready?: number; __focusAt?: number };
        return w.__ready !== undefined && w.__ready - w.__focusAt!;
      }, null, { timeout: 30_000 });
      times.push((await t.jsonValue()) as number);
      await page.close();
    }
  } finally {
    await b.close();
  }
  console.log(`\n## Focus to engine ready (X fixture; composer focused, a post pasted at once; badge drawn), ${READY_ROUNDS} fresh tabs`);
  console.log(`  median ${ms(median(times))}, first ${ms(times[0]!)}, max ${ms(Math.max(...times))}  [${times.map((t) => t.toFixed(0)).join(', ')}]`);
}

// ONLY=sizes,load,ready,pages runs a part (all by default).
const only = new Set((process.env.ONLY ?? 'sizes,load,ready,pages').split(','));
if (only.has('sizes')) sizes();
if (only.has('load')) await pageLoads();
if (only.has('ready')) await focusToReady();
if (only.has('pages')) console.log(pageOpenReport(await measurePageOpens({ runs: Number(process.env.RUNS ?? 10) })));
