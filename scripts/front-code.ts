/**
 * Front coding for sorted word lists shipped as one string (rare-names.ts, word-names.ts): each entry is one
 * capital letter saying how many letters it shares with the previous entry (A = 0 .. Z = 25), then the rest.
 * A 17,000-name list packs to a third of its JSON size and costs one string to load.
 */
export function frontCode(sorted: readonly string[]): string {
  let prev = '';
  let out = '';
  for (const w of sorted) {
    let k = 0;
    while (k < 25 && k < prev.length && k < w.length && prev[k] === w[k]) k++;
    out += String.fromCharCode(65 + k) + w.slice(k);
    prev = w;
  }
  return out;
}
