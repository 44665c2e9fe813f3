/**
 * "Try PostPause": a practice compose box inside the extension. It is guarded by the real compose code
 * (startCompose: the same analysis, badge, highlights, overlay and quick fixes as on a social site) with
 * the live configuration, so staff can see what PostPause does and an IT lead can check a deployment
 * ("is our pupil list working?") without posting anywhere. Nothing typed here is stored or sent, and
 * pauses here are not counted.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { resolvePack } from '../../lib/policy/resolve-pack.ts';
import type { ResolvedConfig } from '../../lib/policy/resolver.ts';
import { watchResolvedConfig } from '../../extension/storage/config.ts';
import { CHECKLIST_CSS } from '../../components/checklist/styles.ts';
import { startCompose } from '../compose.content/start.ts';
import { TRY_SITE } from './try-site.ts';
import { TRY_CSS } from './styles.ts';

const EXAMPLE = 'Well done Sam Jones from Year 6 on a brilliant sports day! Any questions, email me at jo.bloggs@example.com';

function Setup({ resolved }: { resolved: ResolvedConfig | null }) {
  if (!resolved) return <p class="ppc-muted">Reading your settings…</p>;
  const { config, managed } = resolved;
  const pack = resolvePack(config).pack;
  const roster = config.rosterHashes?.length ?? 0;
  return (
    <dl class="try-setup" data-testid="try-setup">
      <div>
        <dt>Set up by</dt>
        <dd data-testid="try-managed">{managed ? 'Your school' : 'You (no school settings found)'}</dd>
      </div>
      <div>
        <dt>School</dt>
        <dd data-testid="try-school">{config.schoolName ?? 'Not set'}</dd>
      </div>
      <div>
        <dt>Policy quoted</dt>
        <dd data-testid="try-pack">{pack.name}</dd>
      </div>
      <div>
        <dt>Pupil list</dt>
        <dd data-testid="try-roster">
          {roster > 0 ? `Provided (${roster.toLocaleString('en-GB')} scrambled name forms)` : 'None provided'}
        </dd>
      </div>
    </dl>
  );
}

function TryPage() {
  const [resolved, setResolved] = useState<ResolvedConfig | null>(null);
  const [posted, setPosted] = useState('');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => watchResolvedConfig(setResolved), []);

  const post = () => {
    // Reached only when PostPause let the post through (clean, or "Post anyway"): like a site, empty the box.
    if (!box.current || box.current.textContent?.trim() === '') {
      setPosted('Write something first.');
      return;
    }
    box.current.textContent = '';
    setPosted('');
    setTimeout(() => setPosted('On a real site your post would have been posted now. Here nothing was sent or saved.'), 50);
  };
  const example = () => {
    const el = box.current;
    if (!el) return;
    el.focus();
    const sel = document.getSelection();
    sel?.selectAllChildren(el);
    // Typed in through the editor's own input path, so the check runs as it would for real typing.
    document.execCommand('insertText', false, EXAMPLE);
  };

  return (
    <main class="ppc try">
      <style>{CHECKLIST_CSS}</style>
      <style>{TRY_CSS}</style>
      <h1>Try PostPause</h1>
      <p>
        Write a post below as you would on a social media site, then press <strong>Post</strong>. PostPause checks it exactly as it does on
        Facebook, X or Instagram, with your current settings. <strong>Nothing you type here is saved or sent anywhere</strong>, and practice
        pauses are not added to your counts.
      </p>
      <section aria-labelledby="try-setup-heading">
        <h2 id="try-setup-heading">Checking with</h2>
        <Setup resolved={resolved} />
        <p class="ppc-muted">
          Without a pupil list, children’s first names are only spotted near school words. IT leads: type the name of a pupil on
          your list to check that the school’s list is working.
        </p>
      </section>
      <section class="try-compose" aria-labelledby="try-compose-heading">
        <h2 id="try-compose-heading">Practice post</h2>
        <div
          id="try-composer"
          ref={box}
          class="try-box"
          contentEditable
          role="textbox"
          aria-multiline="true"
          aria-labelledby="try-compose-heading"
          aria-describedby="try-compose-hint"
          spellcheck
          data-testid="try-composer"
          onInput={() => posted && setPosted('')}
        />
        <p id="try-compose-hint" class="ppc-muted">
          Ctrl+Enter (⌘+Enter on a Mac) posts too.
        </p>
        <div class="try-actions">
          <button type="button" class="ppc-btn" onClick={example}>
            Fill in an example
          </button>
          <button type="button" id="try-post" class="ppc-btn ppc-btn-primary" onClick={post}>
            Post
          </button>
        </div>
        <p role="status" class="try-posted" data-testid="try-posted">
          {posted}
        </p>
      </section>
      <p class="ppc-muted">
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener noreferrer">
          PostPause settings
        </a>
      </p>
    </main>
  );
}

render(<TryPage />, document.getElementById('app')!);

// The real compose code, wired to this page's box. Ctrl/Cmd+Enter in the box posts, as on many sites.
startCompose(new ContentScriptContext('try-postpause'), { site: TRY_SITE, alwaysOn: true });
document.addEventListener('keydown', (e) => {
  if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && (e.target as Element | null)?.id === 'try-composer') {
    e.preventDefault();
    document.getElementById('try-post')?.click();
  }
});
