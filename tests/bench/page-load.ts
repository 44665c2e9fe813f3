/**
 * What PostPause costs a page that is only read, and how soon it is ready once someone writes.
 *
 *   npm run build && npm run bench:page        # LOADS=12 by default; LOADS=20 npm run bench:page
 *   ONLY=load,pages npm run bench:page          # some parts only (sizes, load, ready, pages)
 *
 * 1. Page load: a feed page served at https://x.com/home that behaves like the site while it is read (it
 *    keeps adding and removing posts, changes its title and history; no composer is touched), loaded
 *    alternately in a browser with the built extension and one without (same run, interleaved). Each load
 *    is traced (CDP Tracing) until the feed is done plus a settling time: script compile/evaluation and
 *    callbacks attributed to each extension script URL are summed (overlaps merged) on the page's own
 *    renderer main thread; Performance.getMetrics gives the page's script time, main-thread task time and
 *    JS heap. Added = median with - median without; ratio = with / without.
 * 2. Sizes of the content scripts and the engine file, raw and gzip.
 * 3. Focus to engine ready: the X fixture, a composer focused and a post pasted at once; ready is when
 *    PostPause's status badge (drawn after the first analysis) appears, timed inside the page.
 * 4. Popup and options: time from navigation to their real content, first open in a fresh profile.
 *
 * Headless Chromium on a shared machine: figures vary from run to run; compare within one run.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { CHROME_BUILD, launchBrowser, type TestBrowser } from '../e2e/harness.ts';
import { siteFixtures } from '../fixtures/sites/build.ts';

const LOADS = Math.max(10, Number(process.env.LOADS ?? 12));
const READY_ROUNDS = Math.max(3, Number(process.env.READY_ROUNDS ?? 6));
const HOME = 'https://x.com/home';
const SETTLE_MS = 1500;

/**
 * A page at X's home URL that behaves like the site while it is only read: a single-page app that builds
 * its feed in batches after load (the DOM keeps changing, nodes come and go as in a virtualised list),
 * updates its title, attributes and history (pushState/replaceState), and has focus, scroll and message
 * traffic of its own. Nothing is typed and no composer is touched. Observers or listeners the extension
 * puts on the page pay for all of this, so their cost shows; the page's own work is the same with and
 * without the extension.
 */
const FEED_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Home / X</title>
<style>article{padding:8px;border-bottom:1px solid #ddd}</style></head><body>
<div id="react-root"><header><a href="/home">Home</a></header><main aria-label="Timeline"></main></div>
<script>
(() => {
  const main = document.querySelector('main');
  const words = 'a lovely day out with the family photos to follow great match well done everyone see you soon'.split(' ');
  let n = 0;
  const post = () => {
    const a = document.createElement('article');
    a.setAttribute('data-testid', 'tweet');
    a.innerHTML = '<div class="user"><span>User ' + n + '</span> <time>' + (n % 59) + 'm</time></div><p>' +
      Array.from({ length: 24 }, (_, i) => words[(n * 7 + i) % words.length]).join(' ') + '</p>' +
      '<div role="group"><button aria-label="Reply">0</button><button aria-label="Like">' + n + '</button></div>';
    n++;
    return a;
  };
  let round = 0;
  const batch = () => {
    const frag = document.createDocumentFragment();
    for (let i = 0; i < 8; i++) frag.appendChild(post());
    main.appendChild(frag);
    // A virtualised list: the oldest posts leave the DOM.
    while (main.children.length > 40) main.firstElementChild.remove();
    const like = main.querySelector('article:last-child button[aria-label="Like"]');
    like.textContent = String(Number(like.textContent) + 1);
    document.title = '(' + round + ') Home / X';
    history.replaceState({ round }, '', '/home?r=' + round);
    window.postMessage({ feed: round }, '*');
    window.dispatchEvent(new Event('scroll'));
    if (++round === 3) history.pushState({}, '', '/home');
    if (round < 15) setTimeout(batch, 40);
    else window.__feedDone = true;
  };
  addEventListener('message', () => {});
  requestAnimationFrame(batch);
})();
</script>
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
  await page.waitForFunction(() => (window as unknown as { __feedDone?: boolean }).__feedDone === true, null, { timeout: 30_000 });
  // Deferred work (idle callbacks, timers) of the extension after the page settles is counted too.
  await page.waitForTimeout(SETTLE_MS);
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/**
 * The page's renderer main thread: where its document was committed. Only events there are the page's
 * main-thread cost (the trace also holds the browser process, the extension's service worker and other
 * tabs' renderers, which the person does not wait for on this page).
 */
function pageMainThread(events: TraceEvent[], url: string): { pid: number; tid: number } | null {
  const commit = events.find((e) => (e.name === 'CommitLoad' || e.name === 'ParseHTML') && (e.args?.data?.url ?? (e.args as { beginData?: { url?: string } } | undefined)?.beginData?.url) === url);
  return commit ? { pid: commit.pid, tid: commit.tid } : null;
}

/**
 * Main-thread time per extension script URL on the page's main thread: the union (overlaps merged) of the
 * complete events that name that URL: compile, evaluation, and every callback into it (listeners, timers,
 * observers, promise jobs) that the page's own activity causes.
 */
function extensionTime(events: TraceEvent[], url: string): Map<string, number> {
  const main = pageMainThread(events, url);
  if (!main) throw new Error(`no trace of ${url} being loaded: the measurement would count nothing`);
  const byUrl = new Map<string, [number, number][]>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || e.pid !== main.pid || e.tid !== main.tid) continue;
    const scriptUrl = e.args?.data?.url ?? e.args?.data?.scriptName;
    if (!scriptUrl || !/^(chrome|moz)-extension:\/\//.test(scriptUrl)) continue;
    const key = scriptUrl.replace(/^(chrome|moz)-extension:\/\/[^/]+/, '');
    const list = byUrl.get(key) ?? [];
    list.push([e.ts, e.ts + e.dur]);
    byUrl.set(key, list);
  }
  const out = new Map<string, number>();
  for (const [key, spans] of byUrl) {
    spans.sort((x, y) => x[0] - y[0]);
    let total = 0;
    let [start, end] = spans[0]!;
    for (const [s, e] of spans.slice(1)) {
      if (s > end) {
        total += end - start;
        [start, end] = [s, e];
      } else end = Math.max(end, e);
    }
    total += end - start;
    out.set(key, total / 1000);
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
  return { script: m('ScriptDuration') * 1000, task: m('TaskDuration') * 1000, heap: m('JSHeapUsedSize'), extension: extensionTime(events, HOME) };
}

const quartiles = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.round(p * (s.length - 1)))]!;
  return [q(0.25), q(0.75)] as const;
};

async function pageLoads(): Promise<void> {
  const routes = { [HOME]: { contentType: 'text/html', body: FEED_PAGE } };
  const withExt = await launchBrowser({ routes });
  const without = await launchBrowser({ routes, extension: false });
  const samples: Record<'with' | 'without', LoadSample[]> = { with: [], without: [] };
  try {
    // One warm-up load each (disk cache, first-run work), not counted.
    await loadOnce(withExt);
    await loadOnce(without);
    // The first-run welcome tab the extension opens on install would share the CPU with the measured page:
    // a cost of installing, not of a page load.
    for (const p of withExt.context.pages()) if (p.url().startsWith('chrome-extension://')) await p.close();
    for (let i = 0; i < LOADS; i++) {
      const order = i % 2 ? (['without', 'with'] as const) : (['with', 'without'] as const);
      for (const who of order) samples[who].push(await loadOnce(who === 'with' ? withExt : without));
    }
  } finally {
    await withExt.close();
    await without.close();
  }
  const col = (who: 'with' | 'without', k: 'script' | 'task' | 'heap') => samples[who].map((s) => s[k]);
  const med = (who: 'with' | 'without', k: 'script' | 'task' | 'heap') => median(col(who, k));
  const spread = (xs: number[], f: (n: number) => string) => {
    const [lo, hi] = quartiles(xs);
    return `${f(lo)}–${f(hi)}`;
  };
  console.log(`\n## Page load: ${HOME} (feed page that keeps changing its DOM and history, read only), ${LOADS} loads with and ${LOADS} without, interleaved`);
  console.log(`Medians (interquartile range in brackets); added = median with − median without; ratio = with / without.`);
  console.log(`| | without | with PostPause | added | ratio |`);
  console.log(`|---|---|---|---|---|`);
  for (const [label, k, f] of [
    ['script time (ScriptDuration)', 'script', ms],
    ['main-thread tasks (TaskDuration)', 'task', ms],
    ['JS heap used (after GC)', 'heap', kb],
  ] as const) {
    const w = med('with', k);
    const wo = med('without', k);
    console.log(`| ${label} | ${f(wo)} (${spread(col('without', k), f)}) | ${f(w)} (${spread(col('with', k), f)}) | **${f(w - wo)}** | ${wo > 0 ? `${(w / wo).toFixed(2)}×` : 'n/a'} |`);
  }
  console.log(`(Page totals include the page's own work, which varies from load to load on a busy machine: compare the`);
  console.log(` interquartile ranges before reading the added figures. The traced time below is what the extension's scripts cost.)`);
  const urls = new Set(samples.with.flatMap((s) => [...s.extension.keys()]));
  console.log(`\nTraced main-thread time per extension script on the page's main thread (compile, evaluation, callbacks); median (interquartile range):`);
  if (urls.size === 0) console.log('  (none: no extension script ran on the page)');
  for (const url of urls) {
    const xs = samples.with.map((s) => s.extension.get(url) ?? 0);
    console.log(`  ${url.padEnd(34)} ${ms(median(xs))} (${spread(xs, ms)})`);
  }
  const total = samples.with.map((s) => [...s.extension.values()].reduce((a, b) => a + b, 0));
  console.log(`  ${'all extension scripts'.padEnd(34)} ${ms(median(total))} (${spread(total, ms)}; max ${ms(Math.max(...total))})  [goal ≤ 10 ms]`);
  const addedHeap = med('with', 'heap') - med('without', 'heap');
  console.log(`  added JS heap ${kb(addedHeap)}  [goal ≤ 1024 KB]`);
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

async function extensionPages(): Promise<void> {
  const rows: string[] = [];
  const timeTo = async (b: TestBrowser, path: string, ready: string) => {
    const page = await b.openExtensionPage(path);
    const t = await page.waitForFunction((sel) => document.querySelector(sel) !== null && performance.now(), ready, { timeout: 30_000, polling: 'raf' });
    const v = (await t.jsonValue()) as number;
    await page.close();
    return v;
  };
  for (const [path, ready] of [
    // A static page rendered from bundled data at once: this browser's floor for opening any page.
    ['guide.html', 'h1'],
    ['popup.html', '.ppc-actions'],
    ['options.html', '[data-setting]'],
  ] as const) {
    const first: number[] = [];
    const again: number[] = [];
    for (let i = 0; i < 3; i++) {
      // A fresh profile each time: the first open after install; then a second open in the same profile.
      const b = await launchBrowser();
      try {
        first.push(await timeTo(b, path, ready));
        again.push(await timeTo(b, path, ready));
      } finally {
        await b.close();
      }
    }
    const list = (xs: number[]) => `[${xs.map((t) => t.toFixed(0)).join(', ')}]`;
    rows.push(`  ${path.padEnd(13)} first open: median ${ms(median(first))} ${list(first)}; opened again: median ${ms(median(again))} ${list(again)}`);
  }
  console.log(`\n## Extension pages: navigation start to content (3 fresh profiles)`);
  console.log(rows.join('\n'));
}

// ONLY=sizes,load,ready,pages runs a part (all by default).
const only = new Set((process.env.ONLY ?? 'sizes,load,ready,pages').split(','));
if (only.has('sizes')) sizes();
if (only.has('load')) await pageLoads();
if (only.has('ready')) await focusToReady();
if (only.has('pages')) await extensionPages();
