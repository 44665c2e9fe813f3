import { useState } from 'preact/hooks';
import type { PrivacyPageReply } from '../../extension/messages/contract.ts';
import { ItemRow } from './ItemRow.tsx';
import { CHECKLIST_CSS } from './styles.ts';

/** Extra styles for the panel: a small card in the corner of the platform's own settings page. */
export const PANEL_CSS = /* css */ `
:host { all: initial; }
.ppp { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; width: 340px; max-height: min(70vh, 560px);
  overflow: auto; border: 1px solid var(--ppc-border); border-radius: 12px; padding: 10px 12px;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.28); }
.ppp-head { display: flex; align-items: center; gap: 8px; }
.ppp-head h2 { flex: 1; }
.ppp-min { position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; border-radius: 999px; }
`;

export interface SettingsPanelProps {
  page: PrivacyPageReply;
  onMark: (ids: string[], checked: boolean) => void;
  resolveUrl: (url: string) => string | null;
  busy?: boolean;
}

/**
 * Lists the checklist items of the settings page being shown and lets the person mark them checked
 * without leaving it. Read-only towards the site: it changes nothing on the page.
 */
export function SettingsPanel({ page, onMark, resolveUrl, busy = false }: SettingsPanelProps) {
  const [state, setState] = useState<'open' | 'min' | 'closed'>('open');
  if (state === 'closed') return null;
  const due = page.items.filter((i) => i.status.state !== 'ok').length;
  if (state === 'min') {
    return (
      <div class="ppc">
        <style>{CHECKLIST_CSS + PANEL_CSS}</style>
        <button type="button" class="ppc-btn ppc-btn-primary ppp-min" onClick={() => setState('open')} aria-label="Show PostPause privacy checks">
          PostPause{due ? ` · ${due} to check` : ' ✓'}
        </button>
      </div>
    );
  }
  return (
    <div class="ppc">
      <style>{CHECKLIST_CSS + PANEL_CSS}</style>
      <section class="ppc ppp" role="complementary" aria-label="PostPause privacy checks for this page" data-testid="postpause-panel">
        <div class="ppp-head">
          <h2>PostPause · {page.platformName} privacy check</h2>
          <button type="button" class="ppc-btn ppc-btn-link" onClick={() => setState('min')} aria-label="Minimise">
            –
          </button>
          <button type="button" class="ppc-btn ppc-btn-link" onClick={() => setState('closed')} aria-label="Close">
            ×
          </button>
        </div>
        <p class="ppc-muted">
          {page.exact
            ? 'On this page: compare each setting with the recommendation, then mark it checked.'
            : `PostPause doesn’t know this page; here is the whole ${page.platformName} list.`}{' '}
          PostPause never changes your settings.
        </p>
        <ul class="ppc-items">
          {page.items.map((item) => (
            <ItemRow key={item.id} item={item} timeZone={page.timeZone} resolveUrl={resolveUrl} onMark={onMark} hideOpen={page.exact} busy={busy} />
          ))}
        </ul>
      </section>
    </div>
  );
}
