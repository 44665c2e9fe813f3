/**
 * Policy generator for IT leads:
 *
 *   npm run --silent policy -- --roster pupils.csv --school "Woodbridge Junior School" --out policy/
 *
 * Reads the roster CSV, hashes every name form locally with the school's secret (never printing a name),
 * and writes the same configuration in every format a school deploys with (see docs/deploying.md).
 * Exit codes: 0 written, 1 a problem with the roster or settings, 2 bad usage.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readRosterCsv, RosterFileError } from './policy/roster-csv.ts';
import { buildConfig, PolicyInputError, policyFiles, sizeWarnings, type PolicyInputs } from './policy/generate.ts';
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

function readJson(file: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new PolicyInputError(`cannot read ${what} ${file} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new PolicyInputError(`${what} ${file} is not valid JSON: ${(e as Error).message}`);
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

  const inputs: PolicyInputs = {
    schoolName: opts.school,
    aliases: opts.alias,
    postcode: opts.postcode,
    domain: opts.domain,
    policyUrl: opts['policy-url'],
    locked: opts.lock?.flatMap((l) => l.split(',')).map((s) => s.trim()).filter(Boolean),
  };
  if (opts.base) {
    const base = readJson(opts.base, 'settings file');
    if (base === null || typeof base !== 'object' || Array.isArray(base)) throw new PolicyInputError(`settings file ${opts.base} must hold a JSON object`);
    inputs.base = base as Record<string, unknown>;
  }
  if (opts.pack) {
    if (/\.json$/i.test(opts.pack) || existsSync(opts.pack)) inputs.customPack = readJson(opts.pack, 'policy pack file');
    else inputs.pack = opts.pack;
  }

  const notes: string[] = [];
  let secretFile: string | undefined;
  if (opts.roster) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(opts.roster);
    } catch (e) {
      throw new PolicyInputError(`cannot read the roster ${opts.roster} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
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
    if (roster.encoding !== 'utf-8') notes.push(`The roster is not UTF-8; it was read as ${roster.encoding}. If accented names may be affected, export it as "CSV UTF-8" and run again.`);
    if (opts['secret-file']) {
      inputs.secret = readSecretFile(opts['secret-file']);
      notes.push(`Roster secret: read from ${opts['secret-file']}.`);
    } else {
      inputs.secret = generateSecret();
      secretFile = join(out, 'roster-secret.txt');
    }
  } else if (opts['secret-file']) {
    throw new UsageError('--secret-file is only used with --roster');
  }

  const config = buildConfig(inputs);
  const files = policyFiles(config, ids);

  mkdirSync(out, { recursive: true });
  for (const f of files) {
    const path = join(out, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.data);
  }
  if (secretFile && inputs.secret) {
    writeFileSync(secretFile, `${inputs.secret}\n`, { mode: 0o600 });
    chmodSync(secretFile, 0o600);
    notes.push(`Roster secret: a new one was generated and saved in ${secretFile} (readable only by you). It is also inside every policy file.`);
  }
  if (config.rosterHashes) notes.push(`Hashed into ${config.rosterHashes.length} name forms (${config.rosterScheme}). No names are stored in the output.`);

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
    throw e;
  }
}
