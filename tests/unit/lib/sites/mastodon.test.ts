import { describe, expect, it } from 'vitest';
import { extraInstances, hostOfScriptId, parseInstance, scriptId } from '../../../../extension/mastodon/instances.ts';
import { syncMastodonScripts, type RegistrationApi } from '../../../../extension/mastodon/registration.ts';
import { siteForPage, siteForUrl } from '../../../../lib/sites/index.ts';

describe('Mastodon server names', () => {
  it.each([
    ['mastodon.example', 'mastodon.example'],
    ['  Mastodon.Example  ', 'mastodon.example'],
    ['https://toot.example.org.uk/home', 'toot.example.org.uk'],
    ['http://toot.example.org.uk', 'toot.example.org.uk'],
    ['@me@toot.example.org.uk', 'toot.example.org.uk'],
    ['me@toot.example.org.uk', 'toot.example.org.uk'],
    ['localhost', null],
    ['not a host', null],
    ['https://', null],
    ['', null],
  ])('parseInstance(%j) is %j', (input, host) => {
    expect(parseInstance(input)).toBe(host);
  });

  it('extra servers exclude built-in ones, other sites and duplicates', () => {
    expect(extraInstances(['toot.example.org.uk', 'https://toot.example.org.uk/', 'mastodon.social', 'x.com', 'www.linkedin.com', 'bad host', 'mas.example'])).toEqual([
      'toot.example.org.uk',
      'mas.example',
    ]);
    expect(extraInstances(undefined)).toEqual([]);
  });

  it('script ids round-trip and ignore ids that are not ours', () => {
    expect(hostOfScriptId(scriptId('toot.example.org.uk'))).toBe('toot.example.org.uk');
    expect(hostOfScriptId('something-else')).toBeNull();
  });

  it('the compose script on a page no adapter matches is on a run-time Mastodon server', () => {
    expect(siteForUrl('https://toot.example.org.uk/home')).toBeUndefined();
    expect(siteForPage('https://toot.example.org.uk/home')?.id).toBe('mastodon');
    expect(siteForPage('https://www.linkedin.com/feed/')?.id).toBe('linkedin');
    expect(siteForPage('http://toot.example.org.uk/')).toBeUndefined();
  });
});

/** A fake browser: granted origins and registered ids, with a log of calls. */
function fakeApi(granted: string[], registered: string[] = []) {
  const ids = new Set(registered);
  const calls: string[] = [];
  const api: RegistrationApi = {
    contains: async (origin) => granted.includes(origin),
    registered: async () => [...ids],
    register: async (scripts) => {
      for (const s of scripts) {
        if (ids.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        expect(s).toMatchObject({ matches: [`https://${s.id.split(':')[1]}/*`], js: ['content-scripts/compose.js'], runAt: 'document_start', persistAcrossSessions: true });
        ids.add(s.id);
        calls.push(`register ${s.id}`);
      }
    },
    unregister: async (list) => {
      for (const id of list) ids.delete(id);
      calls.push(`unregister ${list.join(',')}`);
    },
  };
  return { api, ids, calls };
}

describe('Mastodon script registration', () => {
  it('registers granted servers only; the rest (e.g. from school policy, not yet allowed) wait', async () => {
    const { api, ids } = fakeApi(['https://a.example/*']);
    const r = await syncMastodonScripts(['a.example', 'b.example'], api);
    expect(r).toEqual({ active: ['a.example'], waiting: ['b.example'] });
    expect([...ids]).toEqual(['postpause-mastodon:a.example']);
  });

  it('is idempotent, and removes servers no longer configured or no longer allowed, leaving other scripts alone', async () => {
    const { api, ids, calls } = fakeApi(['https://a.example/*'], ['postpause-mastodon:a.example', 'postpause-mastodon:gone.example', 'other-script']);
    await syncMastodonScripts(['a.example'], api);
    await syncMastodonScripts(['a.example'], api);
    expect(calls).toEqual(['unregister postpause-mastodon:gone.example']);
    expect([...ids].sort()).toEqual(['other-script', 'postpause-mastodon:a.example']);
  });

  it('overlapping syncs do not register the same server twice', async () => {
    const { api, ids } = fakeApi(['https://a.example/*']);
    await Promise.all([syncMastodonScripts(['a.example'], api), syncMastodonScripts(['a.example'], api)]);
    expect([...ids]).toEqual(['postpause-mastodon:a.example']);
  });
});
