/**
 * Public API of the charts: the panel the app hosts, each chart on its own, and their interfaces.
 * Charts take data in (results and dose–response the app computed) and never call the model. Wiring:
 *
 *   const charts = createChartsPanel();                 // tabs; setLayout('all') shows all four
 *   charts.mount(regionBody); charts.resize(w, h);      // again on every size change
 *   charts.setResults({ label, result, doseResponse }); // on every new result; a second input = compare
 *   charts.update(snapshotAt(result, t));               // every frame: moves the cursors, body regions
 *   charts.onScrub((t) => clock.send({ type: 'seek', t }));
 */
import './charts.css';

export { createChartsPanel, type ChartsPanel, type Layout } from './charts-panel';
export { DoseResponseChart } from './dose-response-chart';
export { TimeCourseChart } from './time-course-chart';
export { MechanismsChart } from './mechanisms-chart';
export { BodyMapChart } from './body-map-chart';
export type { ChartFrame } from './chart-frame';
export type {
  ChartMoment,
  ChartSeriesInput,
  ChartView,
  RegionState,
  RunBefore,
  ScrubbableChartView,
} from './view';
