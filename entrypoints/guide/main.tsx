/**
 * The bundled page the default policy pack links to (its url is "guide.html"): the pack's clauses, each
 * under an anchor equal to its id, so a finding's "G4" link lands on G4. Rendered from the pack data, so
 * the page and the findings can never disagree.
 */
import { render } from 'preact';
import { useEffect } from 'preact/hooks';
import { defaultPack } from '../../lib/policy/packs/default.ts';
import { getPack } from '../../lib/policy/packs/index.ts';
import { clauseKey } from '../../lib/policy/pack.ts';
import { usePageMark } from '../../components/page-marks.ts';

// guide.html?pack=<id> shows a school pack whose full document has no known public link.
const pack = getPack(new URLSearchParams(location.search).get('pack') ?? '') ?? defaultPack;
const isDefault = pack.id === defaultPack.id;

function Guide() {
  usePageMark('content');
  // Preact renders after the browser has tried the #anchor, so scroll to it once the clauses exist.
  useEffect(() => {
    const id = decodeURIComponent(location.hash.slice(1));
    if (id) document.getElementById(id)?.scrollIntoView();
  }, []);
  return (
    <main style={{ font: '16px/1.5 system-ui, sans-serif', maxWidth: '40rem', margin: '2rem auto', padding: '0 1rem' }}>
      <h1 style={{ fontSize: '1.5rem' }}>{pack.name}</h1>
      {isDefault ? (
        <p>
          PostPause refers to these points when your school has not chosen its own policy. They are general good practice
          in our own words, not your school's rules: your school's social media policy is the one that applies, so ask for a copy
          if you have not seen it.
        </p>
      ) : (
        <p>
          The clauses of your school's policy that PostPause refers to, quoted word for word. The full document has no public link
          configured: ask your school office or IT lead for a copy.
        </p>
      )}
      {pack.clauses.map((c) => (
        <section key={clauseKey(c)} id={c.anchor ?? clauseKey(c)} style={{ margin: '1.25rem 0', scrollMarginTop: '1rem' }}>
          <h2 style={{ fontSize: '1.1rem', margin: '0 0 0.25rem' }}>
            {c.id}: {c.title}
          </h2>
          <p style={{ margin: 0 }}>{isDefault ? c.quote : `“${c.quote}”`}</p>
        </section>
      ))}
      <p style={{ color: '#555', fontSize: '0.875rem' }}>Version {pack.version}. Everything PostPause checks stays on this device.</p>
    </main>
  );
}

render(<Guide />, document.getElementById('app')!);
