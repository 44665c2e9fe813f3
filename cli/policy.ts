/**
 * Policy generator for IT leads:
 *
 *   npm run --silent policy -- --roster pupils.csv --school "Woodbridge Junior School" --out policy/
 *
 * Reads the roster CSV, hashes every name form locally with the school's secret (never printing a name),
 * and writes the same configuration in every format a school deploys with (see docs/deploying.md).
 * Everything is read and checked before anything is written; the files are written into a temporary
 * folder beside --out and moved into place only when complete, so a run leaves either a complete,
 * consistent set of files or none. Every message is one line per problem, never a stack trace, never a name.
 * Exit codes: 0 written, 1 a problem with the roster, the settings or the output folder, 2 bad usage.
 */
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readRosterCsv, RosterFileError } from './policy/roster-csv.ts';
import { buildConfig, OUTPUT_PATHS, PolicyInputError, policyFiles, sizeWarnings, type OutputFile, type PolicyInputs } from './policy/generate.ts';
import { encodingName, readBytes, readJsonFile, TextFileError, unreadableNote } from './read-text.ts';
import { checkIds, DEV_CHROME_ID, FIREFOX_ID } from './policy/ids.ts';
import { generateSecret, readSecretFile } from './policy/secret.ts';

const USAGE = `Usage:
  npm run --silent policy -- --school "School name" --out DIR [options]

Options:
  --roster FILE        pupil roster CSV from the MIS (Forename / Legal Forename / Preferred Forename / Surname columns)
  --school NAME        the school's name (required)
  --alias NAME         another name for the school (repeat for more)
  --postcode CODE      the school's postcode
  --domain DOMAIN      the school's web domain, e.g. myschool.sch.uk
  --pack ID|FILE.json  built-in policy pack id, or a JSON file with the school's own pack
  --policy-url URL     https:// link to the school's own copy of its policy
  --secret-file FILE   roster secret to use (one line); a new one is made and saved in DIR if left out
  --lock KEY[,KEY...]  settings staff cannot change, e.g. --lock disabledRules,enabledSites
  --base FILE.json     other settings (hours, sites, reminders...) to include; the options above win
  --chrome-id ID       Chrome extension ID (default: ${DEV_CHROME_ID}, the test build)
  --edge-id ID         Edge extension ID (default: the Chrome ID)
  --firefox-id ID      Firefox add-on ID (default: ${FIREFOX_ID})
  --out DIR            folder to write the policy files to (required)
  --help               show this help`;

class UsageError extends Error {}

const MAX_ROW_ERRORS = 20;

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        roster: { type: 'string' },
        school: { type: 'string' },
        alias: { type: 'string', multiple: true },
        postcode: { type: 'string' },
        domain: { type: 'string' },
        pack: { type: 'string' },
        'policy-url': { type: 'string' },
        'secret-file': { type: 'string' },
        lock: { type: 'string', multiple: true },
        base: { type: 'string' },
        'chrome-id': { type: 'string' },
        'edge-id': { type: 'string' },
        'firefox-id': { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** UTF-8 or UTF-16 (PowerShell 5.1's `Out-File` and `>`), with or without a byte-order mark. */
function readJson(file: string, what: string, notes: string[]): unknown {
  try {
    const r = readJsonFile(file, what);
    if (r.unreadable) notes.push(unreadableNote(file));
    return r.value;
  } catch (e) {
    if (e instanceof TextFileError) throw new PolicyInputError(e.message);
    throw e;
  }
}

/**
 * Refuse an --out that cannot become a folder of policy files, before anything is read or written: a
 * file of that name, a file where one of its parent folders must go, or a folder holding files this
 * generator did not write. A folder holding only a previous run's files is replaced whole (so no stale
 * roster-secret.txt survives); returns whether there was one.
 */
function checkOut(out: string): 'new' | 'replace' {
  let stat;
  try {
    stat = statSync(out);
  } catch {
    for (let dir = dirname(out); ; dir = dirname(dir)) {
      let s;
      try {
        s = statSync(dir);
      } catch {
        if (dirname(dir) === dir) break;
        continue;
      }
      if (!s.isDirectory()) throw new PolicyInputError(`--out ${out} cannot be created: ${dir} is a file, not a folder. Choose another folder. Nothing was written.`);
      break;
    }
    return 'new';
  }
  if (!stat.isDirectory()) throw new PolicyInputError(`--out ${out} is a file, not a folder: give the name of a new or empty folder (it is created if missing). Nothing was written.`);
  const known = new Set(OUTPUT_PATHS.flatMap((p) => [p, ...parents(p)]));
  const stray = walk(out).find((p) => !known.has(p));
  if (stray !== undefined) {
    throw new PolicyInputError(`--out ${out} already holds files the policy generator did not write (such as "${short(stray)}"): choose a new or empty folder, or move those files. Nothing was written.`);
  }
  return readdirSync(out).length ? 'replace' : 'new';
}

function parents(p: string): string[] {
  const out: string[] = [];
  for (let d = dirname(p); d !== '.'; d = dirname(d)) out.push(d);
  return out;
}

/** Relative paths (with "/") of everything under `dir`, folders included. */
function walk(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    const rel = relative(base, full).split('\\').join('/');
    out.push(rel);
    if (e.isDirectory()) out.push(...walk(full, base));
  }
  return out;
}

function short(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

/**
 * Write every file into a temporary folder beside `out`, then move it into place (replacing a previous
 * run's folder). On any failure the temporary folder is removed and `out` is left as it was.
 */
function writeAll(out: string, files: OutputFile[], secret: string | undefined): void {
  const parent = dirname(out);
  let tmp: string | undefined;
  let old: string | undefined;
  try {
    mkdirSync(parent, { recursive: true });
    tmp = mkdtempSync(join(parent, `.${basename(out)}.writing-`));
    for (const f of files) {
      const path = join(tmp, f.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.data);
    }
    if (secret !== undefined) {
      const path = join(tmp, 'roster-secret.txt');
      writeFileSync(path, `${secret}\n`, { mode: 0o600 });
      chmodSync(path, 0o600);
    }
    if (existsSync(out)) {
      old = `${tmp}-previous`;
      renameSync(out, old);
    }
    try {
      renameSync(tmp, out);
    } catch (e) {
      if (old) renameSync(old, out);
      old = undefined;
      throw e;
    }
    tmp = undefined;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'error';
    throw new PolicyInputError(`could not write the policy files to ${out} (${code}${code === 'EACCES' || code === 'EPERM' ? ': permission denied' : code === 'ENOSPC' ? ': the disk is full' : ''}). Nothing was written.`);
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    if (old) rmSync(old, { recursive: true, force: true });
  }
}

function main(argv: string[]): number {
  const opts = parse(argv);
  if (opts.help) {
    console.log(USAGE);
    return 0;
  }
  if (!opts.school) throw new UsageError('--school is required');
  if (!opts.out) throw new UsageError('--out is required');
  const out = resolve(opts.out);
  const ids = { chrome: opts['chrome-id'] ?? DEV_CHROME_ID, edge: opts['edge-id'] ?? opts['chrome-id'] ?? DEV_CHROME_ID, firefox: opts['firefox-id'] ?? FIREFOX_ID };
  const idErrors = checkIds(ids);
  if (idErrors.length) throw new UsageError(idErrors.join('\n'));
  const outState = checkOut(out);
  const notes: string[] = [];

  const inputs: PolicyInputs = {
    schoolName: opts.school,
    aliases: opts.alias,
    postcode: opts.postcode,
    domain: opts.domain,
    policyUrl: opts['policy-url'],
    locked: opts.lock?.flatMap((l) => l.split(',')).map((s) => s.trim()).filter(Boolean),
  };
  if (opts.base) {
    const base = readJson(opts.base, 'settings file', notes);
    if (base === null || typeof base !== 'object' || Array.isArray(base)) throw new PolicyInputError(`settings file ${opts.base} must hold a JSON object`);
    inputs.base = base as Record<string, unknown>;
  }
  if (opts.pack) {
    if (/\.json$/i.test(opts.pack) || existsSync(opts.pack)) inputs.customPack = readJson(opts.pack, 'policy pack file', notes);
    else inputs.pack = opts.pack;
  }

  let generated = false;
  if (opts.roster) {
    let bytes: Buffer;
    try {
      bytes = readBytes(opts.roster, 'the roster');
    } catch (e) {
      if (e instanceof TextFileError) throw new PolicyInputError(e.message);
      throw e;
    }
    let roster;
    try {
      roster = readRosterCsv(bytes);
    } catch (e) {
      if (e instanceof RosterFileError) throw new PolicyInputError(`${opts.roster}: ${e.message}`);
      throw e;
    }
    if (roster.problems.length) {
      const shown = roster.problems.slice(0, MAX_ROW_ERRORS).map((p) => `${opts.roster}: row ${p.row} ${p.message}`);
      const more = roster.problems.length > MAX_ROW_ERRORS ? [`... and ${roster.problems.length - MAX_ROW_ERRORS} more rows with problems`] : [];
      throw new PolicyInputError([...shown, ...more, 'Nothing was written. Fix these rows (or delete them) and run again.'].join('\n'));
    }
    if (roster.pupils.length === 0) throw new PolicyInputError(`${opts.roster}: no pupils found below the header row`);
    inputs.pupils = roster.pupils;
    const cols = Object.values(roster.columns).map((c) => `"${c}"`).join(', ');
    notes.push(`Read ${roster.pupils.length} pupil name${roster.pupils.length === 1 ? '' : 's'} from ${opts.roster} (columns ${cols}${roster.blankRows ? `; ${roster.blankRows} blank row${roster.blankRows === 1 ? "" : "s"} skipped` : ''}).`);
    if (roster.encoding === 'windows-1252') notes.push(`The roster is not UTF-8; it was read as ${encodingName(roster.encoding)}. If accented names may be affected, export it as "CSV UTF-8" and run again.`);
    else if (roster.encoding !== 'utf-8') notes.push(`The roster was read as ${encodingName(roster.encoding)}.`);
    if (opts['secret-file']) {
      inputs.secret = readSecretFile(opts['secret-file']);
      notes.push(`Roster secret: read from ${opts['secret-file']}.`);
    } else {
      inputs.secret = generateSecret();
      generated = true;
    }
  } else if (opts['secret-file']) {
    throw new UsageError('--secret-file is only used with --roster');
  }

  const config = buildConfig(inputs);
  const files = policyFiles(config, ids);

  writeAll(out, files, inputs.secret);
  if (outState === 'replace') notes.push(`Replaced the previous policy files in ${out} (nothing from the earlier run is left, including its roster-secret.txt).`);
  if (inputs.secret) {
    const secretFile = join(out, 'roster-secret.txt');
    notes.push(
      generated
        ? `Roster secret: a new one was generated and saved in ${secretFile} (readable only by you). It is also inside every policy file.`
        : `Roster secret: saved again in ${secretFile} (readable only by you), so the folder is complete for next term.`,
    );
  }
  if (config.rosterHashes) notes.push(`Hashed into ${config.rosterHashes.length} name forms (${config.rosterScheme}), with the key check rosterKeyCheck. No names are stored in the output.`);

  console.log(notes.join('\n'));
  console.log(`\nWrote to ${out}:`);
  for (const f of files) console.log(`  ${f.path.padEnd(42)} ${f.purpose}`);
  for (const w of sizeWarnings(files)) console.log(`\nWarning: ${w}`);
  if (ids.chrome === DEV_CHROME_ID && !opts['chrome-id']) {
    console.log(`\nNote: addressed to the test build's extension ID ${DEV_CHROME_ID}. For the store versions pass --chrome-id and --edge-id (see docs/deploying.md).`);
  }
  if (config.rosterHashes) console.log('\nThese files contain the roster hashes and their secret: keep them as confidential as the roster.');
  return 0;
}

// Output piped into a command that stops reading early (`| head`): stop quietly, never a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') console.error(`policy: cannot write the output (${e.code ?? 'error'})`);
  process.exit(e.code === 'EPIPE' ? (typeof process.exitCode === 'number' ? process.exitCode : 0) : 1);
});

try {
  process.exitCode = main(process.argv.slice(2));
} catch (e) {
  if (e instanceof UsageError) {
    console.error(`policy: ${e.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else if (e instanceof PolicyInputError) {
    console.error(`policy: ${e.message}`);
    process.exitCode = 1;
  } else {
    // One line, never a stack trace (which can carry file contents): the output ends up in tickets.
    console.error(`policy: unexpected error: ${e instanceof Error ? e.message.split('\n')[0]!.slice(0, 200) : 'unknown'}. Nothing was written.`);
    process.exitCode = 1;
  }
}
