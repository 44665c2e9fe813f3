/**
 * A safe, conservative check of CSS selector syntax, without a DOM: selectors from managed policy
 * (`siteSelectors`) are checked here before they reach any page, so a typo is reported on the options page
 * naming the setting instead of silently matching nothing.
 *
 * Accepts one complex selector: type and universal selectors, #id, .class, attribute selectors (all
 * operators, quoted or bare values, `i`/`s` flags), the structural and state pseudo-classes in PSEUDO,
 * :not() / :is() / :where() / :has() with selector lists, :nth-*() with an+b, and the combinators
 * (descendant, >, +, ~). Refuses everything else: pseudo-elements, namespaces, comments, at-rules, braces,
 * semicolons, control characters and any unknown pseudo-class. Never throws; linear in the input.
 */

export type SelectorCheck = { ok: true } | { ok: false; reason: string; at: number };

/** Pseudo-classes without arguments that make sense for finding compose boxes and buttons. */
const PSEUDO = new Set([
  'first-child', 'last-child', 'only-child', 'first-of-type', 'last-of-type', 'only-of-type', 'empty', 'root', 'scope',
  'enabled', 'disabled', 'checked', 'focus', 'focus-within', 'focus-visible', 'hover', 'active', 'read-only', 'read-write',
  'placeholder-shown', 'required', 'optional', 'defined', 'default', 'indeterminate', 'valid', 'invalid', 'link', 'any-link',
]);
const WITH_SELECTORS = new Set(['not', 'is', 'where', 'has']);
const WITH_NTH = new Set(['nth-child', 'nth-last-child', 'nth-of-type', 'nth-last-of-type']);
const NTH = /^\s*(odd|even|[+-]?\d*n(\s*[+-]\s*\d+)?|[+-]?\d+)\s*$/i;
const MAX_NESTING = 4;

class Bad extends Error {
  constructor(
    readonly reason: string,
    readonly at: number,
  ) {
    super(reason);
  }
}

const NAME_START = /[A-Za-z_\u00A0-\uFFFF]/;
const NAME_CHAR = /[A-Za-z0-9_\-\u00A0-\uFFFF]/;

export function checkSelector(selector: string): SelectorCheck {
  try {
    const p = new Parser(selector);
    p.list(0, false);
    if (p.i < selector.length) throw new Bad(`unexpected "${describeChar(selector[p.i]!)}"`, p.i);
    return { ok: true };
  } catch (e) {
    if (e instanceof Bad) return { ok: false, reason: e.reason, at: e.at + 1 };
    return { ok: false, reason: 'could not be read', at: 1 };
  }
}

function describeChar(c: string): string {
  return /[\x20-\x7e]/.test(c) ? c : `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

class Parser {
  i = 0;
  constructor(private readonly s: string) {}

  private peek(): string | undefined {
    return this.s[this.i];
  }

  private ws(): boolean {
    const start = this.i;
    while (this.i < this.s.length && /[ \t\n\r\f]/.test(this.s[this.i]!)) this.i++;
    return this.i > start;
  }

  /** An escape: a backslash and one printable character or 1-6 hex digits and an optional space. */
  private escape(): void {
    const at = this.i;
    this.i++;
    const c = this.peek();
    if (c === undefined || /[\n\r\f]/.test(c) || /[\x00-\x1f\x7f]/.test(c)) throw new Bad('a backslash must escape a character', at);
    if (/[0-9a-f]/i.test(c)) {
      let n = 0;
      while (n < 6 && /[0-9a-f]/i.test(this.peek() ?? '')) {
        this.i++;
        n++;
      }
      if (this.peek() === ' ') this.i++;
    } else this.i++;
  }

  private name(mustStart: boolean): void {
    const at = this.i;
    if (this.peek() === '-') this.i++;
    if (this.peek() === '-' && !mustStart) this.i++;
    const c = this.peek();
    if (c === '\\') this.escape();
    else if (c !== undefined && (mustStart ? NAME_START.test(c) : NAME_CHAR.test(c))) this.i++;
    else throw new Bad(c === undefined ? 'ends too soon' : `unexpected "${describeChar(c)}"`, c === undefined ? at : this.i);
    for (;;) {
      const d = this.peek();
      if (d === '\\') this.escape();
      else if (d !== undefined && NAME_CHAR.test(d)) this.i++;
      else break;
    }
  }

  list(depth: number, nested: boolean): void {
    if (depth > MAX_NESTING) throw new Bad('nests too deeply', this.i);
    this.complex(depth);
    while (nested && this.peek() === ',') {
      this.i++;
      this.complex(depth);
    }
    if (!nested && this.peek() === ',') throw new Bad('has a comma: give one selector per entry', this.i);
  }

  private complex(depth: number): void {
    this.ws();
    // :has() may start with a combinator (":has(> img)").
    if (depth > 0 && /[>+~]/.test(this.peek() ?? '')) {
      this.i++;
      this.ws();
    }
    this.compound(depth);
    for (;;) {
      const spaced = this.ws();
      const c = this.peek();
      if (c === undefined || c === ',' || c === ')') return;
      if (c === '>' || c === '+' || c === '~') {
        this.i++;
        this.ws();
      } else if (!spaced) throw new Bad(`unexpected "${describeChar(c)}"`, this.i);
      this.compound(depth);
    }
  }

  private compound(depth: number): void {
    const start = this.i;
    const c = this.peek();
    if (c === '*') this.i++;
    else if (c !== undefined && (NAME_START.test(c) || c === '\\' || c === '-')) this.name(true);
    for (;;) {
      const d = this.peek();
      if (d === '#') {
        this.i++;
        this.name(false);
      } else if (d === '.') {
        this.i++;
        this.name(true);
      } else if (d === '[') this.attribute();
      else if (d === ':') this.pseudo(depth);
      else break;
    }
    if (this.i === start) {
      const e = this.peek();
      throw new Bad(e === undefined ? 'ends too soon' : `unexpected "${describeChar(e)}"`, this.i);
    }
    if (this.peek() === '|') throw new Bad('namespaces are not supported', this.i);
  }

  private attribute(): void {
    const open = this.i;
    this.i++;
    this.ws();
    this.name(true);
    this.ws();
    const c = this.peek();
    if (c === ']') {
      this.i++;
      return;
    }
    if (c === '=') this.i++;
    else if (c !== undefined && '~|^$*'.includes(c) && this.s[this.i + 1] === '=') this.i += 2;
    else throw new Bad(c === undefined ? 'has an unclosed "["' : `unexpected "${describeChar(c)}" in an attribute selector`, c === undefined ? open : this.i);
    this.ws();
    const q = this.peek();
    if (q === '"' || q === "'") {
      const at = this.i;
      this.i++;
      for (;;) {
        const d = this.peek();
        if (d === undefined || /[\n\r\f]/.test(d)) throw new Bad('has an unclosed quote', at);
        if (d === '\\') this.escape();
        else if (d === q) {
          this.i++;
          break;
        } else if (/[\x00-\x1f\x7f]/.test(d)) throw new Bad('has a control character', this.i);
        else this.i++;
      }
    } else this.name(false);
    this.ws();
    if (/[is]/i.test(this.peek() ?? '') && !NAME_CHAR.test(this.s[this.i + 1] ?? '')) {
      this.i++;
      this.ws();
    }
    if (this.peek() !== ']') throw new Bad('has an unclosed "["', open);
    this.i++;
  }

  private pseudo(depth: number): void {
    const at = this.i;
    this.i++;
    if (this.peek() === ':') throw new Bad('pseudo-elements (::) are not supported', at);
    const nameAt = this.i;
    this.name(true);
    const name = this.s.slice(nameAt, this.i).toLowerCase();
    if (this.peek() === '(') {
      this.i++;
      if (WITH_SELECTORS.has(name)) {
        this.list(depth + 1, true);
        this.ws();
      } else if (WITH_NTH.has(name)) {
        const close = this.s.indexOf(')', this.i);
        if (close < 0 || !NTH.test(this.s.slice(this.i, close))) throw new Bad(`:${name}() needs a number pattern such as 2n+1`, this.i);
        this.i = close;
      } else throw new Bad(`:${name}() is not supported`, at);
      if (this.peek() !== ')') throw new Bad('has an unclosed "("', at);
      this.i++;
      return;
    }
    if (!PSEUDO.has(name)) throw new Bad(`:${name} is not supported`, at);
  }
}
