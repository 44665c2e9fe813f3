/**
 * Real-Firefox test harness: Debian's firefox-esr (or the Firefox 140 ESR unpacked by scripts/setup.sh),
 * headless, driven by puppeteer-core over WebDriver BiDi, with the built PostPause extension
 * (.output/firefox-mv2) installed as a temporary add-on and no network. Every request of a test page is
 * answered by a site fixture at the site's real URL (so the manifest's content-script matches apply) or
 * aborted.
 *
 *   const ff = await launchFirefox({ sites: [fixtures.x] });
 *   const page = await ff.open('https://x.com/compose/post');
 *   ...
 *   await ff.close();
 *
 * Which Firefox: POSTPAUSE_FIREFOX (set per vitest project in vitest.config.ts), default
 * /usr/bin/firefox-esr. Fails loudly, never skips: no Firefox, no build, or a stale build is an error.
 */
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { FixtureResponse, SiteFixture } from '../fixtures/sites/build.ts';
import { ROOT, assertBuilt, recordLaunch } from '../e2e/build-state.ts';

/** What pollUntil passes into the page. */
type Serializable = string | number | boolean | undefined | null;

export const FIREFOX_BUILD = resolve(ROOT, '.output/firefox-mv2');
/** The extension's Firefox ID (wxt.config.ts, browser_specific_settings). */
export const FIREFOX_ID = 'postpause@postpause.dev';
/** Fixed by a preference, so moz-extension:// URLs are known before launch. */
export const FIREFOX_UUID = '3b1f6c2e-5a4d-4e8f-9c71-0d2a6b8e4f10';
export const EXTENSION_ORIGIN = `moz-extension://${FIREFOX_UUID}`;
export const FIREFOX_PATH = resolve(ROOT, process.env.POSTPAUSE_FIREFOX ?? '/usr/bin/firefox-esr');

export interface FirefoxLaunchOptions {
  /** Sites served at their real origins. */
  sites?: SiteFixture[];
  /** Extra answers by exact URL, checked after the sites. */
  routes?: Record<string, FixtureResponse>;
  /**
   * Enterprise policy (the contents of policies.json). Firefox reads it from the distribution folder
   * beside its executable; that folder is replaced by a private bind mount seen only by this Firefox.
   */
  policies?: unknown;
}

export interface TestFirefox {
  browser: Browser;
  /** e.g. "firefox/153.8.0esr". */
  version: string;
  /** Major version, e.g. 153. */
  major: number;
  /** URLs nothing serves; they were aborted (the tests never reach the network). */
  blocked: string[];
  /** Uncaught errors and console errors of the pages opened through open() (web pages, over BiDi). */
  pageErrors: string[];
  /**
   * Errors Firefox itself printed: uncaught errors and rejections ("JavaScript error: ...") and
   * console.error() of any page, the extension's pages and background included (BiDi does not report
   * those of moz-extension:// pages).
   */
  browserErrors: string[];
  open(url: string): Promise<Page>;
  /** An extension page such as "options.html" or "popup.html", loaded. */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

export function assertFirefox(): void {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(
      `Firefox not found at ${FIREFOX_PATH}. Run \`bash scripts/setup.sh\` as root (it installs Debian's firefox-esr and unpacks Firefox 140 ESR into .browsers/firefox-140), or set POSTPAUSE_FIREFOX. The browser tests do not skip.`,
    );
  }
}

/** A wrapper that starts Firefox with `policies` in its distribution folder, for that process only. */
function policyWrapper(policies: unknown): { executable: string; cleanup(): void } {
  if (spawnSync('unshare', ['--mount', '--propagation', 'private', 'true']).status !== 0) {
    throw new Error('The managed-policy test needs `unshare --mount` (root): it never writes into the system Firefox folder.');
  }
  const real = realpathSync(FIREFOX_PATH);
  const distribution = join(dirname(real), 'distribution');
  if (!existsSync(distribution)) throw new Error(`No distribution folder beside ${real}: cannot place policies.json`);
  const dir = mkdtempSync(join(tmpdir(), 'postpause-ff-policy-'));
  const mounted = join(dir, 'distribution');
  mkdirSync(mounted);
  writeFileSync(join(mounted, 'policies.json'), JSON.stringify(policies, null, 2));
  const wrapper = join(dir, 'firefox');
  writeFileSync(
    wrapper,
    `#!/bin/sh\n# Firefox whose ${distribution} is ${mounted}, for this browser only.\n` +
      `exec unshare --mount --propagation private /bin/sh -c 'mount --bind "$0" "$1" && shift && exec "$@"' '${mounted}' '${distribution}' '${real}' "$@"\n`,
    { mode: 0o755 },
  );
  return { executable: wrapper, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function launchFirefox(opts: FirefoxLaunchOptions = {}): Promise<TestFirefox> {
  assertFirefox();
  assertBuilt(FIREFOX_BUILD, 'npm run build:firefox');
  const wrapped = opts.policies === undefined ? null : policyWrapper(opts.policies);

  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: wrapped?.executable ?? FIREFOX_PATH,
      headless: true,
      defaultViewport: { width: 1000, height: 800 },
      // Lets the tests open moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: FIREFOX_UUID }),
        // Pages' console output (the extension's pages and background included) on Firefox's stdout,
        // where browserErrors reads it; not Firefox's own (chrome) console.
        'devtools.console.stdout.content': true,
        'devtools.console.stdout.chrome': false,
      },
    });
  } catch (err) {
    wrapped?.cleanup();
    throw err;
  }

  const browserErrors: string[] = [];
  const proc = browser.process();
  for (const stream of [proc?.stdout, proc?.stderr]) {
    let rest = '';
    stream?.on('data', (chunk: Buffer) => {
      const lines = (rest + chunk.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      // Uncaught errors of web pages and of the extension; Firefox's own modules (chrome://,
      // resource://: the remote agent, backup, remote settings) are not under test.
      // "RSLoader" is Firefox's remote-settings loader failing to reach the network it is denied.
      for (const line of lines) {
        if (/^(JavaScript error: (moz-extension|https?):\/\/|console\.error: )/.test(line) && !line.startsWith('console.error: RSLoader:')) browserErrors.push(line);
      }
    });
  }

  const close = async () => {
    try {
      await browser.close();
    } finally {
      wrapped?.cleanup();
    }
  };

  let version: string;
  try {
    const before = await browser.pages();
    const id = await browser.installExtension(FIREFOX_BUILD);
    if (id !== FIREFOX_ID) throw new Error(`installed extension has ID ${id}, expected ${FIREFOX_ID}`);
    version = await browser.version();
    await waitForWelcomeTab(browser, before);
  } catch (err) {
    await close();
    throw err;
  }
  const major = Number(/(\d+)\./.exec(version)?.[1] ?? NaN);
  recordLaunch('firefox-launches.log', `${FIREFOX_PATH} version=${version.replace(/^firefox\//i, '')} extension=${FIREFOX_ID}${opts.policies === undefined ? '' : ' policy=yes'}`);

  const blocked: string[] = [];
  const pageErrors: string[] = [];
  const sites = opts.sites ?? [];

  const watch = (page: Page) => {
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e instanceof Error ? e.message : String(e)}`));
    page.on('console', (m) => {
      if (m.type() === 'error') pageErrors.push(`${page.url()}: console: ${m.text()}`);
    });
  };

  const newPage = async (): Promise<Page> => {
    const page = await browser.newPage();
    // The welcome tab opened on install would otherwise stay in front, and a background tab is slow.
    await page.bringToFront();
    watch(page);
    return page;
  };

  const answer = (r: HTTPRequest): void => {
    const url = new URL(r.url());
    if (url.protocol === 'moz-extension:' || url.protocol === 'data:' || url.protocol === 'blob:') {
      void r.continue();
      return;
    }
    const site = sites.find((s) => s.origins.includes(url.origin));
    const a = site ? site.respond(url) : opts.routes?.[url.href];
    if (!a) {
      blocked.push(url.href);
      void r.abort('blockedbyclient');
      return;
    }
    void r.respond({ status: a.status ?? 200, contentType: a.contentType, body: a.body, headers: a.headers });
  };

  return {
    browser,
    version,
    major,
    blocked,
    pageErrors,
    browserErrors,
    async open(url) {
      const page = await newPage();
      await page.setRequestInterception(true);
      page.on('request', answer);
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      const page = await newPage();
      const url = `${EXTENSION_ORIGIN}/${path.replace(/^\//, '')}`;
      // goto() of a moz-extension:// page never resolves over BiDi: start it and poll the document.
      page.goto(url).catch(() => undefined);
      await pollUntil(page, (u) => location.href === u && document.readyState === 'complete', url, 15_000, `${path} to load`);
      return page;
    },
    close,
  };
}

/**
 * The extension opens its welcome page in a new tab on install, a moment after installExtension returns.
 * A test page opened before it would lose the foreground to it mid-test (typing into a background tab
 * then lands in the wrong place in Draft.js): wait for that tab first; every test page is then brought
 * to the front over it. (Over BiDi that tab shows as about:blank and can be neither evaluated nor
 * closed, so it is known as the tab that was not there before.)
 */
async function waitForWelcomeTab(browser: Browser, before: Page[]): Promise<void> {
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    const added = (await browser.pages()).filter((p) => !before.includes(p));
    if (added.length > 0) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  // No welcome tab (the extension stopped opening one): nothing can steal the foreground.
}

/**
 * Polls `fn` in the page until it returns true. Not page.waitForFunction: Firefox 140 blocks that under a
 * strict page CSP; page.evaluate is not affected.
 */
export async function pollUntil<A extends Serializable>(page: Page, fn: (arg: A) => boolean, arg: A, timeoutMs: number, what: string): Promise<void> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      if (await page.evaluate(fn as (arg: unknown) => boolean, arg)) return;
    } catch (err) {
      // A navigation in progress destroys the context; try again.
      last = err;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
