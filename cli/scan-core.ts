/**
 * Pieces of the scan command that tests use directly: formatting and the per-line JSONL answer.
 */
import type { Analyzer, Finding } from '../lib/index.ts';

/** Lines longer than this are refused per line rather than analysed (10 MB of text). */
export const MAX_LINE = 10_000_000;

export function formatFindings(findings: Finding[]): string {
  if (findings.length === 0) return 'No findings: nothing here looks risky.';
  const lines = [`If in doubt, don't post. ${findings.length} thing${findings.length > 1 ? 's' : ''} to check:`];
  findings.forEach((f, i) => {
    lines.push(
      '',
      `${i + 1}. [${f.category}] "${oneLine(f.text)}"  (${f.ruleId}, ${f.severity}, characters ${f.start}-${f.end})`,
      `   ${f.reason}`,
      `   Policy: ${f.clause.policy}, ${f.clause.id ? `clause ${f.clause.id}` : 'general'}: ${f.clause.title}`,
    );
    if (f.clause.quote) lines.push(`   "${f.clause.quote}"`);
    if (f.clause.url) lines.push(`   ${f.clause.url}`);
  });
  return lines.join('\n');
}

function oneLine(s: string): string {
  const t = s.replace(/\s+/g, ' ');
  return t.length > 80 ? `${t.slice(0, 77)}...` : t;
}

/** One JSON line in, one JSON line out. Never throws: a bad line gets an error object for that line. */
export function scanLine(analyzer: Analyzer, line: string, lineNo: number): string {
  let input: unknown;
  if (line.length > MAX_LINE) return JSON.stringify({ id: null, line: lineNo, error: `line is longer than ${MAX_LINE} characters` });
  try {
    input = JSON.parse(line);
  } catch (e) {
    return JSON.stringify({ id: null, line: lineNo, error: `invalid JSON: ${(e as Error).message}` });
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return JSON.stringify({ id: null, line: lineNo, error: 'each line must be a JSON object {"id": ..., "text": ...}' });
  }
  const { id = null, text } = input as { id?: unknown; text?: unknown };
  if (typeof text !== 'string') {
    return JSON.stringify({ id, line: lineNo, error: `"text" must be a string, got ${text === undefined ? 'nothing' : typeof text}` });
  }
  try {
    return JSON.stringify({ id, findings: analyzer.analyze(text) });
  } catch (e) {
    // The analyser is built never to throw; if it ever does, the line still gets an answer.
    return JSON.stringify({ id, line: lineNo, error: `analysis failed: ${(e as Error).message}` });
  }
}

