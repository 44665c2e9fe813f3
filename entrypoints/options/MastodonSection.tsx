/**
 * "Extra Mastodon servers": add any server by name. Adding asks the browser for access to that one
 * server (the prompt only appears during the click, so the request is the first thing the click does),
 * then saves it; the background registers PostPause there (extension/mastodon). Servers set by the school are
 * listed too, with "Allow" where the browser has not granted access yet: a policy cannot grant it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ResolvedConfig } from '../../lib/policy/resolver.ts';
import { extraInstances, parseInstance } from '../../extension/mastodon/instances.ts';
import { instanceAccessGranted, releaseInstanceAccess, requestInstanceAccess } from '../../extension/mastodon/browser.ts';
import { MASTODON_BUILT_IN_HOSTS } from '../../lib/sites/mastodon.ts';
import { Setting } from './Setting.tsx';
import type { Save } from './controls.tsx';

export function MastodonSection({ resolved, errors, save }: { resolved: ResolvedConfig; errors: Partial<Record<string, string>>; save: Save }) {
  const configured = resolved.config.mastodonInstances ?? [];
  const hosts = extraInstances(configured);
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const [draft, setDraft] = useState('');
  const [status, setStatus] = useState('');
  const key = hosts.join(' ');

  useEffect(() => {
    let live = true;
    void Promise.all(hosts.map(async (h) => [h, await instanceAccessGranted(h).catch(() => false)] as const)).then((pairs) => {
      if (live) setGranted(Object.fromEntries(pairs));
    });
    return () => {
      live = false;
    };
    // `key` stands for the host list (a new array every render).
  }, [key]);

  const allow = (host: string, thenSave: boolean) => {
    // First thing in the click: the browser shows its prompt only inside a user gesture.
    const asked = requestInstanceAccess(host);
    setStatus(`Waiting for your browser to allow PostPause on ${host}…`);
    void asked.then(
      (ok) => {
        if (!ok) {
          setStatus(`Not added: your browser did not allow PostPause on ${host}.`);
          return;
        }
        setGranted((g) => ({ ...g, [host]: true }));
        if (thenSave && !configured.includes(host)) save('mastodonInstances', [...configured, host]);
        setStatus(`PostPause now checks posts on ${host}.`);
        setDraft('');
      },
      (err: unknown) => setStatus(`Not added: ${err instanceof Error ? err.message : String(err)}.`),
    );
  };

  const add = (e: Event) => {
    e.preventDefault();
    const host = parseInstance(draft);
    if (!host) {
      setStatus('Type a server name such as mastodon.example, or your full handle such as @you@mastodon.example.');
      return;
    }
    if ((MASTODON_BUILT_IN_HOSTS as readonly string[]).includes(host)) {
      setStatus(`${host} is built in: PostPause already checks posts there.`);
      return;
    }
    allow(host, true);
  };

  const remove = (host: string) => {
    const next = configured.filter((h) => parseInstance(h) !== host);
    save('mastodonInstances', next.length ? next : undefined);
    void releaseInstanceAccess(host).catch(() => false);
  };

  return (
    <Setting
      name="mastodonInstances"
      label="Mastodon servers"
      resolved={resolved}
      error={errors.mastodonInstances}
      hint={`Built in: ${MASTODON_BUILT_IN_HOSTS.join(', ')}. Add the server you post from if it is another one.`}
    >
      {({ id, disabled, describedBy }) => (
        <div class="mastodon" data-testid="mastodon-instances">
          {hosts.length > 0 && (
            <ul>
              {hosts.map((h) => (
                <li key={h} data-host={h}>
                  <span>{h}</span>{' '}
                  {granted[h] ? (
                    <span class="ok">Checking posts</span>
                  ) : (
                    <button type="button" onClick={() => allow(h, false)}>
                      Allow
                    </button>
                  )}{' '}
                  {!disabled && (
                    <button type="button" onClick={() => remove(h)} aria-label={`Remove ${h}`}>
                      Remove
                    </button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {!disabled && (
            <form onSubmit={add}>
              <input id={id} type="text" value={draft} placeholder="mastodon.example" aria-describedby={describedBy || undefined} onInput={(e) => setDraft(e.currentTarget.value)} />{' '}
              <button type="submit">Add a Mastodon instance</button>
            </form>
          )}
          <p class="hint" role="status" data-testid="mastodon-status">
            {status}
          </p>
        </div>
      )}
    </Setting>
  );
}
