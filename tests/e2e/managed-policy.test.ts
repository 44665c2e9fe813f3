/**
 * Deployment by managed policy, end to end: a policy file written by the generator goes where an IT lead
 * puts it on Linux (/etc/chromium/policies/managed/), and the built extension, loaded with its fixed ID,
 * must obey it. Needs root. Where the kernel allows it, the folder is a private bind mount seen only by
 * this test's Chromium (other browsers running at the same time are unaffected and nothing is left in
 * /etc if the run dies); otherwise the file goes into the real folder and is removed afterwards.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConfig, policyFiles } from '../../cli/policy/generate.ts';
import { FIREFOX_ID } from '../../cli/policy/ids.ts';
import { readRosterCsv } from '../../cli/policy/roster-csv.ts';
import { clauseFor } from '../../lib/policy/pack.ts';
import { getPack } from '../../lib/policy/packs/index.ts';
import { siteFixtures } from '../fixtures/sites/build.ts';
import { changedSiteFixture } from '../fixtures/sites/changed-site.ts';
import { CHROMIUM_PATH, EXTENSION_ID, launchBrowser, type TestBrowser } from './harness.ts';
import { OVERLAY } from './constants.ts';
import { optionsWatch, WATCH_OPTIONS, type OptionsWatch } from './options-watch.ts';

const SYSTEM_POLICY_DIR = '/etc/chromium/policies/managed';
const SECRET = 'e2e-roster-secret-not-for-real-use';
const PUPIL_POST = 'Well done to Amelia Zyskowska for her reading award today!';
/** The extension's storage API inside its own page (the test's tsconfig has no chrome types). */
interface ExtStorage {
  chrome: { storage: { local: { get(key: string): Promise<unknown>; set(items: object): Promise<void> } } };
}

/** Chromium re-reads policy files on change; notes/managed-policy.md measured about 2 s. */
const POLICY_RELOAD_MS = 30_000;

const roster = readRosterCsv(new TextEncoder().encode('\uFEFFForename,Preferred Forename,Surname\r\nAmelia,,Zyskowska\r\nJonathan,Jonny,Okafor\r\n'));
const config = buildConfig({
  schoolName: 'Woodbridge Junior School',
  pack: 'woodbridge-junior',
  locked: ['enabledSites'],
  // The generic child-name check is off so a hit can only come from the roster.
  base: {
    reminderIntervalDays: 30,
    disabledRules: ['pupil/child-name'],
    // The IT lead's fix for a site that changed (tests/fixtures/sites/changed-site.ts): its icon-only send.
    siteSelectors: {
      nextdoor: {
        post: { composers: ['textarea.nd-box'], submitControls: ['div[role="button"][data-fixture-send]'] },
        note: { composers: ['div.nd-note[contenteditable="true"]'], submitKeys: ['Ctrl+Enter'] },
      },
    },
  },
  pupils: roster.pupils,
  secret: SECRET,
});

interface PolicyPlace {
  file: string;
  /** Chromium wrapped in its own mount namespace, when used. */
  executablePath?: string;
  cleanup(): void;
}

function placePolicy(): PolicyPlace {
  mkdirSync(SYSTEM_POLICY_DIR, { recursive: true });
  // POSTPAUSE_E2E_POLICY_IN_ETC=1 uses the real folder, as an IT lead would.
  const canUnshare = process.env.POSTPAUSE_E2E_POLICY_IN_ETC !== '1' && spawnSync('unshare', ['--mount', '--propagation', 'private', 'true']).status === 0;
  if (!canUnshare) {
    const file = join(SYSTEM_POLICY_DIR, 'postpause-test.json');
    return { file, cleanup: () => rmSync(file, { force: true }) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'postpause-policy-'));
  const managed = join(dir, 'managed');
  mkdirSync(managed);
  const wrapper = join(dir, 'chromium');
  writeFileSync(
    wrapper,
    `#!/bin/sh\n# Chromium whose ${SYSTEM_POLICY_DIR} is ${managed}, for this browser only.\n` +
      `exec unshare --mount --propagation private /bin/sh -c 'mount --bind "$0" ${SYSTEM_POLICY_DIR} && exec "$@"' '${managed}' '${CHROMIUM_PATH}' "$@"\n`,
    { mode: 0o755 },
  );
  return { file: join(managed, 'postpause-test.json'), executablePath: wrapper, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const place = placePolicy();

/** The generator's Linux file, optionally with values changed (as an IT lead editing it would). */
function writePolicy(changes: Record<string, unknown> = {}): void {
  const file = policyFiles(config, { chrome: EXTENSION_ID, edge: EXTENSION_ID, firefox: FIREFOX_ID }).find((f) => f.path === 'linux/postpause.json')!;
  const policy = JSON.parse(String(file.data)) as { '3rdparty': { extensions: Record<string, Record<string, unknown>> } };
  const values = policy['3rdparty'].extensions[EXTENSION_ID]!;
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined) delete values[k];
    else values[k] = v;
  }
  // Write next to it and rename over it, so Chromium never reads a half-written file.
  writeFileSync(`${place.file}.part`, JSON.stringify(policy));
  renameSync(`${place.file}.part`, place.file);
}

let browser: TestBrowser;
let options: Page;
/** The options page as it first came up under the policy: what it showed editable, and what the policy locks. */
let firstOpen: { watch: OptionsWatch; locked: string[] };

beforeAll(async () => {
  expect(roster.problems).toEqual([]);
  // (d) An invalid value, as a typo in the policy would be: the right type, so Chromium passes it on.
  writePolicy({ schoolPostcode: 'NOT A POSTCODE' });
  const { x } = await siteFixtures();
  browser = await launchBrowser({ sites: [x!, changedSiteFixture()], executablePath: place.executablePath });
  await browser.context.addInitScript({ content: WATCH_OPTIONS });
  options = await browser.openExtensionPage('options.html');
  // Chromium answers storage.managed only once policy has loaded: wait for it here, once.
  await options.getByTestId('managed-banner').waitFor({ timeout: POLICY_RELOAD_MS });
  await options.locator('[data-setting="disabledRules"][data-lock]').waitFor();
  firstOpen = { watch: await optionsWatch(options), locked: await options.locator('[data-setting][data-lock]').evaluateAll((els) => els.map((e) => e.getAttribute('data-setting')!)) };
});

afterAll(async () => {
  await browser?.close();
  place.cleanup();
});

const setting = (page: Page, key: string) => page.locator(`[data-setting="${key}"]`);

async function postOnX(text: string): Promise<{ page: Page; dialogText: string | null; sent: string[] }> {
  const page = await browser.open('https://x.com/compose/post');
  await page.waitForFunction(() => window.__fixtureReady === true);
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.type(text);
  await page.getByTestId('tweetButton').click();
  const dialog = page.getByRole('dialog', OVERLAY);
  const shown = await dialog.waitFor({ state: 'visible', timeout: 10_000 }).then(
    () => true,
    () => false,
  );
  const dialogText = shown ? await dialog.innerText() : null;
  const sent = await page.evaluate(() => window.__sent);
  return { page, dialogText, sent };
}

describe('managed policy (real Chromium, policy file in /etc/chromium/policies/managed)', () => {
  it('the options page says the extension is managed by the school', async () => {
    expect(browser.extensionId).toBe(EXTENSION_ID);
    expect(await options.getByTestId('managed-banner').innerText()).toContain('Managed by your school');
    expect(await options.getByTestId('managed-banner').innerText()).toContain('Woodbridge Junior School');
    expect(await options.getByTestId('roster-status').innerText()).toContain(`${config.rosterHashes!.length} scrambled name forms`);
  });

  it('the options page never showed a setting the school locks as editable, even before the policy was read', () => {
    expect(firstOpen.locked).toEqual(expect.arrayContaining(['reminderIntervalDays', 'enabledSites', 'disabledRules', 'policyPack', 'schoolName']));
    expect(firstOpen.watch.contentAt).toBeDefined();
    expect(firstOpen.watch.everEditable.filter((name) => firstOpen.locked.includes(name))).toEqual([]);
    expect(firstOpen.watch.editableWhilePending).toEqual([]);
    // Settings the school left alone are editable once the policy is known.
    expect(firstOpen.watch.everEditable).toContain('schoolAliases');
  });

  it('(a) a post naming a rostered pupil is held, citing the school pack\'s clause', async () => {
    const clause = clauseFor(getPack('woodbridge-junior')!, 'pupil-identification');
    const { page, dialogText, sent } = await postOnX(PUPIL_POST);
    expect(sent).toEqual([]);
    expect(dialogText).toContain('Amelia Zyskowska');
    expect(dialogText).toContain("pupil on your school's roster");
    expect(dialogText).toContain(clause.policy);
    expect(dialogText).toContain(clause.title);
    await page.close();
  });

  it('(b) a locked setting cannot be changed on the options page, nor around it', async () => {
    // Set by the policy: shown, disabled, marked.
    const interval = setting(options, 'reminderIntervalDays');
    expect(await interval.getAttribute('data-lock')).toBe('set-by-school');
    expect(await interval.getByRole('spinbutton').inputValue()).toBe('30');
    expect(await interval.getByRole('spinbutton').isDisabled()).toBe(true);
    expect(await interval.innerText()).toContain('Set by your school');
    // Locked without a value: PostPause stays on for every site.
    const sites = setting(options, 'enabledSites');
    expect(await sites.getAttribute('data-lock')).toBe('locked-by-school');
    expect(await sites.innerText()).toContain('Locked by your school');
    const siteBoxes = await sites.getByRole('checkbox').all();
    expect(siteBoxes.length).toBeGreaterThan(0);
    for (const box of siteBoxes) {
      expect(await box.isDisabled()).toBe(true);
      expect(await box.isChecked()).toBe(true);
    }
    // Checks chosen by the school: the roster check on, child-name off, none changeable.
    const checks = setting(options, 'disabledRules');
    expect(await checks.getAttribute('data-lock')).toBe('set-by-school');
    for (const box of await checks.getByRole('checkbox').all()) expect(await box.isDisabled()).toBe(true);
    expect(await checks.getByRole('checkbox', { name: /pupils on your school's list/ }).isChecked()).toBe(true);
    // Pack fixed by the policy too.
    expect(await setting(options, 'policyPack').getByRole('combobox').isDisabled()).toBe(true);

    // An unlocked setting still can be changed, and is saved.
    const aliases = setting(options, 'schoolAliases').getByRole('textbox');
    expect(await aliases.isDisabled()).toBe(false);
    await aliases.fill('WJS');
    await aliases.blur();
    await expect.poll(() => options.evaluate(() => (globalThis as unknown as ExtStorage).chrome.storage.local.get('postpause.settings')), { timeout: 5000 }).toEqual({ 'postpause.settings': { schoolAliases: ['WJS'] } });

    // Going round the page (writing storage directly) changes nothing either: the resolver enforces locks.
    await options.evaluate(() =>
      (globalThis as unknown as ExtStorage).chrome.storage.local.set({
        'postpause.settings': { schoolAliases: ['WJS'], reminderIntervalDays: 7, disabledRules: ['pupil/roster-name'], enabledSites: ['facebook'] },
      }),
    );
    await options.waitForTimeout(1000);
    expect(await interval.getByRole('spinbutton').inputValue()).toBe('30');
    expect(await checks.getByRole('checkbox', { name: /pupils on your school's list/ }).isChecked()).toBe(true);
    expect(await sites.getByRole('checkbox').first().isChecked()).toBe(true);
    const { page, dialogText } = await postOnX(PUPIL_POST);
    expect(dialogText).toContain('Amelia Zyskowska');
    await page.close();
  });

  it('(d) an invalid value is ignored and reported on the options page', async () => {
    const problems = options.getByTestId('policy-problems');
    expect(await problems.getByRole('listitem').allInnerTexts()).toEqual([
      'Your school\'s policy setting "schoolPostcode" was ignored because it must be a UK postcode such as "DE55 4FY", got "NOT A POSTCODE".',
    ]);
    expect(await setting(options, 'schoolPostcode').getByRole('textbox').inputValue()).toBe('');
  });

  it('(e) the roster and its secret are masked in chrome://policy', async () => {
    const page = await browser.context.newPage();
    await page.goto('chrome://policy');
    const row = (name: string) => page.locator('div.policy.row', { has: page.locator('div.name', { hasText: name }) }).first();
    await row('rosterHashes').waitFor();
    expect(await row('rosterHashes').innerText()).toContain('********');
    expect(await row('rosterSecret').innerText()).toContain('********');
    expect(await row('rosterKeyCheck').innerText()).toContain('********');
    expect(await row('schoolName').innerText()).toContain('Woodbridge Junior School');
    const all = await page.locator('div.policy.row').allInnerTexts();
    const text = all.join('\n');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(config.rosterKeyCheck!);
    for (const h of config.rosterHashes!.slice(0, 5)) expect(text).not.toContain(h);
    await page.close();
  });

  it('(f) the Try PostPause page shows the school\'s setup and catches a rostered pupil, without posting anywhere', async () => {
    const page = await browser.openExtensionPage('try.html');
    await expect.poll(() => page.getByTestId('try-managed').innerText(), { timeout: 10_000 }).toBe('Your school');
    expect(await page.getByTestId('try-school').innerText()).toBe('Woodbridge Junior School');
    expect(await page.getByTestId('try-pack').innerText()).toBe(getPack('woodbridge-junior')!.name);
    expect(await page.getByTestId('try-roster').innerText()).toBe(`Provided (${config.rosterHashes!.length} scrambled name forms)`);
    await page.getByTestId('try-composer').click();
    await page.keyboard.type(PUPIL_POST);
    await page.getByRole('button', { name: 'Post', exact: true }).click();
    const dialog = page.getByRole('dialog', OVERLAY);
    await dialog.waitFor({ state: 'visible', timeout: 10_000 });
    const text = await dialog.innerText();
    // The generic child-name check is off in this policy: only the school's own list can have caught it.
    expect(text).toContain('Amelia Zyskowska');
    expect(text).toContain("pupil on your school's roster");
    expect(text).toContain(clauseFor(getPack('woodbridge-junior')!, 'pupil-identification').policy);
    await dialog.getByRole('button', { name: 'Edit post' }).click();
    expect(await page.getByTestId('try-posted').innerText()).toBe('');
    await page.close();
  });

  it('(c) rewriting the policy file takes effect without a restart', async () => {
    writePolicy({ reminderIntervalDays: 45, schoolPostcode: 'DE55 4FY', policyPack: 'stockham-primary' });
    const interval = setting(options, 'reminderIntervalDays').getByRole('spinbutton');
    await expect.poll(() => interval.inputValue(), { timeout: POLICY_RELOAD_MS, interval: 500 }).toBe('45');
    // The open options page updated itself: problem gone, new pack shown.
    await options.getByTestId('policy-problems').waitFor({ state: 'detached' });
    expect(await options.getByTestId('pack-name').innerText()).toBe(getPack('stockham-primary')!.name);
    expect(await setting(options, 'schoolPostcode').getByRole('textbox').inputValue()).toBe('DE55 4FY');

    // And the next post cites the new pack's clause.
    const clause = clauseFor(getPack('stockham-primary')!, 'pupil-identification');
    const { page, dialogText } = await postOnX(PUPIL_POST);
    expect(dialogText).toContain(clause.policy);
    expect(dialogText).toContain(clause.title);
    await page.close();
  });

  it('(f) a selector from the school makes PostPause catch a send button it does not know, and is listed on the options page', async () => {
    // Without the policy this button is unknown and even a risky post goes straight out (site-health.test.ts).
    const page = await browser.open('https://nextdoor.co.uk/news_feed/');
    await page.waitForFunction(() => (window as unknown as { __fixtureReady?: boolean }).__fixtureReady === true);
    await page.locator('textarea.nd-box').click();
    await page.keyboard.type(PUPIL_POST);
    await page.locator('[data-fixture-send]').click();
    const dialog = page.getByRole('dialog', OVERLAY);
    await dialog.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await dialog.innerText()).toContain('Amelia Zyskowska');
    expect(await page.evaluate(() => window.__sent)).toEqual([]);
    // "Post anyway" sends it exactly once, through the school's selector.
    await dialog.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => page.evaluate(() => window.__sent)).toEqual([PUPIL_POST]);

    // A box PostPause does not know at all, sent with Ctrl+Enter: the school's composer and key catch it.
    // (Another text: the one just confirmed with "Post anyway" passes for a while, by design.)
    const note = 'Amelia Zyskowska read to the whole school today';
    await page.locator('div.nd-note').click();
    await page.keyboard.type(note);
    await page.keyboard.press('Control+Enter');
    await dialog.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await dialog.innerText()).toContain('Amelia Zyskowska');
    expect(await page.evaluate(() => window.__sent)).toEqual([PUPIL_POST]);
    await dialog.getByRole('button', { name: 'Post anyway' }).click();
    await expect.poll(() => page.evaluate(() => window.__sent)).toEqual([PUPIL_POST, note]);
    await page.close();

    const fixes = options.getByTestId('site-selectors');
    expect(await setting(options, 'siteSelectors').getAttribute('data-lock')).toBe('set-by-school');
    expect(await fixes.innerText()).toContain('Nextdoor, post');
    expect(await fixes.innerText()).toContain('div[role="button"][data-fixture-send]');
    expect(await fixes.innerText()).toContain('Nextdoor, note');
    expect(await fixes.innerText()).toContain('Ctrl+Enter');
    // Long selectors wrap: nothing sideways at 320 px (WCAG 1.4.10).
    await options.setViewportSize({ width: 320, height: 700 });
    expect(await fixes.evaluate((el) => el.getBoundingClientRect().right <= document.documentElement.clientWidth)).toBe(true);
    await options.setViewportSize({ width: 1000, height: 800 });
  });
});

describe('the first post after a browser start (issue 12)', () => {
  it('is checked against the school roster, even when sent at once: held until the policy is read, then paused', async () => {
    // A fresh start of the browser: nothing read yet, storage.session empty, the engine not loaded.
    const profile = mkdtempSync(join(tmpdir(), 'postpause-e2e-first-post-'));
    const { x } = await siteFixtures();
    try {
      for (const start of ['first start', 'restart on the same profile']) {
        const fresh = await launchBrowser({ sites: [x!], executablePath: place.executablePath, profileDir: profile });
        try {
          const page = await fresh.context.newPage();
          await page.goto('https://x.com/compose/post', { waitUntil: 'domcontentloaded' });
          await page.waitForFunction(() => window.__fixtureReady === true);
          await page.getByTestId('tweetTextarea_0').focus();
          await page.keyboard.insertText(PUPIL_POST);
          await page.getByTestId('tweetButton').click();
          const dialog = page.getByRole('dialog', OVERLAY);
          await dialog.waitFor({ state: 'visible', timeout: POLICY_RELOAD_MS });
          expect(await dialog.innerText(), start).toContain('Amelia Zyskowska');
          expect(await page.evaluate(() => window.__sent), start).toEqual([]);
        } finally {
          await fresh.close();
        }
      }
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
  }, 180_000);
});
