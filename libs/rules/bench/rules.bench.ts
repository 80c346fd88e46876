// Throughput of the rules library: how many calendar walks, eligibility checks and case transitions
// a core does per second. A program, not a test: it prints figures and asserts nothing about time.
// Run: npm run bench:rules   (tsx libs/rules/bench/rules.bench.ts)
import os from 'node:os';
import {
  addMonths,
  addWorkingDays,
  checkEligibility,
  checkProposal,
  defaultCalendar,
  DOCUMENT_KINDS,
  isWorkingDay,
  legalDate,
  subtractWorkingDays,
  type CaseState,
  type LegalDate,
  type Organization,
  type OrganizationKind,
  type ProposalContext,
  eligibleCandidateOn,
} from '../src';
import { walkIsWorkingDay, walkWorkingDays } from '../src/calendar/day-walk';
import { TO_ACTIVE, walk } from '../src/rule-sets/case-walk.fixture';

const WARMUP_MS = 200;
const RUN_MS = 1000;
const INPUTS = 4096; // power of two: `i & MASK` cycles through the inputs without a modulo

// --- inputs -------------------------------------------------------------------------------------

// A seeded generator, so every run walks the same dates.
let seed = 0x5eed755;
const random = (): number => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const DAY_MS = 86_400_000;
const FROM = Date.UTC(2017, 0, 1);
const TO = Date.UTC(2026, 11, 31);
const randomDate = (): LegalDate => new Date(FROM + Math.floor(random() * ((TO - FROM) / DAY_MS + 1)) * DAY_MS).toISOString().slice(0, 10) as LegalDate;
const randomN = (): number => 1 + Math.floor(random() * 20);

/** Random (date, n) pairs in 2017–2026, n 1..20, kept only where `op` stays inside the loaded calendar. */
function pairs(op: (d: LegalDate, n: number) => unknown): { d: LegalDate; n: number }[] {
  const out: { d: LegalDate; n: number }[] = [];
  while (out.length < INPUTS) {
    const d = randomDate();
    const n = randomN();
    try {
      op(d, n);
      out.push({ d, n });
    } catch {
      // e.g. 5 January 2017 minus 20 working days leaves the calendar (CALENDAR.YEAR_NOT_COVERED): skip it
    }
  }
  return out;
}

const org = (kind: OrganizationKind): Organization => ({
  id: kind,
  name: { kk: kind, ru: kind, en: kind },
  kind,
  militaryLawEnforcementOrSpecial: false,
});

const asOf = legalDate('2025-06-15');
const candidate = eligibleCandidateOn(asOf);
const proposalCtx: ProposalContext = {
  asOf,
  parties: { sender: org('other-state-body'), receiver: org('central-executive-body') },
};

// An R3 case from proposal to active: the walk the tests use, so the bench times the same case.
const R3_TO_ACTIVE = TO_ACTIVE.R3;
const walkR3 = (): CaseState => walk('R3', R3_TO_ACTIVE);

// --- harness ------------------------------------------------------------------------------------

let sink: unknown; // keeps results alive so the JIT cannot drop the work

/** Runs `batch` (which does `perBatch` operations) for ~ms; returns operations and elapsed ns. */
function runFor(ms: number, batch: () => void, perBatch: number): { ops: number; ns: bigint } {
  const start = process.hrtime.bigint();
  const end = start + BigInt(ms) * 1_000_000n;
  let ops = 0;
  let now = start;
  while (now < end) {
    batch();
    ops += perBatch;
    now = process.hrtime.bigint();
  }
  return { ops, ns: now - start };
}

interface Row {
  operation: string;
  'ops/s': string;
  'µs/op': string;
}
const rows: Row[] = [];

/**
 * Times `batch`, which does `perBatch` operations in its own loop. Each bench passes its own loop
 * (a separate function literal), so no call site is shared between operations and none of them
 * pays for the others' shapes (a shared `op(i)` call would go megamorphic and slow every bench).
 */
function bench(operation: string, batch: () => void, perBatch: number, opsPerCall = 1): void {
  runFor(WARMUP_MS, batch, perBatch);
  const { ops, ns } = runFor(RUN_MS, batch, perBatch * opsPerCall);
  const perSecond = (ops * 1e9) / Number(ns);
  rows.push({
    operation,
    'ops/s': Math.round(perSecond).toLocaleString('en-US'),
    'µs/op': (1e6 / perSecond).toFixed(3),
  });
  process.stderr.write('.');
}

const BATCH = 1024;

// --- runs ---------------------------------------------------------------------------------------

const MASK = INPUTS - 1;
const addIn = pairs((d, n) => addWorkingDays(d, n));
const subIn = pairs((d, n) => subtractWorkingDays(d, n));
const monthsIn = pairs((d, n) => addMonths(d, n));
const days = Array.from({ length: INPUTS }, randomDate);
if (walkR3().status !== 'active') throw new Error('the R3 walk does not end in active');
const proposalOk = checkProposal('R3', candidate, DOCUMENT_KINDS, proposalCtx);
if (!proposalOk.ok) throw new Error(`the bench candidate is not eligible: ${proposalOk.violations.map((v) => v.code).join(', ')}`);

// Bound once: the loops time the functions, not the lookup through the library's re-exports.
const add = addWorkingDays;
const subtract = subtractWorkingDays;
const isWorking = isWorkingDay;

let counter = 0;
bench('addWorkingDays (n 1..20)', () => {
  for (let i = 0; i < BATCH; i++) {
    const { d, n } = addIn[counter++ & MASK]!;
    sink = add(d, n);
  }
}, BATCH);
bench('subtractWorkingDays (n 1..20)', () => {
  for (let i = 0; i < BATCH; i++) {
    const { d, n } = subIn[counter++ & MASK]!;
    sink = subtract(d, n);
  }
}, BATCH);
bench('isWorkingDay', () => {
  for (let i = 0; i < BATCH; i++) sink = isWorking(days[counter++ & MASK]!);
}, BATCH);
bench('addWorkingDays, day-by-day walk (the reference the index replaced)', () => {
  for (let i = 0; i < 16; i++) {
    const { d, n } = addIn[counter++ & MASK]!;
    sink = walkWorkingDays(d, n, 1, defaultCalendar);
  }
}, 16);
bench('isWorkingDay, day-by-day walk (reference)', () => {
  for (let i = 0; i < BATCH; i++) sink = walkIsWorkingDay(days[counter++ & MASK]!, defaultCalendar);
}, BATCH);
bench('addMonths (n 1..20)', () => {
  for (let i = 0; i < 256; i++) {
    const { d, n } = monthsIn[counter++ & MASK]!;
    sink = addMonths(d, n);
  }
}, 256);
bench('checkEligibility R3 (asOf)', () => {
  for (let i = 0; i < 64; i++) sink = checkEligibility('R3', candidate, { asOf });
}, 64);
bench('checkProposal R3 (all documents)', () => {
  for (let i = 0; i < 64; i++) sink = checkProposal('R3', candidate, DOCUMENT_KINDS, proposalCtx);
}, 64);
bench(`apply: R3 proposal → active (${R3_TO_ACTIVE.length} events; per transition)`, () => {
  for (let i = 0; i < 16; i++) sink = walkR3();
}, 16, R3_TO_ACTIVE.length);
process.stderr.write('\n');

const cpus = os.cpus();
console.log(`@sx/rules benchmark — Node ${process.version} (${process.platform} ${process.arch}), ${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length}`);
console.log(`each operation: ${WARMUP_MS} ms warm-up, ~${RUN_MS} ms measured; random dates 2017–2026 (seeded), results kept in the loaded calendar`);
const widths = (['operation', 'ops/s', 'µs/op'] as const).map((k) => Math.max(k.length, ...rows.map((r) => r[k].length)));
const line = (cells: readonly string[]): string =>
  cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
console.log(line(['operation', 'ops/s', 'µs/op']));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line([r.operation, r['ops/s'], r['µs/op']]));
void sink;
