// Prints branch/line coverage per project from coverage/coverage-summary.json (written by `jest --coverage`).
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '../..');
const file = path.join(root, 'coverage/coverage-summary.json');
if (!fs.existsSync(file)) process.exit(0);
const summary = JSON.parse(fs.readFileSync(file, 'utf8'));
const totals = new Map();
for (const [name, s] of Object.entries(summary)) {
  if (name === 'total') continue;
  const project = path.relative(root, name).split(path.sep).slice(0, 2).join('/');
  const t = totals.get(project) ?? { bc: 0, bt: 0, lc: 0, lt: 0 };
  t.bc += s.branches.covered; t.bt += s.branches.total; t.lc += s.lines.covered; t.lt += s.lines.total;
  totals.set(project, t);
}
const pct = (c, t) => (t === 0 ? '100.0' : ((100 * c) / t).toFixed(1));
console.log('\nCoverage by project (branches / lines):');
for (const [p, t] of [...totals].sort()) console.log(`  ${p.padEnd(36)} ${pct(t.bc, t.bt).padStart(5)} % / ${pct(t.lc, t.lt).padStart(5)} %`);
