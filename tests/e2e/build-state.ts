/**
 * Shared by the Chromium (harness.ts) and Firefox (tests/e2e-firefox/) browser tests: is the built
 * extension there and newer than its sources, and the record of every real browser launch that .ci/run
 * checks (no record means the browser tests never ran).
 */
import { appendFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const ARTIFACTS = resolve(ROOT, 'tests/e2e/.artifacts');

/** Source folders whose changes need a rebuild before the browser tests mean anything. */
const SOURCES = ['entrypoints', 'components', 'extension', 'lib', 'rules', 'public', 'wxt.config.ts'];
const NOT_BUILT = [/\.test\.tsx?$/];

/** Throws unless `buildDir` has a manifest newer than every source file it is built from. */
export function assertBuilt(buildDir: string, buildCommand: string): void {
  const manifest = join(buildDir, 'manifest.json');
  if (!existsSync(manifest)) {
    throw new Error(`No extension build at ${buildDir}. Run \`${buildCommand}\` first (npm run test:e2e does it for you).`);
  }
  if (process.env.POSTPAUSE_E2E_ALLOW_STALE === '1') return;
  const built = statSync(manifest).mtimeMs;
  const newer = newestSource();
  if (newer && newer.mtime > built) {
    throw new Error(
      `The extension build in ${buildDir} is older than ${newer.path}. Run \`${buildCommand}\` again (or set POSTPAUSE_E2E_ALLOW_STALE=1 to test the old build anyway).`,
    );
  }
}

function newestSource(): { path: string; mtime: number } | null {
  let best: { path: string; mtime: number } | null = null;
  const visit = (rel: string) => {
    const abs = join(ROOT, rel);
    if (!existsSync(abs)) return;
    const st = statSync(abs);
    if (st.isDirectory()) {
      for (const name of readdirSync(abs)) visit(`${rel}/${name}`);
      return;
    }
    if (NOT_BUILT.some((re) => re.test(rel))) return;
    if (!best || st.mtimeMs > best.mtime) best = { path: rel, mtime: st.mtimeMs };
  };
  for (const s of SOURCES) visit(s);
  return best;
}

/** Appends one line to tests/e2e/.artifacts/<log>: .ci/run checks these logs. */
export function recordLaunch(log: string, line: string): void {
  mkdirSync(ARTIFACTS, { recursive: true });
  appendFileSync(resolve(ARTIFACTS, log), `${new Date().toISOString()} ${line}\n`);
}
