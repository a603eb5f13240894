import { cohortChartWords as w, cohortClassWords } from '../content/cohort-words';
import { summarizeCohort, type PatientOutcome } from '../model';
import type { CsvSide } from './cohort-data';
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
  return toCsv({ columns: ['Seed', ...COLUMNS()], rows: cohortRows(outcomes, untreated, seed) });
}

/**
 * Compare mode's CSV: A's rows, then B's, each with a column for its side after the seed (the same seed: the
 * same patients on two regimens), so a spreadsheet can set patient 17 on A beside patient 17 on B.
 */
export function cohortCompareCsv(sides: readonly CsvSide[], seed: number): string {
  const rows = sides.flatMap(({ side, outcomes, untreated }) =>
    cohortRows(outcomes, untreated, seed).map(([first, ...rest]) => [first ?? seed, side, ...rest]),
  );
  return toCsv({ columns: ['Seed', w.columns.side, ...COLUMNS()], rows });
}

const COLUMNS = () => {
  const c = w.columns;
  return [
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
};

function cohortRows(outcomes: readonly PatientOutcome[], untreated: PatientOutcome, seed: number): Cell[][] {
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
  return rows;
}
