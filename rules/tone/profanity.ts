import { defineRule } from '../../lib/engine/rule.ts';
import type { Hit } from '../../lib/engine/types.ts';
import { lexicalHits } from './shared/lexical.ts';
import { innocentSpans } from './shared/teasing.ts';

export default defineRule({
  meta: {
    id: 'tone/profanity',
    category: 'tone',
    severity: 'medium',
    theme: 'offensive-content',
    description: 'Swearing, including disguised spellings such as "f*ck", "sh1t" or "f u c k".',
  },
  create() {
    return (doc): Hit[] => {
      const innocent = innocentSpans(doc);
      return lexicalHits(doc)
        .filter((h) => h.kind === 'profanity' && !innocent.some(([s, e]) => h.start >= s && h.end <= e))
        .map((h) => ({
          start: h.start,
          end: h.end,
          severity: h.strength === 'strong' ? 'high' : h.strength === 'abbreviation' ? 'low' : 'medium',
          reason: h.disguised
            ? `Profanity: this is a disguised swear word ("${h.word}"). Starring or respelling it does not change how it reads to parents, pupils or your employer.`
            : `Profanity: swearing in a public post can reflect on you and your school, even when it is meant as a joke.`,
        }));
    };
  },
});
