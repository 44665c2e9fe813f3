/**
 * Privacy-check reminders in the background: the toolbar badge, at most one gentle notification a
 * week (from an hourly alarm, never while a post is being written), the on-page panel's requests, and
 * the welcome page on first install. The decisions themselves are pure (lib/privacy/due.ts); this file
 * only reads state, asks, and applies the answer.
 */
import { browser } from 'wxt/browser';
import { resolvePack } from '../../lib/policy/resolve-pack.ts';
import { systemTimeZone } from '../../lib/privacy/dates.ts';
import { reminderDecision, reminderSettings, type Clock } from '../../lib/privacy/due.ts';
import { buildChecklist, type ChecklistModel } from '../../lib/privacy/model.ts';
import { pageItems } from '../../lib/privacy/pages.ts';
import { PLATFORMS } from '../../lib/privacy/platforms.ts';
import type { PrivacyState } from '../../lib/privacy/state.ts';
import {
  firstWelcome,
  getActiveConfig,
  getComposeLease,
  idbPrivacyStore,
  recordNotified,
  setComposeLease,
  startPrivacyClock,
  watchActiveConfig,
} from '../storage/privacy-state.ts';
import { FALLBACK_NOTIFICATION_ICON } from './icon.ts';
import { COMPOSE_LEASE_MS, type Ack, type MessageOf, type PrivacyPageReply } from '../messages/contract.ts';
import type { Handlers, Sender } from '../messages/router.ts';

const ALARM = 'postpause-privacy-reminder';
const NOTIFICATION = 'postpause-privacy-reminder';
/** Calm amber with white text: noticeable, not alarming. */
const BADGE_COLOUR = '#a15c07';
const KNOWN_ITEMS = new Set(PLATFORMS.flatMap((p) => p.items.map((i) => `${p.id}/${i.check}`)));

/** Per-tab compose leases; the latest end is also stored so a restarted service worker still honours it. */
const leases = new Map<number, number>();

function clockNow(): Clock {
  return { now: Date.now(), timeZone: systemTimeZone() };
}

export async function currentChecklist(clock: Clock): Promise<{ state: PrivacyState; model: ChecklistModel }> {
  const [loaded, config] = await Promise.all([idbPrivacyStore.load(), getActiveConfig()]);
  // Normally set on install; an update from a version without reminders starts the clock here.
  const state = loaded.startedAt ? loaded : await startPrivacyClock(clock.now);
  const model = buildChecklist({
    state,
    settings: reminderSettings(config),
    pack: resolvePack(config).pack,
    ...(config.policyUrl ? { policyUrl: config.policyUrl } : {}),
    clock,
  });
  return { state, model };
}

async function composingUntil(): Promise<number> {
  return Math.max(0, ...leases.values(), await getComposeLease());
}

async function updateLease(tabId: number | undefined, active: boolean, now: number): Promise<void> {
  const key = tabId ?? -1;
  if (active) leases.set(key, now + COMPOSE_LEASE_MS);
  else leases.delete(key);
  await setComposeLease(Math.max(0, ...leases.values()));
}

/** Recompute the badge; notify only when called from the alarm and the rules allow it. */
export async function refreshReminders(opts: { mayNotify?: boolean } = {}): Promise<void> {
  const clock = clockNow();
  const { state, model } = await currentChecklist(clock);
  const composing = clock.now < (await composingUntil());
  const d = reminderDecision({ due: model.overall.due, state, clock, composing });
  const action = browser.action ?? browser.browserAction;
  await action.setBadgeText({ text: d.badge });
  await action.setTitle({ title: d.title });
  if (d.badge) await action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
  if (opts.mayNotify && d.notify && browser.notifications) {
    const n = model.overall.due;
    await browser.notifications.create(NOTIFICATION, {
      type: 'basic',
      iconUrl: notificationIcon(),
      title: 'Time for a quick privacy check',
      message: `${n} privacy ${n === 1 ? 'setting is' : 'settings are'} due for a look. Platforms change them often and with little or no warning.`,
      priority: -1,
    });
    await recordNotified(clock.now);
  }
}

function notificationIcon(): string {
  const icons = browser.runtime.getManifest().icons;
  const path = icons?.['128'] ?? icons?.['96'] ?? icons?.['48'];
  return path ? browser.runtime.getURL(path as '/') : FALLBACK_NOTIFICATION_ICON;
}

async function ensureAlarm(): Promise<void> {
  // create() would restart the period on every service-worker wake-up; only create when missing.
  if (!(await browser.alarms.get(ALARM))) await browser.alarms.create(ALARM, { delayInMinutes: 1, periodInMinutes: 60 });
}

async function openChecklist(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/checklist.html') });
}

async function pageReply(url: string): Promise<PrivacyPageReply | null> {
  const match = pageItems(url);
  if (!match) return null;
  const clock = clockNow();
  const { model } = await currentChecklist(clock);
  const platform = model.platforms.find((p) => p.id === match.platform);
  // The school left this platform off its checklist: no panel.
  if (!platform) return null;
  const items = platform.items.filter((i) => match.items.includes(i.id));
  return { platformName: platform.name, exact: match.exact, items, timeZone: clock.timeZone };
}

/** The background's answers to the reminder messages (wired into its one router). */
export const reminderHandlers: Pick<Handlers, 'postpause:compose-activity' | 'postpause:privacy-changed' | 'postpause:privacy-page' | 'postpause:privacy-mark'> = {
  'postpause:compose-activity': async (message: MessageOf<'postpause:compose-activity'>, sender: Sender): Promise<Ack> => {
    await updateLease(sender.tab?.id, message.active, Date.now());
    return { ok: true };
  },
  'postpause:privacy-changed': async (): Promise<Ack> => {
    await refreshReminders();
    return { ok: true };
  },
  'postpause:privacy-page': (message: MessageOf<'postpause:privacy-page'>) => pageReply(message.url),
  'postpause:privacy-mark': async (message: MessageOf<'postpause:privacy-mark'>): Promise<Ack> => {
    const ids = message.ids.filter((id) => KNOWN_ITEMS.has(id));
    if (message.checked === false) await idbPrivacyStore.unmark(ids);
    else await idbPrivacyStore.mark(ids, Date.now());
    await refreshReminders();
    return { ok: true };
  },
};

/** Wire reminders into the background. Call once, synchronously, from defineBackground's main(). */
export function startPrivacyReminders(): void {
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void (async () => {
      await startPrivacyClock(Date.now());
      if (reason === 'install' && (await firstWelcome(Date.now()))) await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    })().catch(logError);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) refreshReminders({ mayNotify: true }).catch(logError);
  });
  browser.notifications?.onClicked.addListener((id) => {
    if (id !== NOTIFICATION) return;
    void browser.notifications.clear(id);
    openChecklist().catch(logError);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    if (leases.delete(tabId)) setComposeLease(Math.max(0, ...leases.values())).catch(logError);
  });
  ensureAlarm().catch(logError);
  // Runs now and again whenever the school's policy or the user's settings change (interval, platforms).
  watchActiveConfig(() => {
    refreshReminders().catch(logError);
  });
}

function logError(err: unknown): void {
  // Reminders are a nicety: never let them take the background down. Logged locally only.
  console.warn('PostPause reminders:', err);
}
