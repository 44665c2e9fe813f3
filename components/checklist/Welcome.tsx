import type { PostPauseConfig } from '../../lib/policy/config.ts';
import type { PolicyPack } from '../../lib/policy/pack.ts';

export interface WelcomeProps {
  config: PostPauseConfig;
  pack: PolicyPack;
  /** Link for the policy document (absolute), or null when none is known. */
  policyHref: string | null;
  checklistUrl: string;
  /** The "Try PostPause" page. */
  tryUrl: string;
  /** True when the school's IT set PostPause up through managed policy. */
  managed?: boolean;
}

/** First-run page: what PostPause does and does not do, the school and policy in force, and a start. */
export function Welcome({ config, pack, policyHref, checklistUrl, tryUrl, managed = false }: WelcomeProps) {
  return (
    <div>
      <h1>Welcome to PostPause</h1>
      <p>If in doubt, don’t post. PostPause gives you a calm second look before you post, and a quick way to keep your privacy settings in order.</p>

      <section aria-labelledby="pp-does">
        <h2 id="pp-does">What PostPause does</h2>
        <ul>
          <li>When you write a post, comment or message on a social media site, it checks the text for things your school’s policy asks you to think twice about: a pupil’s name, your school, personal details such as your address, and heated or offensive wording.</li>
          <li>It shows what it found, why, and the clause of your school’s policy it falls under. You decide: edit, or post anyway.</li>
          <li>It keeps a privacy checklist for each platform and reminds you, gently, when it is time to look again.</li>
        </ul>
      </section>

      <section aria-labelledby="pp-doesnt">
        <h2 id="pp-doesnt">What it does not do</h2>
        <ul>
          <li><strong>Nothing leaves this device.</strong> Every check runs in your browser; PostPause sends nothing to your school, to us or to anyone else.</li>
          <li>It never saves what you write. The checklist remembers only the dates you tick.</li>
          <li>It never stops you posting, and never reads or changes your settings on any site.</li>
        </ul>
      </section>

      <section aria-labelledby="pp-school">
        <h2 id="pp-school">Your school and policy</h2>
        <p data-testid="school">{config.schoolName ? <>School: <strong>{config.schoolName}</strong></> : 'No school has been set yet.'}</p>
        <p data-testid="pack">
          Policy:{' '}
          {policyHref ? (
            <a href={policyHref} target="_blank" rel="noopener noreferrer">
              {pack.name}
            </a>
          ) : (
            <strong>{pack.name}</strong>
          )}{' '}
          <span class="ppc-muted">({pack.version})</span>
        </p>
        <p class="ppc-muted">{managed ? 'Set up by your school.' : 'Your school’s IT lead can set this for everyone; until then PostPause uses its own good-practice guide.'}</p>
      </section>

      <section aria-labelledby="pp-try">
        <h2 id="pp-try">See it work</h2>
        <p>
          <a href={tryUrl} data-testid="try-link">
            Try PostPause
          </a>{' '}
          with a practice post: write as you would on a social site and press Post. Nothing is sent or saved.
        </p>
      </section>

      <section aria-labelledby="pp-start">
        <h2 id="pp-start">Start with your privacy settings</h2>
        <p>Your school’s policy asks you to check your privacy and security settings regularly. It takes a few minutes per platform.</p>
        <p>
          <a class="ppc-btn ppc-btn-primary" href={checklistUrl} data-testid="start">
            Start the checklist
          </a>
        </p>
      </section>
    </div>
  );
}
