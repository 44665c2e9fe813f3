/**
 * Deployment by managed policy in real Firefox: the policies.json the generator writes for Firefox
 * (npm run policy: firefox/policies.json) goes into the Firefox's distribution folder, as an IT lead
 * puts it, and the built extension must obey it through storage.managed. The folder is a private bind
 * mount seen only by this test's Firefox (harness.ts): nothing is written into the system's Firefox.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConfig, policyFiles } from '../../cli/policy/generate.ts';
import { EXTENSION_ID } from '../e2e/harness.ts';
import { readRosterCsv } from '../../cli/policy/roster-csv.ts';
import { clauseFor } from '../../lib/policy/pack.ts';
import { getPack } from '../../lib/policy/packs/index.ts';
import { siteFixtures } from '../fixtures/sites/build.ts';
import { FIREFOX_ID, launchFirefox, pollUntil, type TestFirefox } from './harness.ts';
import { focusBox, overlayButton, sent, waitForFixture, waitForOverlay, waitForOverlayGone } from './steps.ts';

const SECRET = 'e2e-roster-secret-not-for-real-use';
const PUPIL_POST = 'Well done to Amelia Zyskowska for her reading award today!';
const SCHOOL_POST = 'Great assembly at Woodbridge Junior this morning.';

const roster = readRosterCsv(new TextEncoder().encode('Forename,Preferred Forename,Surname\r\nAmelia,,Zyskowska\r\nJonathan,Jonny,Okafor\r\n'));
const config = buildConfig({
  schoolName: 'Woodbridge Junior School',
  pack: 'woodbridge-junior',
  locked: ['enabledSites'],
  // The generic child-name check is off so a pupil hit can only come from the roster.
  base: { reminderIntervalDays: 30, disabledRules: ['pupil/child-name'] },
  pupils: roster.pupils,
  secret: SECRET,
});
const policies = JSON.parse(
  String(policyFiles(config, { chrome: EXTENSION_ID, edge: EXTENSION_ID, firefox: FIREFOX_ID }).find((f) => f.path === 'firefox/policies.json')!.data),
) as unknown;

let ff: TestFirefox;
let options: Page;

beforeAll(async () => {
  expect(roster.problems).toEqual([]);
  const { x } = await siteFixtures();
  ff = await launchFirefox({ sites: [x!], policies });
  options = await ff.openExtensionPage('options.html');
  await pollUntil(options, () => !!document.querySelector('[data-testid="managed-banner"]'), undefined, 15_000, 'the "managed by your school" banner');
});

afterAll(async () => {
  await ff?.close();
});

const innerText = (page: Page, selector: string) => page.$eval(selector, (el) => (el as HTMLElement).innerText);

async function postOnX(text: string): Promise<{ page: Page; dialog: string }> {
  const page = await ff.open('https://x.com/compose/post');
  await waitForFixture(page);
  await focusBox(page, '[data-testid="tweetTextarea_0"]');
  await page.keyboard.type(text);
  await page.click('[data-testid="tweetButton"]');
  const dialog = await waitForOverlay(page);
  expect(await sent(page)).toEqual([]);
  return { page, dialog };
}

describe('managed policy in Firefox (policies.json in the distribution folder)', () => {
  it('the options page says the extension is managed by the school, with its roster', async () => {
    expect(await innerText(options, '[data-testid="managed-banner"]')).toContain('Managed by your school');
    expect(await innerText(options, '[data-testid="managed-banner"]')).toContain('Woodbridge Junior School');
    expect(await innerText(options, '[data-testid="roster-status"]')).toContain(`${config.rosterHashes!.length} scrambled name forms`);
    expect(await innerText(options, '[data-testid="pack-name"]')).toBe(getPack('woodbridge-junior')!.name);
  });

  it('a setting set by the school is shown, locked and marked', async () => {
    const interval = '[data-setting="reminderIntervalDays"]';
    expect(await options.$eval(interval, (el) => el.getAttribute('data-lock'))).toBe('set-by-school');
    expect(await options.$eval(`${interval} input`, (el) => [(el as HTMLInputElement).value, (el as HTMLInputElement).disabled])).toEqual(['30', true]);
    expect(await innerText(options, interval)).toContain('Set by your school');
    const sites = '[data-setting="enabledSites"]';
    expect(await options.$eval(sites, (el) => el.getAttribute('data-lock'))).toBe('locked-by-school');
    const boxes = await options.$$eval(`${sites} input[type="checkbox"]`, (els) => els.map((b) => [(b as HTMLInputElement).disabled, (b as HTMLInputElement).checked]));
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.every(([disabled, checked]) => disabled && checked)).toBe(true);
  });

  it('a post naming a rostered pupil is held, citing the school pack\'s clause', async () => {
    const clause = clauseFor(getPack('woodbridge-junior')!, 'pupil-identification');
    const { page, dialog } = await postOnX(PUPIL_POST);
    expect(dialog).toContain('Amelia Zyskowska');
    expect(dialog).toContain("pupil on your school's roster");
    expect(dialog).toContain(clause.policy);
    expect(dialog).toContain(clause.title);
    await page.close();
  });

  it('a post naming the school from the policy is held; "Edit post" sends nothing', async () => {
    const { page, dialog } = await postOnX(SCHOOL_POST);
    expect(dialog).toContain('Woodbridge Junior');
    await overlayButton(page, 'Edit post');
    await waitForOverlayGone(page);
    expect(await sent(page)).toEqual([]);
    expect(ff.pageErrors).toEqual([]);
    await page.close();
  });
});
