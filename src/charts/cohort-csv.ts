import { cohortChartWords as w, cohortClassWords } from '../content/cohort-words';
import { summarizeCohort, type PatientOutcome } from '../model';
import { toCsv, type Cell } from './table';

/**
 * The cohort's outcomes as CSV (issue 21): a row for each patient at each whole week, with the weekly means a
 * dot of the dot plot shows and the patient's class there, so a spreadsheet can redo any week's shares. Full
 * precision (toCsv); the seed in the first column keeps a file traceable to its cohort.
 */
export function cohortCsv(
  outcomes: readonly PatientOutcome[],
  untreated: PatientOutcome,
  seed: number,
): string {
  const c = w.columns;
  const columns = [
    'Seed',
    c.week,
    c.patient,
    c.susceptibility,
    c.metabolism,
    c.pain,
    c.untreated,
    c.threshold,
    c.allodynia,
    c.toleranceFold,
    c.class,
  ];
  const lastDay = (untreated.count - 1) * untreated.sampleDays;
  const rows: Cell[][] = [];
  for (let week = 0; week * 7 <= lastDay + 1e-9; week++) {
    const summary = summarizeCohort(outcomes, untreated, week * 7);
    for (const p of summary.each)
      rows.push([
        seed,
        week,
        p.index + 1,
        p.susceptibility,
        p.metabolism,
        p.pain,
        summary.untreatedPain,
        p.threshold,
        p.allodynia,
        p.toleranceFold,
        cohortClassWords[p.class].name,
      ]);
  }
  return toCsv({ columns, rows });
}
