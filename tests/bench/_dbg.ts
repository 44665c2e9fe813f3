import { createAnalyzer } from '../../lib/index.ts';
const a = createAnalyzer({});
for (const t of process.argv.slice(2)) { const f = a.analyze(t); console.log(JSON.stringify(t), f.map(x=>`${x.ruleId}:${x.severity}:"${x.text}"`).join(' | '), a.lastErrors); }
