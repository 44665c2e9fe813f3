/**
 * What PostPause costs a page that is only read, and how soon it is ready once someone writes.
 *
 *   npm run build && npm run bench:page        # LOADS=12 by default; LOADS=20 npm run bench:page
 *   ONLY=load,pages npm run bench:page          # some parts only (sizes, load, ready, pages)
 *   ONLY=profile npm run bench:page             # where focus-to-ready goes (trace + CPU profile; not in the default run)
 *   POSTPAUSE_PROFILE_BUILD=1 npm run build     # ... with readable function names (unminified engine)
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
 * 4. Popup, options and the other extension pages: navigation start to content, first open after install
 *    and opened again, beside a static page (page-open.ts; RUNS=10 by default).
 *
 * Headless Chromium on a shared machine: figures vary from run to run; compare within one run.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page, Route } from 'playwright-core';
import { CHROME_BUILD, launchBrowser, type TestBrowser } from '../e2e/harness.ts';
import { siteFixtures, type SiteFixture } from '../fixtures/sites/build.ts';
import { measurePageOpens, pageOpenReport } from './page-open.ts';

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
  const files = [...readdirSync(join(CHROME_BUILD, 'content-scripts')).filter((f) => f.endsWith('.js')).map((f) => `content-scripts/${f}`), 'compose-engine.js', 'compose-lexicons.js'];
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

/**
 * Open the X fixture for a focus-to-ready round. The harness answers every request from this Node process
 * (CDP request interception), the extension's own files included: each engine file would wait for a round
 * trip through a busy Node process before Chromium even reads it, which no real browser does. So the
 * fixture is served by interception only while the page loads; then interception is off and the engine's
 * files load as in a real browser. READY_INTERCEPT=1 keeps it on (as measured before this change).
 */
async function openComposer(b: TestBrowser, site: SiteFixture): Promise<Page> {
  const url = 'https://x.com/compose/post';
  if (process.env.READY_INTERCEPT === '1') return b.open(url);
  const serve = async (route: Route) => {
    const u = new URL(route.request().url());
    if (u.protocol === 'chrome-extension:') return route.continue();
    const answer = site.origins.includes(u.origin) ? site.respond(u) : undefined;
    if (!answer) return route.abort('blockedbyclient');
    return route.fulfill({ status: answer.status ?? 200, contentType: answer.contentType, body: answer.body, headers: answer.headers });
  };
  // The harness's catch-all goes for good; this one only while each fixture page loads.
  await b.context.unroute('**/*');
  await b.context.route('**/*', serve);
  try {
    const page = await b.context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.__fixtureReady === true);
    return page;
  } finally {
    await b.context.unroute('**/*', serve);
  }
}

/**
 * Focus the X composer, paste a post at once and resolve with the milliseconds (page clock) from the focus to
 * the badge layer being drawn: the moment the engine has analysed the first text. Marks the two moments in
 * the page's performance timeline so a trace can find them.
 */
async function focusAndWaitForBadge(page: Page): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { __ready?: number; __focusAt?: number };
    new MutationObserver((_, mo) => {
      if (document.querySelector('postpause-marks')) {
        w.__ready = performance.now();
        performance.mark('pp-bench-ready');
        mo.disconnect();
      }
    }).observe(document.documentElement, { childList: true });
    performance.mark('pp-bench-focus');
    w.__focusAt = performance.now();
    (document.querySelector('[data-testid="tweetTextarea_0"]') as HTMLElement).focus();
  });
  await page.keyboard.insertText('Well done to Sam in Year 6 today, so proud of the whole class!');
  const t = await page.waitForFunction(() => {
    const w = window as unknown as { __ready?: number; __focusAt?: number };
    return w.__ready !== undefined && w.__ready - w.__focusAt!;
  }, null, { timeout: 30_000 });
  return (await t.jsonValue()) as number;
}

async function focusToReady(): Promise<void> {
  const { x } = await siteFixtures();
  const b = await launchBrowser({ sites: [x!] });
  const times: number[] = [];
  try {
    for (let i = 0; i < READY_ROUNDS; i++) {
      const page = await openComposer(b, x!);
      await page.waitForFunction(() => window.__fixtureReady === true);
      times.push(await focusAndWaitForBadge(page));
      await page.close();
    }
  } finally {
    await b.close();
  }
  console.log(`\n## Focus to engine ready (X fixture; composer focused, a post pasted at once; badge drawn), ${READY_ROUNDS} fresh tabs`);
  console.log(`  median ${ms(median(times))}, first ${ms(times[0]!)}, max ${ms(Math.max(...times))}  [${times.map((t) => t.toFixed(0)).join(', ')}]`);
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * Where the focus-to-ready time goes (ONLY=profile): per fresh tab, a trace and a CPU profile of the window
 * from the focus to the badge. Trace: the engine file's request (sent, received), its compile and module
 * evaluation. CPU profile (0.1 ms sampling): self time in the window by script (engine, content script,
 * page, GC, idle) and the engine's heaviest functions. Read with the engine built unminified for names:
 * POSTPAUSE_PROFILE_BUILD=1 npm run build.
 */
async function focusToReadyProfile(): Promise<void> {
  const { x } = await siteFixtures();
  const b = await launchBrowser({ sites: [x!] });
  const rows: Record<string, number[]> = {};
  const fns = new Map<string, number>();
  const add = (k: string, v: number) => (rows[k] ??= []).push(v);
  try {
    for (let i = 0; i < READY_ROUNDS; i++) {
      const page = await openComposer(b, x!);
      const cdp = await b.context.newCDPSession(page);
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
      const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Tracing.start', {
        categories: ['devtools.timeline', 'v8', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'].join(','),
        transferMode: 'ReportEvents',
      });
      await cdp.send('Profiler.start');
      const total = await focusAndWaitForBadge(page);
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
      await cdp.send('Tracing.end');
      await done;
      await page.close();

      const mark = (name: string) => events.find((e) => e.name === name && (e.ph === 'R' || e.ph === 'I' || e.ph === 'b' || e.ph === 'n'))?.ts;
      const t0 = mark('pp-bench-focus');
      const t1 = mark('pp-bench-ready');
      if (t0 === undefined || t1 === undefined) throw new Error('the bench marks are missing from the trace');
      if (process.env.PROFILE_DUMP) writeFileSync(`${process.env.PROFILE_DUMP}-${i}.json`, JSON.stringify({ events, profile, t0, t1 }));
      add('total (page clock)', total);
      add('total (trace)', (t1 - t0) / 1000);
      const inWin = (e: TraceEvent) => e.ts >= t0 && e.ts <= t1;
      const requestId = (e: TraceEvent | undefined) => (e?.args?.data as { requestId?: string } | undefined)?.requestId;
      const spans = (pred: (e: TraceEvent) => boolean) => events.filter((e) => e.ph === 'X' && e.dur && inWin(e) && pred(e)).reduce((a, e) => a + e.dur! / 1000, 0);
      // Each file the engine is loaded from (the engine, and its lexicons beside it when built so).
      let loadedAt = t0;
      for (const file of ['compose-engine', 'compose-lexicons']) {
        const about = (e: TraceEvent) => JSON.stringify(e.args ?? {}).includes(`${file}.js`);
        const send = events.find((e) => e.name === 'ResourceSendRequest' && inWin(e) && about(e));
        if (!send) continue;
        const mine = (name: string) => events.find((e) => e.name === name && requestId(e) === requestId(send));
        const response = mine('ResourceReceiveResponse');
        const finish = mine('ResourceFinish');
        add(`${file}: focus -> request sent`, (send.ts - t0) / 1000);
        if (response) add(`${file}: request -> response`, (response.ts - send.ts) / 1000);
        if (finish) add(`${file}: request -> loaded (data in, parsed)`, (finish.ts - send.ts) / 1000);
        if (finish) loadedAt = Math.max(loadedAt, finish.ts);
        const parsed = events.find((e) => e.name === 'v8.parseOnBackground' && about(e));
        if (parsed?.dur) add(`${file}: parse (background thread)`, parsed.dur / 1000);
        add(`${file}: compile (main thread)`, spans((e) => /^v8\.compile/.test(e.name) && about(e)));
      }
      // Module evaluation after the loads (both files' top-level code and the engine's start-up).
      const evaluations = events.filter((e) => e.name === 'v8.evaluateModule' && e.ph === 'X' && e.ts >= loadedAt - 50_000 && inWin(e));
      add('module evaluation (all engine files)', evaluations.reduce((a, e) => a + (e.dur ?? 0) / 1000, 0));
      const lastEval = Math.max(loadedAt, ...evaluations.map((e) => e.ts + (e.dur ?? 0)));
      add('last file loaded -> ready', (t1 - loadedAt) / 1000);
      add('modules evaluated -> ready', (t1 - lastEval) / 1000);

      // CPU profile inside the window: each sample goes to the nearest frame with a script URL (a native
      // call such as Map.set counts for the script that made it), or to (idle), (program), (garbage collector).
      const byId = new Map(profile.nodes.map((n) => [n.id, n]));
      const parent = new Map<number, number>();
      for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
      const owner = (id: number): ProfileNode | null => {
        for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) if (byId.get(n)!.callFrame.url) return byId.get(n)!;
        return null;
      };
      let ts = profile.startTime;
      const bucket = new Map<string, number>(['engine', 'content script', 'page', '(idle)', '(program)', '(garbage collector)', '(other, no script)'].map((k) => [k, 0]));
      for (let s = 0; s < profile.samples.length; s++) {
        ts += profile.timeDeltas[s]!;
        const next = s + 1 < profile.timeDeltas.length ? profile.timeDeltas[s + 1]! : 0;
        if (ts < t0 || ts > t1) continue;
        const self = byId.get(profile.samples[s]!)!;
        const node = owner(self.id);
        const url = node?.callFrame.url ?? '';
        const special = ['(idle)', '(program)', '(garbage collector)'].includes(self.callFrame.functionName) ? self.callFrame.functionName : '(other, no script)';
        const who = /compose-engine/.test(url) ? 'engine' : /content-scripts\/compose/.test(url) ? 'content script' : url ? 'page' : special;
        bucket.set(who, (bucket.get(who) ?? 0) + next / 1000);
        if (who === 'engine') {
          const { functionName, lineNumber } = node!.callFrame;
          const k = `${functionName || '(anonymous)'}:${lineNumber + 1}`;
          fns.set(k, (fns.get(k) ?? 0) + next / 1000);
        }
      }
      for (const [k, v] of bucket) add(`cpu: ${k}`, v);
    }
  } finally {
    await b.close();
  }
  console.log(`\n## Focus to engine ready, profiled (${READY_ROUNDS} fresh tabs; medians, first tab in brackets)`);
  for (const [k, v] of Object.entries(rows)) console.log(`  ${k.padEnd(36)} ${ms(median(v))}  [first ${ms(v[0]!)}; ${v.map((t) => t.toFixed(0)).join(', ')}]`);
  console.log(`  heaviest engine functions (self time summed over all tabs):`);
  for (const [k, v] of [...fns].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`    ${ms(v).padStart(10)}  ${k}`);
}

// ONLY=sizes,load,ready,pages,profile runs a part (all but profile by default).
const only = new Set((process.env.ONLY ?? 'sizes,load,ready,pages').split(','));
if (only.has('sizes')) sizes();
if (only.has('load')) await pageLoads();
if (only.has('ready')) await focusToReady();
if (only.has('profile')) await focusToReadyProfile();
if (only.has('pages')) console.log(pageOpenReport(await measurePageOpens({ runs: Number(process.env.RUNS ?? 10) })));
