import { createAnalyzer, type Analyzer, type Finding, type PostPauseConfig } from '../../lib/index.ts';

/** Texts remembered: the live analysis of the last few keystrokes, so the send itself rarely analyses. */
const CACHE_SIZE = 16;

export interface CachedAnalyzer {
  analyze(text: string): Finding[];
  /** Swap in a new configuration (settings or managed policy changed). */
  configure(config: PostPauseConfig): void;
  /**
   * Run every rule on the next sample post; true while there are more. Rules load lexicons and models
   * lazily, and the first analyses in a fresh page can take tens of milliseconds; doing them while the
   * page is idle, one sample per idle slice, keeps that cost off the first real keystrokes and send.
   */
  warm(): boolean;
}

const WARM_UP_TEXTS = [
  'Warming up: Sam from Year 6 emailed me at sam@example.com on 07700 900123, such a lovely day!',
  'Lovely sunny afternoon at the park with friends. Back to school tomorrow, what a week it has been.',
];

export function createCachedAnalyzer(initial: PostPauseConfig = {}): CachedAnalyzer {
  // The analyser for the first configuration is built on first use: the engine configures this before its
  // first analysis, so one for the built-in defaults is usually never needed (building one compiles every
  // rule: a few ms at start-up). A new configuration is built at once, off the next keystroke.
  let built: Analyzer | null = null;
  const current = () => (built ??= createAnalyzer(initial));
  const cache = new Map<string, Finding[]>();
  let warmed = 0;
  return {
    analyze(text) {
      const hit = cache.get(text);
      if (hit) {
        // Most recently used last, so the oldest is dropped first.
        cache.delete(text);
        cache.set(text, hit);
        return hit;
      }
      const findings = current().analyze(text);
      cache.set(text, findings);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      return findings;
    },
    configure(next) {
      built = createAnalyzer(next);
      cache.clear();
    },
    warm() {
      const t = WARM_UP_TEXTS[warmed++];
      if (t !== undefined) current().analyze(t);
      return warmed < WARM_UP_TEXTS.length;
    },
  };
}
