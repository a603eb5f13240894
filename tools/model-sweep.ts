/**
 * npm run sweep: the whole-range table of issue 14 — 26-week pain, threshold and allodynia on one daily dose of
 * oral morphine (every 4 h, disease pain 6) for several susceptibilities. `--json` prints the numbers.
 */
import { simulate } from '../src/model/run';
import { mean } from '../src/science/index';

const DOSES = [0, 30, 60, 90, 120, 180, 240, 400, 1000, 3000];
const SUSCEPTIBILITIES = [0.5, 1, 1.5, 2];
const WEEKS = 26;

export interface SweepRow {
  readonly s: number;
  readonly dose: number;
  readonly pain: number;
  readonly threshold: number;
  readonly allodynia: number;
}

export function sweep(doses = DOSES, susceptibilities = SUSCEPTIBILITIES, weeks = WEEKS): SweepRow[] {
  const rows: SweepRow[] = [];
  const end = weeks * 7;
  for (const s of susceptibilities) {
    for (const dose of doses) {
      const r = simulate({
        durationDays: end,
        patient: { susceptibility: s },
        regimens:
          dose > 0
            ? [{ kind: 'fixed', drug: 'morphine', route: 'oral', dosePerDay: dose, everyHours: 4 }]
            : [],
      });
      rows.push({
        s,
        dose,
        pain: mean(r, 'painScore', end - 7, end),
        threshold: mean(r, 'thresholdRelative', end - 7, end),
        allodynia: mean(r, 'allodynia', end - 7, end),
      });
    }
  }
  return rows;
}

function table(rows: readonly SweepRow[]): string {
  const doses = [...new Set(rows.map((r) => r.dose))];
  const lines = [
    `| s | readout | ${doses.map((d) => `${d}`).join(' | ')} |`,
    `|---|---|${doses.map(() => '---').join('|')}|`,
  ];
  for (const s of [...new Set(rows.map((r) => r.s))]) {
    for (const key of ['pain', 'threshold', 'allodynia'] as const) {
      const cells = doses.map((d) => {
        const row = rows.find((r) => r.s === s && r.dose === d);
        return row ? row[key].toFixed(2) : '';
      });
      lines.push(`| ${s} | ${key} | ${cells.join(' | ')} |`);
    }
  }
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('model-sweep.ts')) {
  const rows = sweep();
  console.log(process.argv.includes('--json') ? JSON.stringify(rows) : table(rows));
}
