/**
 * Accessibility (WCAG 2.2 AA) in real Chromium with the built extension, one check per problem a review
 * found: axe-core on every extension page and on the open overlay; contrast computed from the rendered
 * colours (text 4.5:1, focus rings 3:1); the overlay's heading in view when it opens at several sizes;
 * keyboard focus and an announcement after each checklist and settings action; no sideways scrolling at
 * 320 px; the page behind the overlay out of reach of assistive technology; the quick fix keeping focus
 * in the dialog; "Edit post" and "Post anyway" distinct in forced colours; the badge's live region.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from './harness.ts';
import { siteFixtures } from '../fixtures/sites/build.ts';
import { OVERLAY, RISKY_PUPIL as RISKY } from './constants.ts';
import { activeDescription, axeViolations, contrastIssues, focusRing, pixelsAt, scrollsSideways, type FocusRing } from './a11y.ts';

const THREE = `${RISKY} or call 07700 900123`;
const PAGES = ['popup.html', 'checklist.html', 'welcome.html', 'options.html', 'guide.html', 'try.html'] as const;

let browser: TestBrowser;

beforeAll(async () => {
  const { x } = await siteFixtures();
  browser = await launchBrowser({ sites: [x!] });
});

afterAll(async () => {
  await browser?.close();
});

async function openPage(path: string): Promise<Page> {
  const page = await browser.openExtensionPage(path);
  await page.locator('h1').first().waitFor();
  if (path === 'popup.html' || path === 'checklist.html') await page.locator('details.ppc-platform').first().waitFor();
  if (path === 'popup.html') await page.locator('details[data-platform="facebook"] > summary').click();
  return page;
}

/** Press Tab `max` times and measure the focus ring at every stop (a dialog's stops come round again). */
async function tabRings(page: Page, max: number): Promise<FocusRing[]> {
  const rings: FocusRing[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const ring = await focusRing(page);
    if (!ring) continue;
    rings.push(ring);
  }
  return rings;
}

const weakRings = (rings: FocusRing[]) => rings.filter((r) => r.style === 'none' || r.width < 2 || r.ratio < 3);

async function openX(path = '/compose/post'): Promise<Page> {
  const page = await browser.open(`https://x.com${path}`);
  await page.waitForFunction(() => window.__fixtureReady === true);
  return page;
}

async function holdPost(page: Page, text: string) {
  await page.getByTestId('tweetTextarea_0').click();
  await page.keyboard.type(text);
  await page.getByTestId('tweetButton').click();
  const dialog = page.getByRole('dialog', OVERLAY);
  await dialog.waitFor({ state: 'visible' });
  return dialog;
}

describe('every extension page (axe-core, rendered contrast, focus rings, 320 px)', () => {
  for (const path of PAGES) {
    it(`${path}: no axe-core violations and every text at 4.5:1 in light and dark; focus rings 3:1; no sideways scroll at 320 px`, async () => {
      const page = await openPage(path);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await axeViolations(page), `${path} ${colorScheme}`).toEqual([]);
        expect(await contrastIssues(page), `${path} ${colorScheme}`).toEqual([]);
      }
      await page.emulateMedia({ colorScheme: 'light' });
      const rings = await tabRings(page, 25);
      if (path !== 'guide.html') expect(rings.length, 'keyboard stops').toBeGreaterThan(0);
      expect(weakRings(rings)).toEqual([]);

      await page.setViewportSize({ width: 320, height: 640 });
      await page.waitForFunction(() => window.innerWidth === 320);
      expect(await scrollsSideways(page), `${path} at 320 px`).toBe(false);
      await page.close();
    });
  }

  it('welcome.html: "Start the checklist" is readable (its own colours, not the link colour on the button)', async () => {
    const page = await openPage('welcome.html');
    const start = page.getByTestId('start');
    const colours = await start.evaluate((a) => [getComputedStyle(a).color, getComputedStyle(a).backgroundColor]);
    expect(colours[0]).not.toBe(colours[1]);
    expect(await contrastIssues(page, '[data-testid="start"]')).toEqual([]);
    await page.close();
  });
});

describe('focus and announcements after each action', () => {
  const status = (page: Page) => page.getByTestId('checklist-status').innerText();
  const isActive = (page: Page, selector: string) => page.locator(selector).evaluate((el) => el === document.activeElement);

  it('popup: "Mark checked", "Undo", "Reset checklist", "Cancel" and "Yes, reset" keep keyboard focus on a sensible control and say what happened', async () => {
    const page = await openPage('popup.html');
    const item = page.locator('details[data-platform="facebook"] .ppc-item').first();
    const id = await item.getAttribute('data-item');
    const mark = `[data-item="${id}"] [data-testid="mark"]`;

    await page.locator(mark).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page)).toMatch(/^Facebook: .+ marked checked today\.$/);
    expect(await isActive(page, mark)).toBe(true);
    expect(await activeDescription(page)).toContain('Mark checked today');

    await item.getByRole('button', { name: 'Undo' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page)).toMatch(/check date removed\.$/);
    expect(await isActive(page, mark)).toBe(true);

    await page.getByRole('button', { name: 'Reset checklist' }).focus();
    await page.keyboard.press('Enter');
    expect(await activeDescription(page)).toBe('button "Cancel"');
    await page.keyboard.press('Enter');
    expect(await activeDescription(page)).toBe('button "Reset checklist"');
    await expect.poll(() => status(page)).toBe('Reset cancelled. Nothing was changed.');

    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Yes, reset' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page)).toBe('Checklist reset: every check date has been forgotten.');
    expect(await activeDescription(page)).toBe('button "Reset checklist"');
    await page.close();
  });

  it('checklist page: "Mark checked" keeps focus and is announced', async () => {
    const page = await openPage('checklist.html');
    const mark = '[data-item] [data-testid="mark"]';
    await page.locator(mark).first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => status(page)).toMatch(/marked checked today\.$/);
    expect(await page.locator(mark).first().evaluate((el) => el === document.activeElement)).toBe(true);
    await page.close();
  });

  it('options: "Reset to default" moves focus to the setting and says so', async () => {
    const page = await openPage('options.html');
    const school = page.locator('#setting-schoolName');
    await school.fill('Oakfield Primary School');
    await school.blur();
    const reset = page.locator('[data-setting="schoolName"]').getByRole('button', { name: 'Reset to default' });
    await reset.waitFor();
    await reset.focus();
    await page.keyboard.press('Enter');
    await reset.waitFor({ state: 'detached' });
    expect(await school.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('[data-setting="schoolName"] [role="status"]').innerText()).toBe('School name: back to the default.');
    expect(await school.inputValue()).toBe('');
    await page.close();
  });
});

describe('the overlay', () => {
  it('axe-core finds nothing in the open overlay; its text, focus rings and the badge meet contrast, light and dark', async () => {
    const page = await openX();
    const dialog = await holdPost(page, THREE);
    expect(await axeViolations(page, 'postpause-overlay')).toEqual([]);
    expect(await contrastIssues(page, 'postpause-overlay')).toEqual([]);
    const rings = await tabRings(page, 10);
    expect(rings.map((r) => r.element)).toEqual(expect.arrayContaining(['button "Edit post"', 'button "Post anyway"']));
    expect(weakRings(rings), JSON.stringify(rings)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    // The badge is drawn when the post's highlights are (the engine loads on first touch, so it may come just
    // after the dialog): measure it once it is there.
    await page.waitForFunction(() => !!document.querySelector('postpause-marks')?.shadowRoot?.querySelector('.pp-badge'));
    expect(await contrastIssues(page, 'postpause-marks')).toEqual([]);

    await page.evaluate(() => {
      document.body.style.background = '#15202b';
    });
    await page.getByTestId('tweetButton').click();
    await dialog.waitFor({ state: 'visible' });
    expect(await axeViolations(page, 'postpause-overlay')).toEqual([]);
    expect(await contrastIssues(page, 'postpause-overlay')).toEqual([]);
    expect(weakRings(await tabRings(page, 10))).toEqual([]);
    await page.close();
  });

  it('contrast is measured on the settled dialog, not mid-entrance: checked the moment it appears, light and dark', async () => {
    // The dialog fades in (shadow-root animation). A measure taken during the fade reads part-transparent
    // text as low contrast; contrastIssues must settle every finite animation, shadow roots included,
    // however slowly the machine is producing frames. A loaded CI machine is played here by slowing every
    // animation twenty-fold (the fade then lasts 3.2 s).
    const page = await openX();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Animation.enable');
    await cdp.send('Animation.setPlaybackRate', { playbackRate: 0.05 });
    await holdPost(page, THREE);
    expect(await contrastIssues(page, 'postpause-overlay')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', OVERLAY).waitFor({ state: 'detached' });
    await page.evaluate(() => {
      document.body.style.background = '#15202b';
    });
    await page.getByTestId('tweetButton').click();
    await page.getByRole('dialog', OVERLAY).waitFor({ state: 'visible' });
    expect(await contrastIssues(page, 'postpause-overlay')).toEqual([]);
    await page.close();
  });

  for (const size of [
    { name: '1280x800 with three findings', width: 1280, height: 800 },
    { name: '200% zoom (1280x800 at 2x: 640x400 CSS pixels)', width: 640, height: 400 },
    { name: '360 px wide', width: 360, height: 740 },
  ]) {
    it(`opens with "If in doubt, don't post" in view, and "Edit post" focused and in view: ${size.name}`, async () => {
      const page = await openX();
      await page.setViewportSize({ width: size.width, height: size.height });
      await holdPost(page, THREE);
      const seen = await page.evaluate(() => {
        const root = document.querySelector('postpause-overlay')!.shadowRoot!;
        const inView = (el: Element) => {
          const r = el.getBoundingClientRect();
          const hit = root.elementFromPoint(r.left + Math.min(r.width / 2, 20), r.top + r.height / 2);
          return r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth && !!hit && (hit === el || el.contains(hit));
        };
        const heading = root.querySelector('#pp-title')!;
        const edit = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Edit post')!;
        return { heading: inView(heading), edit: inView(edit), focused: root.activeElement === edit, cards: root.querySelectorAll('.pp-card:not(.pp-note)').length };
      });
      // Finding cards only: on a weekday inside the default school hours (08:30-15:30) the overlay also shows the
      // "School hours" note as a card, so counting every card made this test fail by the time of day it ran.
      expect(seen).toEqual({ heading: true, edit: true, focused: true, cards: 3 });
      await page.close();
    });
  }

  it('makes the rest of the page inert while open: the composer and Post button are out of the accessibility tree and cannot take focus; restored after', async () => {
    const page = await openX();
    const cdp = await page.context().newCDPSession(page);
    const axIgnored = async (selector: string) => {
      const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
      return nodes[0]!.ignored;
    };
    const canFocus = (selector: string) =>
      page.evaluate((s) => {
        const el = document.querySelector<HTMLElement>(s)!;
        el.focus();
        return document.activeElement === el;
      }, selector);
    const composer = '[data-testid="tweetTextarea_0"]';
    const post = '[data-testid="tweetButton"]';
    expect(await axIgnored(composer)).toBe(false);
    expect(await axIgnored(post)).toBe(false);

    const dialog = await holdPost(page, RISKY);
    expect(await axIgnored(composer)).toBe(true);
    expect(await axIgnored(post)).toBe(true);
    expect(await canFocus(post)).toBe(false);
    expect(await canFocus(composer)).toBe(false);
    // The keyboard stays in the dialog too.
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('POSTPAUSE-OVERLAY');
    }

    await dialog.getByRole('button', { name: 'Edit post' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await axIgnored(composer)).toBe(false);
    expect(await axIgnored(post)).toBe(false);
    expect(await page.evaluate(() => document.querySelectorAll('[inert]').length)).toBe(0);
    expect(await canFocus(post)).toBe(true);
    await page.close();
  });

  it('a quick fix keeps focus in the dialog: the editor has it only while taking the edit, and it is back before the result shows', async () => {
    const page = await openX();
    const dialog = await holdPost(page, RISKY);
    await page.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { __focusLog: string[] }).__focusLog = log;
      const composer = document.querySelector('[data-testid="tweetTextarea_0"]')!;
      composer.addEventListener('focus', () => log.push('composer focused'));
      composer.addEventListener('blur', () => log.push('composer blurred'));
      const root = document.querySelector('postpause-overlay')!.shadowRoot!;
      const watch = new MutationObserver(() => {
        const status = root.querySelector('.pp-fix-status');
        if (!status?.textContent) return;
        watch.disconnect();
        log.push(`result shown, focus ${document.activeElement?.tagName === 'POSTPAUSE-OVERLAY' ? 'in the dialog' : `on ${document.activeElement?.tagName}`}`);
      });
      watch.observe(root, { subtree: true, childList: true, characterData: true });
    });
    await dialog.getByRole('button', { name: 'Replace with “a pupil”' }).click();
    await dialog.getByText('Replaced with “a pupil”.').waitFor();
    expect(await page.evaluate(() => (window as unknown as { __focusLog: string[] }).__focusLog)).toEqual([
      'composer focused',
      'composer blurred',
      'result shown, focus in the dialog',
    ]);
    expect(await activeDescription(page)).toBe('p "Replaced with “a pupil”."');
    await page.close();
  });

  it('in forced colours (Windows contrast themes) "Edit post" and "Post anyway" look different on screen', async () => {
    const page = await openX();
    // No fade-in: the screenshot must show the dialog as it settles.
    await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
    await holdPost(page, RISKY);
    // What is painted, not what the style sheet asked for: forced colours replace most author colours.
    const spots = await page.evaluate(() => {
      const root = document.querySelector('postpause-overlay')!.shadowRoot!;
      const at = (name: string) => {
        const r = [...root.querySelectorAll('button')].find((b) => b.textContent === name)!.getBoundingClientRect();
        // Inside the border, left of the text: the button's own fill.
        return { x: r.left + 7, y: r.top + r.height / 2 };
      };
      return [at('Edit post'), at('Post anyway')];
    });
    const [edit, post] = await pixelsAt(page, await page.screenshot(), spots);
    const difference = edit!.reduce((sum, v, i) => sum + Math.abs(v - post![i]!), 0);
    expect(difference, `Edit post ${edit} vs Post anyway ${post}`).toBeGreaterThan(120);
    await page.close();
  });
});

describe('the badge', () => {
  it('announces the count and kinds once, from the first finding on, and not again while nothing changes', async () => {
    const page = await openX();
    await page.evaluate(() => {
      const w = window as unknown as { __live: string[]; __liveInitial: string | null };
      w.__live = [];
      w.__liveInitial = null;
      let attached = false;
      const attach = () => {
        const region = document.querySelector('postpause-marks')?.shadowRoot?.querySelector('[data-live="badge"]');
        if (!region || attached) return;
        attached = true;
        w.__liveInitial = region.textContent;
        new MutationObserver(() => w.__live.push(region.textContent ?? '')).observe(region, { childList: true, characterData: true, subtree: true });
      };
      attach();
      new MutationObserver(attach).observe(document.documentElement, { childList: true });
    });
    const live = () => page.evaluate(() => (window as unknown as { __live: string[] }).__live);
    const badgeUpdated = () => page.evaluate(() => Number(document.querySelector('postpause-marks')?.shadowRoot?.querySelector<HTMLElement>('.pp-badge')?.dataset.updatedAt ?? 0));

    await page.getByTestId('tweetTextarea_0').click();
    // Each change in one input event (as a paste is), so no analysis can run on half a sentence.
    await page.keyboard.insertText(RISKY);
    const first = "PostPause: 2 things to check: a pupil's name, an email address";
    await expect.poll(live, { timeout: 10_000 }).toEqual([first]);
    // The region existed, empty, before its first message (a region born with its text is not read).
    expect(await page.evaluate(() => (window as unknown as { __liveInitial: string | null }).__liveInitial)).toBe('');
    expect(await page.evaluate(() => document.querySelector('postpause-marks')!.shadowRoot!.querySelector('[data-live="badge"]')!.getAttribute('role'))).toBe('status');

    // A pause in typing with the same findings: analysed again, not announced again.
    const before = await badgeUpdated();
    await page.keyboard.insertText(' Thanks');
    await page.waitForFunction((t) => Number(document.querySelector('postpause-marks')?.shadowRoot?.querySelector<HTMLElement>('.pp-badge')?.dataset.updatedAt) > t, before);
    await page.waitForTimeout(800);
    expect(await live()).toEqual([first]);

    await page.keyboard.insertText(' or call 07700 900123');
    await expect.poll(live, { timeout: 10_000 }).toEqual([first, "PostPause: 3 things to check: a pupil's name, an email address, a phone number"]);
    await page.close();
  });
});
