/**
 * Send words in the languages staff use the sites in. A button that has nothing stable to select is
 * recognised by its whole accessible name (Surface.submitControlTexts, written in English in the adapters);
 * on a page or in a browser set to Welsh, Polish, Urdu or French the same button says "Postio", "Opublikuj",
 * "پوسٹ کریں" or "Publier". The DOM code asks for the words of the languages the page (`<html lang>`) and
 * the browser (`navigator.languages`) use, so a button is only ever matched in a language it can be in.
 *
 * Source: the sites' own interface strings as shown in their localised UIs (Facebook, Instagram, Threads,
 * WhatsApp, LinkedIn, X; checked against the wording of each language's common UI conventions, Dec 2026).
 * Words here are the labels of a whole button, never a fragment of one.
 */

/** What a send button does, by its English label in the adapters. */
export type SendConcept = 'post' | 'send' | 'comment' | 'reply' | 'share' | 'publish' | 'next';

/** English labels (lower case) and the concept each one names. */
const ENGLISH: Readonly<Record<string, SendConcept>> = {
  post: 'post',
  send: 'send',
  comment: 'comment',
  reply: 'reply',
  share: 'share',
  publish: 'publish',
  next: 'next',
};

/**
 * Each concept in each language (primary language subtag). Several words where the sites use more than one
 * (an imperative on one site, a noun on another).
 */
const WORDS: Readonly<Record<string, Readonly<Partial<Record<SendConcept, readonly string[]>>>>> = {
  // Welsh
  cy: { post: ['Postio', 'Postiwch'], send: ['Anfon', 'Anfonwch'], comment: ['Sylw', 'Rhoi sylw', 'Gwneud sylw'], reply: ['Ateb', 'Atebwch'], share: ['Rhannu', 'Rhannwch'], publish: ['Cyhoeddi'], next: ['Nesaf'] },
  // Polish
  pl: { post: ['Opublikuj', 'Publikuj'], send: ['Wyślij'], comment: ['Skomentuj', 'Komentarz', 'Komentuj'], reply: ['Odpowiedz'], share: ['Udostępnij'], publish: ['Opublikuj'], next: ['Dalej'] },
  // Urdu
  ur: { post: ['پوسٹ کریں', 'پوسٹ'], send: ['بھیجیں', 'ارسال کریں'], comment: ['تبصرہ کریں', 'تبصرہ'], reply: ['جواب دیں', 'جواب'], share: ['شیئر کریں', 'اشتراک کریں'], publish: ['شائع کریں'], next: ['اگلا'] },
  // French
  fr: { post: ['Publier'], send: ['Envoyer'], comment: ['Commenter', 'Commentaire'], reply: ['Répondre'], share: ['Partager'], publish: ['Publier'], next: ['Suivant'] },
  // German
  de: { post: ['Posten', 'Veröffentlichen'], send: ['Senden'], comment: ['Kommentieren'], reply: ['Antworten'], share: ['Teilen'], publish: ['Veröffentlichen'], next: ['Weiter'] },
  // Spanish
  es: { post: ['Publicar'], send: ['Enviar'], comment: ['Comentar'], reply: ['Responder'], share: ['Compartir'], publish: ['Publicar'], next: ['Siguiente'] },
  // Italian
  it: { post: ['Pubblica'], send: ['Invia'], comment: ['Commenta'], reply: ['Rispondi'], share: ['Condividi'], publish: ['Pubblica'], next: ['Avanti'] },
  // Portuguese
  pt: { post: ['Publicar'], send: ['Enviar'], comment: ['Comentar'], reply: ['Responder'], share: ['Partilhar', 'Compartilhar'], publish: ['Publicar'], next: ['Seguinte', 'Avançar'] },
  // Dutch
  nl: { post: ['Plaatsen', 'Posten'], send: ['Verzenden', 'Versturen'], comment: ['Reageren'], reply: ['Beantwoorden'], share: ['Delen'], publish: ['Publiceren'], next: ['Volgende'] },
  // Irish
  ga: { post: ['Postáil'], send: ['Seol'], comment: ['Trácht'], reply: ['Freagair'], share: ['Comhroinn'], publish: ['Foilsigh'], next: ['Ar aghaidh'] },
  // Romanian
  ro: { post: ['Publică', 'Postează'], send: ['Trimite'], comment: ['Comentează'], reply: ['Răspunde'], share: ['Distribuie'], publish: ['Publică'], next: ['Înainte', 'Următorul'] },
  // Lithuanian
  lt: { post: ['Paskelbti', 'Skelbti'], send: ['Siųsti'], comment: ['Komentuoti'], reply: ['Atsakyti'], share: ['Bendrinti'], publish: ['Paskelbti'], next: ['Toliau'] },
  // Turkish
  tr: { post: ['Paylaş', 'Gönderi paylaş'], send: ['Gönder'], comment: ['Yorum yap'], reply: ['Yanıtla'], share: ['Paylaş'], publish: ['Yayınla'], next: ['İleri'] },
  // Arabic
  ar: { post: ['نشر'], send: ['إرسال'], comment: ['تعليق'], reply: ['رد'], share: ['مشاركة'], publish: ['نشر'], next: ['التالي'] },
};

/** The languages this module has words for (besides English). */
export const SEND_WORD_LANGUAGES: readonly string[] = Object.keys(WORDS);

/** "fr-CA" -> "fr"; "" and malformed tags -> null. */
export function primaryLanguage(tag: string): string | null {
  const m = /^([a-z]{2,3})(?:[-_]|$)/i.exec(tag.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * The labels a send button can have: the adapter's English words plus their equivalents in each of
 * `languages` (BCP 47 tags: the page's lang, the browser's languages). Words with no known concept (a
 * site's own phrase such as "Press enter to send") stay as they are. Unknown languages add nothing.
 */
export function sendWords(english: readonly string[], languages: readonly string[]): string[] {
  const langs = [...new Set(languages.map(primaryLanguage).filter((l): l is string => l !== null && l !== 'en'))];
  const out = new Set<string>();
  for (const word of english) {
    out.add(word);
    const concept = ENGLISH[word.trim().toLowerCase()];
    if (!concept) continue;
    for (const l of langs) for (const w of WORDS[l]?.[concept] ?? []) out.add(w);
  }
  return [...out];
}
