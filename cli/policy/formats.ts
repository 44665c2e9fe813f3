/**
 * Every way an IT lead can hand the same configuration to a browser. Each writer is a pure function of
 * the validated configuration, so tests can parse each output back and compare it with config.json.
 */
import { createHash } from 'node:crypto';
import { build as buildPlist } from 'plist';
import { CONFIG_KEYS, type PostPauseConfig } from '../../lib/policy/config.ts';
import { CHROME_UPDATE_URL, EDGE_UPDATE_URL, FIREFOX_INSTALL_URL, type ExtensionIds } from './ids.ts';

export type PolicyValue = string | number | boolean | (string | number)[];

/** Settings the schema declares as JSON text: Chrome's schema cannot say "any object", nor can the registry. */
const JSON_TEXT_KEYS: readonly string[] = ['customPack', 'siteSelectors'];

/**
 * The configuration as browser policy values: keys in schema order, and the custom pack and the extra site
 * selectors as JSON text because the schema declares them strings.
 */
export function policyValues(config: PostPauseConfig): Record<string, PolicyValue> {
  const out: Record<string, PolicyValue> = {};
  const c = config as Record<string, unknown>;
  for (const key of CONFIG_KEYS) {
    const v = c[key];
    if (v === undefined) continue;
    out[key] = JSON_TEXT_KEYS.includes(key) && typeof v !== 'string' ? JSON.stringify(v) : (v as PolicyValue);
  }
  return out;
}

/** config.json: the plain configuration, as used by `npm run scan -- --config`. */
export function configJson(config: PostPauseConfig): string {
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** /etc/opt/chrome/policies/managed/ and /etc/chromium/policies/managed/ (note the lower-case "extensions"). */
export function linuxJson(values: Record<string, PolicyValue>, chromeId: string): string {
  return `${JSON.stringify({ '3rdparty': { extensions: { [chromeId]: values } } }, null, 2)}\n`;
}

/** Google Admin console, Apps & extensions > PostPause > "Policy for extensions". */
export function googleAdminJson(values: Record<string, PolicyValue>): string {
  const wrapped: Record<string, { Value: PolicyValue }> = {};
  for (const [k, v] of Object.entries(values)) wrapped[k] = { Value: v };
  return `${JSON.stringify(wrapped, null, 2)}\n`;
}

/** Firefox `policies.json` (distribution folder); Firefox capitalises "Extensions" here. */
export function firefoxPolicies(values: Record<string, PolicyValue>, firefoxId: string): string {
  return `${JSON.stringify({ policies: { '3rdparty': { Extensions: { [firefoxId]: values } } } }, null, 2)}\n`;
}

/** ExtensionSettings values that force-install PostPause, one per browser, to merge into existing policy. */
export function extensionSettings(ids: ExtensionIds): string {
  const snippet = {
    chrome: { ExtensionSettings: { [ids.chrome]: { installation_mode: 'force_installed', update_url: CHROME_UPDATE_URL, toolbar_pin: 'force_pinned' } } },
    edge: { ExtensionSettings: { [ids.edge]: { installation_mode: 'force_installed', update_url: EDGE_UPDATE_URL, toolbar_state: 'force_shown' } } },
    firefox: { policies: { ExtensionSettings: { [ids.firefox]: { installation_mode: 'force_installed', install_url: FIREFOX_INSTALL_URL } } } },
  };
  return `${JSON.stringify(snippet, null, 2)}\n`;
}

export type Vendor = 'chrome' | 'edge';

const REG_ROOT: Record<Vendor, string> = {
  chrome: 'SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions',
  edge: 'SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions',
};

export function registryKey(vendor: Vendor, id: string): string {
  return `HKEY_LOCAL_MACHINE\\${REG_ROOT[vendor]}\\${id}\\policy`;
}

/**
 * A .reg file for regedit / `reg import` / GPO. The old policy key is deleted first so a setting removed
 * from the policy (or last term's roster) does not linger. Strings are REG_SZ, whole numbers REG_DWORD,
 * lists numbered subkeys ("1", "2", ...) as Chrome and Edge read them. Returned as text: write it with
 * encodeRegFile() (UTF-16LE, which regedit needs for anything beyond ASCII).
 */
export function regFile(values: Record<string, PolicyValue>, vendor: Vendor, id: string): string {
  const key = registryKey(vendor, id);
  const lines = ['Windows Registry Editor Version 5.00', '', `[-${key}]`, '', `[${key}]`];
  const lists: [string, (string | number)[]][] = [];
  for (const [name, v] of Object.entries(values)) {
    if (Array.isArray(v)) lists.push([name, v]);
    else lines.push(regValue(name, v));
  }
  for (const [name, items] of lists) {
    lines.push('', `[${key}\\${name}]`);
    items.forEach((item, i) => lines.push(regValue(String(i + 1), item)));
  }
  return `${lines.join('\r\n')}\r\n`;
}

export function encodeRegFile(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

function regValue(name: string, v: string | number | boolean): string {
  const n = `"${regEscape(name)}"`;
  if (typeof v === 'number') return `${n}=dword:${(v >>> 0).toString(16).padStart(8, '0')}`;
  if (typeof v === 'boolean') return `${n}=dword:${v ? '00000001' : '00000000'}`;
  // REG_SZ in a .reg file cannot hold a line break: write those (rare) values as hex(1), UTF-16LE + NUL.
  if (/[\r\n]/.test(v)) return `${n}=hex(1):${[...Buffer.from(`${v}\0`, 'utf16le')].map((b) => b.toString(16).padStart(2, '0')).join(',')}`;
  return `${n}="${regEscape(v)}"`;
}

function regEscape(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
}

/**
 * PowerShell for Intune (platform script or Win32 app) and anything else that runs scripts as SYSTEM:
 * writes the same keys as the .reg files for Chrome and Edge, through the 64-bit registry view whatever
 * host runs it. The settings travel as JSON in a single-quoted here-string (no escaping, no
 * interpolation); the roster travels as base64 of the raw 8-byte hashes, which keeps a 2,000-pupil
 * school under Intune's 200 KB script limit (as JSON text it would not be).
 */
export function powershellScript(values: Record<string, PolicyValue>, ids: ExtensionIds, schoolName: string): string {
  const { rosterHashes, ...rest } = values;
  const json = JSON.stringify(rest, null, 1);
  const packed = Array.isArray(rosterHashes) ? packHashes(rosterHashes.map(String)) : '';
  const paths = (['chrome', 'edge'] as const).map((v) => `  '${REG_ROOT[v]}\\${v === 'chrome' ? ids.chrome : ids.edge}\\policy'`);
  return [
    `# PostPause policy for ${oneLine(schoolName)}, generated by \`npm run policy\`.`,
    '# Writes the PostPause extension policy for Google Chrome and Microsoft Edge to HKLM (64-bit view).',
    '# Run as SYSTEM or an administrator. Re-running replaces the previous policy.',
    '# Contains the pupil roster hashes and their secret: keep this file as confidential as the roster.',
    "$ErrorActionPreference = 'Stop'",
    '',
    "$policy = @'",
    json,
    "'@ | ConvertFrom-Json",
    '',
    '# rosterHashes: 8 bytes per hash, base64.',
    `$rosterPacked = '${packed}'`,
    'if ($rosterPacked) {',
    '  $bytes = [Convert]::FromBase64String($rosterPacked)',
    "  $hashes = [string[]]@(for ($i = 0; $i -lt $bytes.Length; $i += 8) { ([BitConverter]::ToString($bytes, $i, 8) -replace '-', '').ToLowerInvariant() })",
    "  $policy | Add-Member -NotePropertyName 'rosterHashes' -NotePropertyValue $hashes",
    '}',
    '',
    '$targets = @(',
    paths.join(',\n'),
    ')',
    '',
    'function Set-PolicyValue($Key, [string]$Name, $Value) {',
    '  if ($Value -is [int] -or $Value -is [long] -or $Value -is [bool]) {',
    '    $Key.SetValue($Name, [int]$Value, [Microsoft.Win32.RegistryValueKind]::DWord)',
    '  } else {',
    '    $Key.SetValue($Name, [string]$Value, [Microsoft.Win32.RegistryValueKind]::String)',
    '  }',
    '}',
    '',
    '$hklm = [Microsoft.Win32.RegistryKey]::OpenBaseKey([Microsoft.Win32.RegistryHive]::LocalMachine, [Microsoft.Win32.RegistryView]::Registry64)',
    'foreach ($path in $targets) {',
    "  # Start clean so settings removed from the policy (or last term's roster) do not linger.",
    '  $hklm.DeleteSubKeyTree($path, $false)',
    '  $key = $hklm.CreateSubKey($path)',
    '  foreach ($p in $policy.PSObject.Properties) {',
    '    if ($p.Value -is [System.Array]) {',
    '      $sub = $key.CreateSubKey($p.Name)',
    '      for ($i = 0; $i -lt $p.Value.Count; $i++) { Set-PolicyValue $sub ([string]($i + 1)) $p.Value[$i] }',
    '      $sub.Close()',
    '    } else {',
    '      Set-PolicyValue $key $p.Name $p.Value',
    '    }',
    '  }',
    '  $key.Close()',
    '}',
    'Write-Output "PostPause policy written for Chrome and Edge."',
    '',
  ]
    .join('\n')
    .replace(/\n/g, '\r\n');
}

/** The roster as base64 of the concatenated raw hashes (16 hex digits = 8 bytes each). */
export function packHashes(hashes: string[]): string {
  return Buffer.from(hashes.join(''), 'hex').toString('base64');
}

export function unpackHashes(packed: string): string[] {
  const hex = Buffer.from(packed, 'base64').toString('hex');
  return hex.match(/.{16}/g) ?? [];
}

/** UTF-8 with BOM: Windows PowerShell 5.1 reads a BOM-less script as the ANSI code page. */
export function encodePowershell(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

const MAC_DOMAIN: Record<Vendor, string> = { chrome: 'com.google.Chrome.extensions', edge: 'com.microsoft.Edge.extensions' };
const BROWSER_NAME: Record<Vendor, string> = { chrome: 'Google Chrome', edge: 'Microsoft Edge' };

/**
 * A macOS configuration profile (Jamf, Intune for macOS, Apple Business Essentials, or double-click):
 * one payload whose type is the browser's preference domain for this extension, settings inside it.
 * Identifiers and UUIDs are derived from the school and browser, so next term's profile replaces this one.
 */
export function mobileconfig(values: Record<string, PolicyValue>, vendor: Vendor, id: string, schoolName: string): string {
  const base = `dev.postpause.policy.${vendor}`;
  const profile = {
    PayloadType: 'Configuration',
    PayloadVersion: 1,
    PayloadIdentifier: base,
    PayloadUUID: stableUuid(`${base}:${schoolName}`),
    PayloadDisplayName: `PostPause policy (${BROWSER_NAME[vendor]})`,
    PayloadDescription: `PostPause settings for ${oneLine(schoolName)}. Contains pupil roster hashes: keep confidential.`,
    PayloadOrganization: oneLine(schoolName),
    PayloadScope: 'System',
    PayloadContent: [
      {
        PayloadType: `${MAC_DOMAIN[vendor]}.${id}`,
        PayloadVersion: 1,
        PayloadIdentifier: `${base}.settings`,
        PayloadUUID: stableUuid(`${base}.settings:${schoolName}`),
        PayloadDisplayName: 'PostPause',
        PayloadEnabled: true,
        ...values,
      },
    ],
  };
  return buildPlist(profile);
}

/** RFC 4122 version 5 (SHA-1, name-based) UUID in a fixed PostPause namespace. */
export function stableUuid(name: string): string {
  const namespace = Buffer.from('6f1f6d0e8a3b4c55b6c2a1d9e0f47c3a', 'hex');
  const h = createHash('sha1').update(namespace).update(name, 'utf8').digest();
  h[6] = (h[6]! & 0x0f) | 0x50;
  h[8] = (h[8]! & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex').toUpperCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
