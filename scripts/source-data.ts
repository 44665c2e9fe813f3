/**
 * Where the lexicon builders and trainers find the public data sets they were built from (ONS baby names,
 * GIAS school names, OLID, presidio-research sentences). That data is not part of the repository; only what
 * the builders derive from it is. Give its folder as POSTPAUSE_DATA (or a script's first argument): the
 * folder holds one sub-folder per data set, named as in each script's header.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export function sourceDataDir(arg: string | undefined): string {
  const dir = arg ?? process.env.POSTPAUSE_DATA;
  if (!dir) {
    console.error('Set POSTPAUSE_DATA to the folder that holds the source data sets (or give it as the first argument).');
    process.exit(2);
  }
  const full = resolve(dir);
  if (!existsSync(full)) {
    console.error(`No data folder at ${full}: set POSTPAUSE_DATA to the folder that holds the source data sets.`);
    process.exit(2);
  }
  return full;
}
