import type { CohortCharts } from './cohort-data';
import { cohortCompareCsv, cohortCsv } from './cohort-csv';
import { cohortDotChart } from './cohort-dot-chart';
import { cohortFanChart } from './cohort-fan-chart';
import { download } from './export';
import './experiment-chart.css';
import './cohort-charts.css';

/** The cohort view's charts and export (issue 21), handed to the view by src/cohort.ts. */
export const cohortCharts: CohortCharts = {
  fan: cohortFanChart,
  dots: cohortDotChart,
  csv: cohortCsv,
  compareCsv: cohortCompareCsv,
  download,
};
