import { createAnalyzer, type Finding, type PostPauseConfig } from '../../lib/index.ts';

/** Texts remembered: the live analysis of the last few keystrokes, so the send itself rarely analyses. */
const CACHE_SIZE = 16;

export interface CachedAnalyzer {
  analyze(text: string): Finding[];
  /** Swap in a new configuration (settings or managed policy changed). */
  configure(config: PostPauseConfig): void;
  /**
   * Run every rule once on a sample post. Rules load lexicons and models lazily, and the first analysis
   * in a fresh page can take a couple of hundred milliseconds; doing it while the page is idle keeps
   * that cost off the first real send.
   */
  warm(): void;
}

const WARM_UP_TEXTS = [
  'Warming up: Sam from Year 6 emailed me at sam@example.com on 07700 900123, such a lovely day!',
  'Lovely sunny afternoon at the park with friends. Back to school tomorrow, what a week it has been.',
];

export function createCachedAnalyzer(config: PostPauseConfig = {}): CachedAnalyzer {
  let analyzer = createAnalyzer(config);
  const cache = new Map<string, Finding[]>();
  return {
    analyze(text) {
      const hit = cache.get(text);
      if (hit) {
        // Most recently used last, so the oldest is dropped first.
        cache.delete(text);
        cache.set(text, hit);
        return hit;
      }
      const findings = analyzer.analyze(text);
      cache.set(text, findings);
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
      return findings;
    },
    configure(next) {
      analyzer = createAnalyzer(next);
      cache.clear();
    },
    warm() {
      for (const t of WARM_UP_TEXTS) analyzer.analyze(t);
    },
  };
}
