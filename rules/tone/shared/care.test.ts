import { describe, expect, it } from 'vitest';
import { createDoc } from '../../../lib/engine/doc.ts';
import { careOf } from './care.ts';

describe('careOf', () => {
  it('reads gratitude and sympathy, also inside hyphenated or accented words', () => {
    for (const text of [
      'Huge thanks-a-million to our office team for sorting the trip money.',
      'Big love to the site team, we would be lost without them.',
      'Hats off to Year 6 and their teachers today.',
      'Thinking of our head and her family this week.',
      'Sending love to the whole staff, heart goes out to you all.',
      'Crème-brûlée-thanks for the flowers, PTA!',
      'Look after each other this weekend, everyone.',
      'Look after yourselves, team.',
      'We are all here for you, Mrs Khan.',
    ]) expect(careOf(createDoc(text)).kind, text).toBe(true);
  });

  it('finds no care in a complaint with none of its words', () => {
    expect(careOf(createDoc('Another twilight on a Friday. SLT are clueless.')).kind).toBe(false);
  });
});
