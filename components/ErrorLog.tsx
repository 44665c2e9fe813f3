import { useEffect, useState } from 'preact/hooks';
import type { ErrorEntry } from '../lib/records/error-log.ts';

export interface ErrorLogProps {
  load(): Promise<ErrorEntry[]>;
  clear(): Promise<void>;
}

/**
 * PostPause's own problems, newest first: each time something inside it failed and it let a post
 * through rather than risk blocking it. For passing on to the school's IT team; holds no post text.
 */
export function ErrorLog({ load, clear }: ErrorLogProps) {
  const [entries, setEntries] = useState<ErrorEntry[] | null>(null);
  useEffect(() => {
    load().then(setEntries, () => setEntries([]));
  }, [load]);
  if (!entries) return null;
  return (
    <section aria-labelledby="errors-heading" data-testid="error-log">
      <h2 id="errors-heading">Problems PostPause had</h2>
      {entries.length === 0 ? (
        <p class="hint">None. If PostPause ever fails on a page it lets your post through and notes it here (never what you wrote).</p>
      ) : (
        <>
          <p class="hint">Each time, PostPause let the post through rather than risk stopping it. Please pass these on to your school's IT team.</p>
          <ol class="error-log" reversed>
            {[...entries].reverse().map((e, i) => (
              <li key={`${e.at}-${i}`}>
                <time dateTime={new Date(e.at).toISOString()}>{new Date(e.at).toLocaleString('en-GB')}</time> · {e.site} · {e.where}: <code>{e.message}</code>
              </li>
            ))}
          </ol>
          <button type="button" onClick={() => void clear().then(() => setEntries([]))}>
            Clear the list
          </button>
        </>
      )}
    </section>
  );
}
