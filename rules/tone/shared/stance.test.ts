import { describe, expect, it } from 'vitest';
import { SARCASM_EMOJI, mayHaveEmoji, sarcasmEmoji } from './stance.ts';

describe('emoji pre-check', () => {
  it('sees every listed emoji, the heart dingbat included', () => {
    for (const e of [...SARCASM_EMOJI, '❤', '😂', '💪']) expect(mayHaveEmoji(`fine ${e} fine`)).toBe(true);
  });

  it('rules out plain text, so the searches can be skipped', () => {
    expect(mayHaveEmoji('Another INSET on a Friday, honestly.')).toBe(false);
    expect(mayHaveEmoji('Café crème – “quoted” …')).toBe(false);
    expect(sarcasmEmoji('Great planning.', 0, 15)).toEqual([]);
  });

  it('still finds the sarcasm emoji after a plain text was asked about', () => {
    expect(mayHaveEmoji('plain')).toBe(false);
    expect(sarcasmEmoji('Great planning 🙄', 0, 17)).toEqual([{ start: 15, end: 17 }]);
  });
});
