/**
 * `npm run bench:compare -- [REF]` (default HEAD~1): the model's speed against an earlier commit, measured in
 * one run on this machine (issue 14: "no slower than before, ≤ 1.10"). The earlier commit is checked out as a
 * git worktree in the system's temporary folder (with a link to this project's node_modules), both engines are
 * loaded into this process and their batches alternate, so load from other work falls on both alike. CPU time per batch is
 * compared; the ratio is new ÷ old, median over batches. Exits 1 over 1.10.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const LIMIT = 1.1;
const ROUNDS = 15;

interface Engine {
  readonly simulate: (s: unknown) => unknown;
  readonly doseResponse: (s: unknown, day: number) => unknown;
  readonly escalation: unknown;
}

const root = resolve(import.meta.dirname, '..');
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

async function load(dir: string): Promise<Engine> {
  const run = await import(pathToFileURL(`${dir}/src/model/run.ts`).href);
  const index = await import(pathToFileURL(`${dir}/src/model/index.ts`).href);
  return {
    simulate: run.simulate,
    doseResponse: run.doseResponse,
    escalation: index.findPreset('oih-escalation').scenario,
  };
}

function cpuMs(body: () => void): number {
  const start = process.cpuUsage();
  body();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

const workloads: readonly { label: string; runs: number; body: (e: Engine, i: number) => void }[] = [
  {
    label: 'simulate: 26 weeks, 4-hourly dosing',
    runs: 40,
    body: (e, i) =>
      void e.simulate({
        durationDays: 182,
        regimens: [
          { kind: 'fixed', drug: 'morphine', route: 'oral', dosePerDay: 120 + (i % 7), everyHours: 4 },
        ],
      }),
  },
  {
    label: 'doseResponse(oih-escalation, day 84)',
    runs: 3,
    body: (e, i) => {
      const s = e.escalation as { patient?: object };
      void e.doseResponse({ ...s, patient: { ...s.patient, susceptibility: 1.5 + i * 1e-6 } }, 84);
    },
  },
];

async function main(): Promise<void> {
  const ref = process.argv[2] ?? 'HEAD~1';
  const sha = git('rev-parse', ref);
  const dir = resolve(tmpdir(), 'opioid-paradox-bench', sha.slice(0, 12));
  if (existsSync(dir)) git('worktree', 'remove', '--force', dir);
  git('worktree', 'prune');
  git('worktree', 'add', '--detach', dir, sha);
  symlinkSync(resolve(root, 'node_modules'), resolve(dir, 'node_modules'), 'dir');
  const engines = { old: await load(dir), new: await load(root) };
  console.log(`new (working tree) against ${ref} (${sha.slice(0, 12)}), ${ROUNDS} alternating batches each`);
  let ok = true;
  for (const w of workloads) {
    const times: Record<'old' | 'new', number[]> = { old: [], new: [] };
    for (let round = -2; round < ROUNDS; round++) {
      for (const side of round % 2 === 0 ? (['old', 'new'] as const) : (['new', 'old'] as const)) {
        const engine = engines[side];
        const ms = cpuMs(() => {
          for (let i = 0; i < w.runs; i++) w.body(engine, i);
        });
        if (round >= 0) times[side].push(ms / w.runs);
      }
    }
    const ratio = median(times.new) / median(times.old);
    const pass = ratio <= LIMIT;
    ok &&= pass;
    console.log(
      `${w.label}: old ${median(times.old).toFixed(2)} ms, new ${median(times.new).toFixed(2)} ms per run (CPU), ratio ${ratio.toFixed(3)} ${pass ? 'OK' : `OVER ${LIMIT}`}`,
    );
  }
  git('worktree', 'remove', '--force', dir);
  process.exitCode = ok ? 0 : 1;
}

await main();
