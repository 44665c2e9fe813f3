import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Finding } from '../../lib/engine/types.ts';
import type { Note } from '../../lib/notes/note-kinds.ts';
import type { Surface } from '../../lib/sites/types.ts';
import type { BlockedSend } from '../../extension/dom/send-guard.ts';
import type { ComposeWatchOptions } from '../../extension/dom/compose-watch.ts';
import type { CaretMemory } from '../../extension/dom/focus.ts';
import { createComposeMarks } from '../../extension/dom/compose-marks.ts';
import { createComposeActivity } from '../../extension/dom/compose-activity.ts';
import { locate, replaceText, selectSpan } from '../../extension/dom/replace-text.ts';
import { readComposerText } from '../../extension/dom/read-text.ts';
import { BADGE_CSS } from '../badge-styles.ts';
import { quickFixFor } from '../quick-fix.ts';
import type { FixOutcome } from '../FindingCard.tsx';
import type { Report } from '../../extension/compose/report.ts';
import { tell } from '../../extension/messages/send.ts';
import type { Choice, OverlayHost } from './overlay-host.tsx';

/**
 * The compose experience around the send guard, on every site: highlights and a status badge while
 * typing, the overlay's quick fixes and "Edit post" landing on the first finding, content-free counts,
 * the compose-activity lease for reminders, and the local error log. Every entry point catches its own
 * errors: a failure here must never stop a post (fail open).
 */
export interface ComposeUx {
  /** Hooks for watchComposers. */
  watch: Pick<ComposeWatchOptions, 'onResult' | 'onInput' | 'onFocus' | 'onBlur'>;
  /** A send went through untouched. */
  onPassed(): void;
  /** Show the overlay for a blocked send and act on the choice; 'repeat' when one is already open. */
  decide(send: BlockedSend, overlay: Promise<OverlayHost>): Promise<Choice | 'repeat'>;
  /** The site was switched off (or the extension went away): remove every mark. */
  clear(): void;
}

interface Located {
  composer: Element;
  surface: Surface;
  finding: Finding;
}

export function createComposeUx(
  ctx: ContentScriptContext,
  analyze: (text: string) => Finding[],
  carets: CaretMemory,
  report: Report,
  /** The gentle notes showing now, added to the overlay of a post held for its text (never a reason to hold one). */
  notes: () => Note[] = () => [],
): ComposeUx {
  const marks = createComposeMarks({ css: BADGE_CSS, signal: ctx.signal, onError: report('marks'), isActive: () => ctx.isValid });
  const activity = createComposeActivity((active) => tell({ type: 'postpause:compose-activity', active }));
  let overlayHost: OverlayHost | null = null;

  const guarded = <A extends unknown[]>(where: string, fn: (...a: A) => void) => {
    const onError = report(where);
    return (...a: A) => {
      try {
        fn(...a);
      } catch (err) {
        onError(err);
      }
    };
  };

  const watch: ComposeUx['watch'] = {
    onResult: guarded('highlight', (composer: Element, read, findings) => marks.update(composer, read, findings)),
    onInput: guarded('highlight', (composer: Element) => {
      // Editors update their DOM after the input event (React renders in a microtask or frame).
      ctx.requestAnimationFrame(
        guarded('highlight', () => {
          marks.follow(composer);
          // A box the site emptied after sending is not a post being written.
          if (readComposerText(composer).text.trim() !== '') activity.touch();
        }),
      );
    }),
    onFocus: guarded('activity', () => activity.touch()),
    onBlur: guarded('activity', (_composer: Element, to: EventTarget | null) => {
      // Into the overlay (a held send) is still part of writing the post.
      if (overlayHost?.isOpen() || overlayHost?.contains(to)) return;
      activity.end();
    }),
  };

  /** The findings of a blocked send, each with the composer it is in. */
  const locateAll = (send: BlockedSend): Located[] =>
    send.composers.flatMap((composer, i) => analyze(send.texts[i] ?? '').map((finding) => ({ composer, surface: send.surface, finding })));

  async function applyFix(item: Located, replacement: string): Promise<FixOutcome> {
    const r = await replaceText(item.composer, item.surface.editor, { start: item.finding.start, end: item.finding.end, expected: item.finding.text, replacement });
    if (r.ok) {
      tell({ type: 'postpause:pause-outcome', outcome: 'fixed', categories: [item.finding.category] });
      return 'done';
    }
    return r.reason === 'changed' ? 'changed' : 'unchanged';
  }

  /** "Edit post": focus the post with its first remaining finding selected, text untouched. */
  function landOnFirstFinding(items: Located[], fixed: ReadonlySet<number>): boolean {
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (fixed.has(i) || !item.composer.isConnected) continue;
      const text = readComposerText(item.composer).text;
      const start = locate(text, { start: item.finding.start, expected: item.finding.text });
      if (start < 0) continue;
      return selectSpan(item.composer, start, start + item.finding.text.length);
    }
    return false;
  }

  return {
    watch,
    onPassed: guarded('activity', () => activity.end()),
    async decide(send, overlay) {
      const items = locateAll(send);
      const categories = items.map((i) => i.finding.category);
      const fixed = new Set<number>();
      const host = (overlayHost = await overlay);
      const fixes = items.map((i) => quickFixFor(i.finding));
      const shown = host.show(
        items.map((i) => i.finding),
        {
          fixes,
          notes: notes(),
          onFix: async (index) => {
            const item = items[index];
            const fix = fixes[index];
            if (!item || !fix) return 'unchanged';
            try {
              const outcome = await applyFix(item, fix.replacement);
              if (outcome === 'done') fixed.add(index);
              return outcome;
            } catch (err) {
              report('quick-fix')(err);
              return 'unchanged';
            }
          },
        },
      );
      if (!shown) return 'repeat';
      tell({ type: 'postpause:pause-outcome', outcome: 'shown', categories: [...new Set(categories)] });
      const choice = await shown;
      tell({ type: 'postpause:pause-outcome', outcome: choice === 'edit' ? 'edited' : 'posted', categories: [...new Set(categories)] });
      const first = send.composers.find((c) => c.isConnected);
      try {
        if (choice === 'edit') {
          if (!landOnFirstFinding(items, fixed) && first) carets.restore(first);
        } else if (first) {
          carets.restore(first);
          activity.end();
        }
      } catch (err) {
        report('edit')(err);
      }
      return choice;
    },
    clear: guarded('marks', () => marks.dispose()),
  };
}
