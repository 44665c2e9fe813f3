/**
 * From the IT lead's answers to every deployable file. Pure apart from hashing: the CLI (../policy.ts)
 * reads the inputs and writes the outputs.
 */
import { hashRoster, ROSTER_SCHEME, type RosterPupil } from '../../lib/engine/roster/index.ts';
import { rosterKeyCheck } from '../../lib/engine/roster/key-check.ts';
import { CONFIG_KEYS, formatProblem, MAX_ROSTER_FORMS, MAX_ROSTER_PUPILS_ABOUT, validateConfig, type PostPauseConfig } from '../../lib/policy/config.ts';
import { validateCustomPack } from '../../lib/policy/custom-pack.ts';
import { BUILTIN_PACKS } from '../../lib/policy/packs/index.ts';
import { RULES } from '../../rules/index.ts';
import type { ExtensionIds } from './ids.ts';
import {
  configJson,
  encodePowershell,
  encodeRegFile,
  extensionSettings,
  firefoxPolicies,
  googleAdminJson,
  linuxJson,
  mobileconfig,
  policyValues,
  powershellScript,
  regFile,
} from './formats.ts';

export interface PolicyInputs {
  /** Other settings (hours, sites, reminders...) from a JSON file; the options below override them. */
  base?: Record<string, unknown>;
  schoolName: string;
  aliases?: string[];
  postcode?: string;
  domain?: string;
  /** Built-in pack id. */
  pack?: string;
  /** A school's own pack (parsed JSON). */
  customPack?: unknown;
  policyUrl?: string;
  locked?: string[];
  /** With `secret`: hashed into rosterHashes; names go no further than this function. */
  pupils?: RosterPupil[];
  secret?: string;
}

export class PolicyInputError extends Error {}

const MAX_LISTED = 20;

/**
 * The validated configuration, or a PolicyInputError listing every problem (one line each, naming the
 * setting, the problem and the fix). Everything is checked here, before the caller writes anything: a
 * custom pack the extension would refuse is refused here too, not written and then silently replaced by
 * the default pack on every device.
 */
export function buildConfig(inputs: PolicyInputs): PostPauseConfig {
  const raw: Record<string, unknown> = { ...(inputs.base ?? {}) };
  const set = (key: keyof PostPauseConfig, v: unknown) => {
    if (v !== undefined && !(Array.isArray(v) && v.length === 0)) raw[key] = v;
  };
  set('schoolName', inputs.schoolName);
  set('schoolAliases', inputs.aliases);
  set('schoolPostcode', inputs.postcode);
  set('schoolDomain', inputs.domain);
  set('policyPack', inputs.pack);
  set('customPack', inputs.customPack);
  set('policyUrl', inputs.policyUrl);
  set('locked', inputs.locked);
  if (inputs.pupils) {
    // A roster in --base is last term's: the one made here replaces it whole.
    for (const key of ['rosterHashes', 'rosterSecret', 'rosterKeyCheck', 'rosterScheme'] as const) delete raw[key];
    if (!inputs.secret) throw new PolicyInputError('a roster needs a secret');
    const hashes = hashRoster(inputs.secret, inputs.pupils);
    if (hashes.length > MAX_ROSTER_FORMS) {
      throw new PolicyInputError(
        `the roster has ${count(inputs.pupils.length)} pupils, which make ${count(hashes.length)} name forms; PostPause takes at most ${count(MAX_ROSTER_FORMS)} (about ${MAX_ROSTER_PUPILS_ABOUT} pupils). Split the roster (by key stage, phase or site), run the generator once per part, and give each group of staff the policy for their pupils. Nothing was written.`,
      );
    }
    raw.rosterHashes = hashes;
    raw.rosterSecret = inputs.secret;
    raw.rosterKeyCheck = rosterKeyCheck(inputs.secret);
    raw.rosterScheme = ROSTER_SCHEME;
  }
  const lines: string[] = [];
  if (typeof raw.policyPack === 'string' && !BUILTIN_PACKS[raw.policyPack]) {
    lines.push(`unknown policy pack "${truncate(raw.policyPack)}" (built-in packs: ${Object.keys(BUILTIN_PACKS).sort().join(', ')}; or give a .json file with your own pack)`);
  }
  if (raw.customPack !== undefined) {
    const pack = validateCustomPack(raw.customPack);
    if (!pack.ok) lines.push(...pack.errors.map((e) => `the policy pack (--pack or customPack): ${e.message}`));
  }
  const { config, problems } = validateConfig(raw, { ruleIds: RULES.map((r) => r.meta.id) });
  lines.push(...problems.filter((p) => !p.notice).map(formatProblem));
  if (lines.length) {
    const shown = lines.slice(0, MAX_LISTED);
    if (lines.length > MAX_LISTED) shown.push(`... and ${lines.length - MAX_LISTED} more problems`);
    throw new PolicyInputError([...shown, 'Nothing was written. Fix these and run again.'].join('\n'));
  }
  // Schema order, so every output lists the settings the same way.
  const ordered: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) if ((config as Record<string, unknown>)[key] !== undefined) ordered[key] = (config as Record<string, unknown>)[key];
  return ordered as PostPauseConfig;
}

export interface OutputFile {
  /** Relative to the output folder. */
  path: string;
  data: string | Buffer;
  /** Where it goes, for the summary and README.txt. */
  purpose: string;
}

export function policyFiles(config: PostPauseConfig, ids: ExtensionIds): OutputFile[] {
  const values = policyValues(config);
  const school = config.schoolName ?? 'the school';
  const files: OutputFile[] = [
    { path: 'config.json', data: configJson(config), purpose: 'the plain configuration (`npm run scan -- --config config.json` to try it)' },
    { path: 'linux/postpause.json', data: linuxJson(values, ids.chrome), purpose: 'Linux: copy to /etc/opt/chrome/policies/managed/ (Chrome) or /etc/chromium/policies/managed/ (Chromium)' },
    { path: 'windows/chrome.reg', data: encodeRegFile(regFile(values, 'chrome', ids.chrome)), purpose: 'Windows, Chrome: import with regedit, `reg import`, or Group Policy registry preferences' },
    { path: 'windows/edge.reg', data: encodeRegFile(regFile(values, 'edge', ids.edge)), purpose: 'Windows, Edge: as chrome.reg' },
    { path: 'windows/postpause-policy.ps1', data: encodePowershell(powershellScript(values, ids, school)), purpose: 'Windows via Intune (or any script runner): writes the Chrome and Edge keys' },
    { path: 'macos/chrome.mobileconfig', data: mobileconfig(values, 'chrome', ids.chrome, school), purpose: 'macOS, Chrome: configuration profile for Jamf / Intune / MDM' },
    { path: 'macos/edge.mobileconfig', data: mobileconfig(values, 'edge', ids.edge, school), purpose: 'macOS, Edge: configuration profile for Jamf / Intune / MDM' },
    { path: 'google-admin/policy-for-extensions.json', data: googleAdminJson(values), purpose: 'Google Admin console (ChromeOS, managed Chrome): paste into "Policy for extensions"' },
    { path: 'firefox/policies.json', data: firefoxPolicies(values, ids.firefox), purpose: 'Firefox: merge into policies.json in the distribution folder' },
    { path: 'install/extension-settings.json', data: extensionSettings(ids), purpose: 'ExtensionSettings values that force-install PostPause (Chrome, Edge, Firefox)' },
  ];
  files.push({ path: 'README.txt', data: readme(files, config), purpose: 'what each file is for' });
  return files;
}

function readme(files: OutputFile[], config: PostPauseConfig): string {
  const lines = [
    `PostPause policy files${config.schoolName ? ` for ${config.schoolName}` : ''}`,
    '',
    'Step-by-step instructions for each platform: docs/deploying.md in the PostPause repository.',
    config.rosterHashes
      ? 'These files contain the pupil roster as keyed hashes and the secret key for them. Keep them as confidential as the roster itself, and delete old copies when you replace them.'
      : 'These files contain no pupil roster.',
    '',
    ...files.map((f) => `${f.path}\n    ${f.purpose}`),
    '',
  ];
  return lines.join('\n');
}

function truncate(s: string, n = 40): string {
  const t = s.slice(0, n * 4).replace(/\s+/g, ' ');
  return t.length > n ? `${t.slice(0, n)}…` : t;
}

function count(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Every path policyFiles() can write, and roster-secret.txt: what a previous run may have left in --out. */
export const OUTPUT_PATHS: readonly string[] = [
  'config.json',
  'linux/postpause.json',
  'windows/chrome.reg',
  'windows/edge.reg',
  'windows/postpause-policy.ps1',
  'macos/chrome.mobileconfig',
  'macos/edge.mobileconfig',
  'google-admin/policy-for-extensions.json',
  'firefox/policies.json',
  'install/extension-settings.json',
  'README.txt',
  'roster-secret.txt',
];

/** Sizes worth warning about: Intune platform scripts are capped at 200 KB, Chrome policy at 5 MiB. */
export function sizeWarnings(files: OutputFile[]): string[] {
  const out: string[] = [];
  for (const f of files) {
    const size = typeof f.data === 'string' ? Buffer.byteLength(f.data) : f.data.length;
    if (f.path.endsWith('.ps1') && size > 200 * 1024) {
      out.push(`${f.path} is ${Math.round(size / 1024)} KB, over Intune's 200 KB limit for platform scripts: deploy it as a Win32 app (IntuneWinAppUtil) instead; see docs/deploying.md`);
    }
    if (f.path.startsWith('google-admin/') && size > 5 * 1024 * 1024) out.push(`${f.path} is over Chrome's 5 MiB limit for extension policy`);
  }
  return out;
}
