/**
 * Everything the checklist screens show, computed in one pure step from the data, the stored dates, the
 * active policy pack and the clock. The popup, the full page, the on-page panel and the background badge
 * all read the same model, so they can never disagree about what is due.
 */
import type { Clause } from '../engine/types.ts';
import { clauseFor, type PolicyPack } from '../policy/pack.ts';
import { CHECKS, type CheckKind } from './checks.ts';
import { itemStatus, type Clock, type ItemStatus, type ReminderSettings } from './due.ts';
import { itemId, platformById, type ItemId, type PlatformId, type PlatformItem } from './platforms.ts';
import { instant, type PrivacyState } from './state.ts';

export interface ChecklistItemView extends PlatformItem {
  id: ItemId;
  platform: PlatformId;
  check: CheckKind;
  label: string;
  why: string;
  clause: Clause;
  status: ItemStatus;
}

export interface Progress {
  total: number;
  /** Checked within the interval. */
  ok: number;
  due: number;
  unchecked: number;
}

export interface PlatformView {
  id: PlatformId;
  name: string;
  home?: string;
  note?: string;
  items: ChecklistItemView[];
  progress: Progress;
}

export interface ChecklistModel {
  platforms: PlatformView[];
  overall: Progress;
  intervalDays: number;
  policyName: string;
  /** Earliest upcoming due instant of an item not yet due (for "next check due …"). */
  nextDueAt?: number;
}

export interface ModelInput {
  state: PrivacyState;
  settings: ReminderSettings;
  pack: PolicyPack;
  policyUrl?: string;
  clock: Clock;
}

function progressOf(items: readonly ChecklistItemView[]): Progress {
  const p: Progress = { total: items.length, ok: 0, due: 0, unchecked: 0 };
  for (const i of items) p[i.status.state] += 1;
  return p;
}

export function buildChecklist({ state, settings, pack, policyUrl, clock }: ModelInput): ChecklistModel {
  const startedAt = instant(state.startedAt);
  const platforms: PlatformView[] = settings.platforms.map((pid) => {
    const def = platformById(pid);
    const items = def.items.map((item): ChecklistItemView => {
      const id = itemId(pid, item.check);
      const check = CHECKS[item.check];
      return {
        ...item,
        id,
        platform: pid,
        label: check.label,
        why: check.why,
        clause: clauseFor(pack, check.theme, policyUrl),
        status: itemStatus(instant(state.checked[id]), startedAt, settings.intervalDays, clock),
      };
    });
    return {
      id: pid,
      name: def.name,
      ...(def.home ? { home: def.home } : {}),
      ...(def.note ? { note: def.note } : {}),
      items,
      progress: progressOf(items),
    };
  });
  const all = platforms.flatMap((p) => p.items);
  const upcoming = all.filter((i) => i.status.state !== 'due').map((i) => i.status.dueAt);
  return {
    platforms,
    overall: progressOf(all),
    intervalDays: settings.intervalDays,
    policyName: pack.name,
    ...(upcoming.length ? { nextDueAt: Math.min(...upcoming) } : {}),
  };
}

/** The ids of every due item, for the badge. */
export function dueItems(model: ChecklistModel): ChecklistItemView[] {
  return model.platforms.flatMap((p) => p.items.filter((i) => i.status.state === 'due'));
}
