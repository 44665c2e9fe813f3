/**
 * `npm run --silent scan -- "text"`            readable findings for one post
 * `npm run --silent scan -- --jsonl [--config FILE]`  JSON lines {"id","text"} on stdin -> {"id","findings"}
 *
 * The engine from a terminal, for people checking a configuration. Node-only (lives in cli/).
 * Exit codes: 0 done (findings or not), 2 bad usage or bad configuration.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { createAnalyzer, formatProblem, type Analyzer } from '../lib/index.ts';
import { formatFindings, scanLine } from './scan-core.ts';

const USAGE = `Usage:
  npm run --silent scan -- [--config FILE] "text of a post"
  npm run --silent scan -- --jsonl [--config FILE] < posts.jsonl

Options:
  --config FILE  PostPause configuration JSON (the same keys as the managed policy)
  --jsonl        read {"id": ..., "text": ...} lines on stdin, write {"id": ..., "findings": [...]} lines
  --help         show this help`;

class UsageError extends Error {}

interface Args {
  config?: string;
  jsonl: boolean;
  text: string[];
}

function parseArgs(argv: string[]): Args | 'help' {
  const args: Args = { jsonl: false, text: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') return 'help';
    else if (a === '--jsonl') args.jsonl = true;
    else if (a === '--config') {
      const v = argv[++i];
      if (!v) throw new UsageError('--config needs a file name');
      args.config = v;
    } else if (a.startsWith('--config=')) args.config = a.slice('--config='.length);
    else if (a === '--') {
      args.text.push(...argv.slice(i + 1));
      break;
    }
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a}`);
    else args.text.push(a);
  }
  if (args.jsonl && args.text.length) throw new UsageError('give either --jsonl (text on stdin) or the text as an argument, not both');
  return args;
}

function loadConfig(file: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read config file ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  try {
    return JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UsageError(`config file ${file} is not valid JSON: ${(e as Error).message}`);
  }
}

function makeAnalyzer(configFile: string | undefined): Analyzer {
  const config = configFile === undefined ? {} : loadConfig(configFile);
  const analyzer = createAnalyzer(config);
  const [first, ...rest] = analyzer.problems;
  if (first) {
    const more = rest.length ? ` (and ${rest.length} more problem${rest.length > 1 ? 's' : ''})` : '';
    throw new UsageError(`config file ${configFile}: ${formatProblem(first)}${more}`);
  }
  return analyzer;
}

async function runJsonl(analyzer: Analyzer): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const raw of rl) {
    n++;
    const line = raw.replace(/^\uFEFF/, '');
    if (line.trim() === '') continue;
    if (!process.stdout.write(scanLine(analyzer, line, n) + '\n')) {
      await new Promise((r) => process.stdout.once('drain', r));
    }
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(argv: string[]): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args === 'help') {
      console.log(USAGE);
      return 0;
    }
    const analyzer = makeAnalyzer(args.config);
    if (args.jsonl) {
      await runJsonl(analyzer);
      return 0;
    }
    // No text argument: read the post from stdin (handy for long posts), unless stdin is a terminal.
    let text = args.text.join(' ');
    if (!args.text.length) {
      if (process.stdin.isTTY) throw new UsageError("give the text of a post, or --jsonl (see --help)");
      text = await readStdin();
    }
    console.log(formatFindings(analyzer.analyze(text)));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      // One line, so a script or an IT lead sees exactly what is wrong.
      console.error(`scan: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    console.error(`scan: unexpected error: ${(e as Error).stack ?? e}`);
    process.exitCode = 1;
  },
);
