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
      // Support offered to families, or asked for them.
      'Parents, if the cost of the trip is a worry please just message the office. Nobody will ever know.',
      'Grandparents raising grandkids deserve so much more support than they get.',
      'Some families are struggling this winter. Uniform swap every Friday, no questions asked.',
    ]) expect(careOf(createDoc(text)).kind, text).toBe(true);
  });

  it('finds no care in a complaint with none of its words', () => {
    expect(careOf(createDoc('Another twilight on a Friday. SLT are clueless.')).kind).toBe(false);
  });
});
