/**
 * Real-browser test harness: Debian's Chromium, headless, with the built PostPause extension loaded (the
 * real .output/chrome-mv3, not a test double) and no network. Every request is answered by a fixture
 * (site fixtures at the sites' real URLs, so the manifest's content-script matches apply) or aborted.
 *
 *   const b = await launchBrowser({ sites: [fixtures.x] });
 *   const page = await b.open('https://x.com/compose/post');
 *   ...
 *   await b.close();
 *
 * Fails loudly, never skips: no Chromium, no build, or a build older than the sources is an error.
 */
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FixtureResponse, SiteFixture } from '../fixtures/sites/build.ts';
import { ARTIFACTS, ROOT, assertBuilt as assertBuiltIn, recordLaunch as record } from './build-state.ts';

export { ARTIFACTS, ROOT };
export const CHROME_BUILD = resolve(ROOT, '.output/chrome-mv3');
/** Fixed by the development key in wxt.config.ts. */
export const EXTENSION_ID = 'jfjdpojhabpmbdfkaejflmhncmmchmjk';
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface LaunchOptions {
  /** Load the built extension (default true). False: the same browser without PostPause, for comparison. */
  extension?: boolean;
  /** Sites served at their real origins. */
  sites?: SiteFixture[];
  /** Extra answers by exact URL (e.g. a policy page), checked after the sites. */
  routes?: Record<string, FixtureResponse>;
  /** A wrapper that starts Chromium (e.g. in its own mount namespace); CHROMIUM_PATH otherwise. */
  executablePath?: string;
  /**
   * Use this profile directory and keep it on close, instead of a fresh temporary one: lets a test
   * restart the browser on the same profile (state that must survive a restart). The caller removes it.
   */
  profileDir?: string;
}

export interface TestBrowser {
  context: BrowserContext;
  /** The extension's ID and service worker (null without the extension). */
  extensionId: string | null;
  serviceWorker: Worker | null;
  /** URLs nothing serves; they were aborted (the tests never reach the network). */
  blocked: string[];
  /** Uncaught errors from any page, for debugging assertions. */
  pageErrors: string[];
  open(url: string): Promise<Page>;
  /** An extension page such as "popup.html" or "options.html". */
  openExtensionPage(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Throws unless .output/chrome-mv3 exists and is newer than every source file it is built from. */
export function assertBuilt(): void {
  assertBuiltIn(CHROME_BUILD, 'npm run build');
}

export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's Chromium (as root: apt-get update && apt-get install -y chromium) or set CHROMIUM_PATH. The browser tests do not skip.`,
    );
  }
}

export async function launchBrowser(opts: LaunchOptions = {}): Promise<TestBrowser> {
  const withExtension = opts.extension ?? true;
  assertChromium();
  if (withExtension) assertBuilt();

  const profile = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'postpause-e2e-'));
  const keepProfile = opts.profileDir !== undefined;
  const args = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    ...(withExtension ? [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`] : []),
  ];
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: opts.executablePath ?? CHROMIUM_PATH,
      headless: true,
      args,
      viewport: { width: 1000, height: 800 },
    });
  } catch (err) {
    if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    throw err;
  }

  const blocked: string[] = [];
  const pageErrors: string[] = [];
  const sites = opts.sites ?? [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    // The extension's own pages (options, popup) load their files from the build, not the network.
    if (url.protocol === 'chrome-extension:') {
      await route.continue();
      return;
    }
    const site = sites.find((s) => s.origins.includes(url.origin));
    const answer = site ? site.respond(url) : opts.routes?.[url.href];
    if (!answer) {
      blocked.push(url.href);
      await route.abort('blockedbyclient');
      return;
    }
    await route.fulfill({ status: answer.status ?? 200, contentType: answer.contentType, body: answer.body, headers: answer.headers });
  });
  context.on('page', (p) => p.on('pageerror', (e) => pageErrors.push(e.message)));

  let serviceWorker: Worker | null = null;
  let extensionId: string | null = null;
  if (withExtension) {
    try {
      serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    } catch {
      await closeContext(context, profile, keepProfile);
      throw new Error(`The extension in ${CHROME_BUILD} did not start (no service worker within 15 s). Is the build broken?`);
    }
    extensionId = new URL(serviceWorker.url()).host;
  }

  recordLaunch(withExtension, extensionId);

  return {
    context,
    extensionId,
    serviceWorker,
    blocked,
    pageErrors,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    async openExtensionPage(path) {
      if (!extensionId) throw new Error('launched without the extension');
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${path.replace(/^\//, '')}`);
      return page;
    },
    close: () => closeContext(context, profile, keepProfile),
  };
}

async function closeContext(context: BrowserContext, profile: string, keepProfile = false): Promise<void> {
  try {
    await context.close();
  } finally {
    if (!keepProfile) rmSync(profile, { recursive: true, force: true });
  }
}

/** .ci/run checks this log: no line means the browser tests never really ran. */
function recordLaunch(extension: boolean, id: string | null): void {
  record('chromium-launches.log', `${CHROMIUM_PATH} extension=${extension ? id : 'none'}`);
}
