/**
 * Reads a pupil roster CSV as school MIS systems export it (SIMS, Arbor, Bromcom, Scholarpack, Excel):
 * header names in any case and spacing, UTF-8 with or without BOM (or Windows-1252 / UTF-16 from older
 * Excel), comma, semicolon or tab separated, quoted fields, blank lines, a report title above the header.
 *
 * Errors name rows and columns but never the names in them: this output ends up in terminals, tickets
 * and screenshots.
 */
import { parse } from 'csv-parse/sync';
import { nameWords, type RosterPupil } from '../../lib/engine/roster/index.ts';
import { decodeText, type TextEncoding } from '../read-text.ts';

type Field = 'forename' | 'legal' | 'preferred' | 'surname' | 'legalSurname' | 'preferredSurname';

/** Header names (lower-case, letters only) for each field; the first column found for a field wins. */
const HEADERS: Record<Field, readonly string[]> = {
  forename: ['forename', 'forenames', 'firstname', 'firstnames', 'givenname', 'givennames', 'christianname'],
  legal: ['legalforename', 'legalforenames', 'legalfirstname', 'legalgivenname', 'legalgivennames'],
  preferred: ['preferredforename', 'preferredforenames', 'preferredfirstname', 'preferredname', 'knownas', 'chosenname', 'chosenforename', 'nickname'],
  surname: ['surname', 'lastname', 'familyname'],
  legalSurname: ['legalsurname', 'legallastname', 'legalfamilyname'],
  preferredSurname: ['preferredsurname', 'preferredlastname', 'preferredfamilyname', 'chosensurname'],
};

export const ACCEPTED_COLUMNS = 'Forename (or First Name), Legal Forename, Preferred Forename (or Known As), and Surname (or Last Name, Legal Surname, Preferred Surname)';

/** How many rows above the header (report titles, export dates) are tolerated. */
const MAX_HEADER_ROW = 10;

export interface RosterProblem {
  /** 1-based line of the file where the row starts (the row number a spreadsheet shows). */
  row: number;
  message: string;
}

export interface RosterRead {
  pupils: RosterPupil[];
  problems: RosterProblem[];
  /** Rows with nothing in them (blank lines, ",,,"). */
  blankRows: number;
  /** Set when the file was not UTF-8 and was read in another encoding. */
  encoding: TextEncoding;
  /** Which columns were used, by header text as written. */
  columns: Partial<Record<Field, string>>;
}

export class RosterFileError extends Error {}

/**
 * UTF-8 (BOM or not), UTF-16 LE or BE with or without a BOM (Excel "Unicode Text", PowerShell 5.1 `Out-File`),
 * and otherwise Excel's plain "CSV" on Windows (Windows-1252, which maps every byte).
 */
export function decodeRoster(bytes: Uint8Array): { text: string; encoding: RosterRead['encoding'] } {
  const { text, encoding } = decodeText(bytes, 'windows-1252');
  return { text, encoding };
}

export function readRosterCsv(bytes: Uint8Array): RosterRead {
  const { text: raw, encoding } = decodeRoster(bytes);
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const delimiter = guessDelimiter(text);
  const unclosed = unclosedQuoteLine(text, delimiter);
  if (unclosed) throw new RosterFileError(`row ${unclosed}: a quoted field is never closed (look for a stray double quote " in that row)`);

  let rows: { record: string[]; info: { lines: number }; raw?: string }[];
  try {
    rows = parse(text, { delimiter, record_delimiter: '\n', info: true, raw: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as unknown as typeof rows;
  } catch (e) {
    const err = e as { lines?: number; code?: string };
    throw new RosterFileError(`row ${err.lines ?? '?'}: the file cannot be read as CSV (${err.code ?? 'parse error'})`);
  }

  const startRow = (r: (typeof rows)[number]) => r.info.lines - ((r.raw ?? '').replace(/\n$/, '').match(/\n/g)?.length ?? 0);
  const isBlank = (rec: string[]) => rec.every((f) => f.trim() === '');

  let headerAt = -1;
  let columns: Partial<Record<Field, number>> = {};
  for (let i = 0, seen = 0; i < rows.length && seen < MAX_HEADER_ROW; i++) {
    const rec = rows[i]!.record;
    if (isBlank(rec)) continue;
    seen++;
    const found = matchHeader(rec);
    if ((found.forename ?? found.legal ?? found.preferred) !== undefined && (found.surname ?? found.legalSurname ?? found.preferredSurname) !== undefined) {
      headerAt = i;
      columns = found;
      break;
    }
  }
  if (headerAt < 0) {
    throw new RosterFileError(`no header row found in the first ${MAX_HEADER_ROW} rows: the roster needs a forename column and a surname column. Accepted column names (any case): ${ACCEPTED_COLUMNS}`);
  }
  const header = rows[headerAt]!.record;

  const pupils: RosterPupil[] = [];
  const problems: RosterProblem[] = [];
  let blankRows = 0;
  const get = (rec: string[], f: Field) => {
    const i = columns[f];
    return i === undefined ? '' : (rec[i] ?? '').trim();
  };
  for (const r of rows.slice(headerAt + 1)) {
    const rec = r.record;
    const row = startRow(r);
    if (isBlank(rec)) {
      blankRows++;
      continue;
    }
    if (rec.length > header.length && rec.slice(header.length).some((f) => f.trim() !== '')) {
      problems.push({ row, message: `has ${rec.length} fields but the header has ${header.length} (a name containing a comma must be in double quotes)` });
      continue;
    }
    const forename = get(rec, 'forename') || get(rec, 'legal') || get(rec, 'preferred');
    const allSurnames = unique([get(rec, 'surname'), get(rec, 'legalSurname'), get(rec, 'preferredSurname')]);
    // A name of only emoji, symbols or punctuation folds to nothing: it could never be matched.
    const surnames = allSurnames.filter(hasNameWords);
    if (forename && !hasNameWords(forename)) {
      problems.push({ row, message: `has a forename with no letters or digits PostPause can match (only symbols, emoji or punctuation): correct the name or delete the row` });
      continue;
    }
    if (surnames.length === 0 && allSurnames.length > 0) {
      problems.push({ row, message: `has a surname with no letters or digits PostPause can match (only symbols, emoji or punctuation): correct the name or delete the row` });
      continue;
    }
    if (!forename) {
      problems.push({ row, message: `has no forename (${columnList(header, columns, ['forename', 'legal', 'preferred'])} ${plural(columns, ['forename', 'legal', 'preferred'])} empty)` });
      continue;
    }
    if (surnames.length === 0) {
      problems.push({ row, message: `has no surname (${columnList(header, columns, ['surname', 'legalSurname', 'preferredSurname'])} ${plural(columns, ['surname', 'legalSurname', 'preferredSurname'])} empty)` });
      continue;
    }
    const preferred = get(rec, 'preferred');
    const legal = get(rec, 'legal');
    // A pupil known by a different surname (legal vs preferred) is recognisable under either.
    for (const surname of surnames) {
      pupils.push({ forename, surname, ...(preferred && preferred !== forename ? { preferred } : {}), ...(legal && legal !== forename ? { legal } : {}) });
    }
  }
  const used: Partial<Record<Field, string>> = {};
  for (const [f, i] of Object.entries(columns) as [Field, number][]) used[f] = header[i]!.trim();
  return { pupils, problems, blankRows, encoding, columns: used };
}

function hasNameWords(s: string): boolean {
  return nameWords(s).length > 0;
}

function normaliseHeader(h: string): string {
  return h.toLowerCase().replace(/[^a-z]/g, '');
}

function matchHeader(rec: string[]): Partial<Record<Field, number>> {
  const found: Partial<Record<Field, number>> = {};
  rec.forEach((h, i) => {
    const n = normaliseHeader(h);
    for (const [field, names] of Object.entries(HEADERS) as [Field, readonly string[]][]) {
      if (found[field] === undefined && names.includes(n)) found[field] = i;
    }
  });
  return found;
}

function columnList(header: string[], columns: Partial<Record<Field, number>>, fields: Field[]): string {
  const names = fields.flatMap((f) => (columns[f] === undefined ? [] : [`"${header[columns[f]]!.trim()}"`]));
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0]!;
}

function plural(columns: Partial<Record<Field, number>>, fields: Field[]): string {
  return fields.filter((f) => columns[f] !== undefined).length > 1 ? 'are all' : 'is';
}

function unique(xs: string[]): string[] {
  return [...new Set(xs.filter(Boolean))];
}

/** The separator used in the first non-blank line: Excel writes ";" where "," is the decimal point, tab for "Unicode Text". */
function guessDelimiter(text: string): string {
  const first = text.split('\n').find((l) => l.trim() !== '') ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best[1] > 0 ? best[0] : ',';
}

/** Line where a quoted field opens and never closes, or 0; csv-parse only reports the end of the file. */
function unclosedQuoteLine(text: string, delimiter: string): number {
  let line = 1;
  let openedAt = 0;
  let inQuotes = false;
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') i++;
        else inQuotes = false;
      } else if (c === '\n') line++;
      continue;
    }
    if (c === '"' && atFieldStart) {
      inQuotes = true;
      openedAt = line;
      atFieldStart = false;
    } else if (c === delimiter) atFieldStart = true;
    else if (c === '\n') {
      line++;
      atFieldStart = true;
    } else atFieldStart = false;
  }
  return inQuotes ? openedAt : 0;
}
