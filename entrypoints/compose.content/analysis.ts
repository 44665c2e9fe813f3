import { createAnalyzer, type Finding, type PostPauseConfig } from '../../lib/index.ts';

/** Texts remembered: the live analysis of the last few keystrokes, so the send itself rarely analyses. */
const CACHE_SIZE = 16;

export interface CachedAnalyzer {
  analyze(text: string): Finding[];
  /** Swap in a new configuration (settings or managed policy changed). */
  configure(config: PostPauseConfig): void;
}

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
  };
}
