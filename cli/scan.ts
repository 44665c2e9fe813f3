/**
 * `npm run --silent scan -- "text"`            readable findings for one post
 * `npm run --silent scan -- --jsonl [--config FILE]`  JSON lines {"id","text"} on stdin -> {"id","findings"}
 *
 * The engine from a terminal, for people checking a configuration. Node-only (lives in cli/).
 * Exit codes: 0 done (findings or not), 2 bad usage or bad configuration.
 */
import { createInterface } from 'node:readline';
import { createAnalyzer, formatProblem, type Analyzer } from '../lib/index.ts';
import { formatFindings, scanLine } from './scan-core.ts';
import { readJsonFile, TextFileError } from './read-text.ts';

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

/** UTF-8 or UTF-16 (with or without a byte-order mark), as Notepad and PowerShell save it. */
function loadConfig(file: string): unknown {
  try {
    return readJsonFile(file, 'config file').value;
  } catch (e) {
    if (e instanceof TextFileError) throw new UsageError(e.message);
    throw e;
  }
}

/**
 * Refuses a configuration with problems, one line each (the first twenty), naming the setting, the problem
 * and the fix. Notices (an older roster without its key check) are printed and the scan goes on.
 */
function makeAnalyzer(configFile: string | undefined): Analyzer {
  const config = configFile === undefined ? {} : loadConfig(configFile);
  const analyzer = createAnalyzer(config);
  const problems = analyzer.problems.filter((p) => !p.notice);
  for (const n of analyzer.problems.filter((p) => p.notice)) console.error(`scan: config file ${configFile}: ${formatProblem(n)}`);
  if (problems.length) {
    const shown = problems.slice(0, 20).map((p) => `config file ${configFile}: ${formatProblem(p)}`);
    if (problems.length > 20) shown.push(`... and ${problems.length - 20} more problems`);
    throw new UsageError(shown.join('\nscan: '));
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

// Output piped into a command that stops reading early (`| head`): stop quietly, never a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') console.error(`scan: cannot write the output (${e.code ?? 'error'})`);
  process.exit(e.code === 'EPIPE' ? (typeof process.exitCode === 'number' ? process.exitCode : 0) : 1);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    // One line, never a stack trace: the output ends up in tickets and screenshots.
    console.error(`scan: unexpected error: ${e instanceof Error ? e.message.split('\n')[0]!.slice(0, 200) : 'unknown'}`);
    process.exitCode = 1;
  },
);
