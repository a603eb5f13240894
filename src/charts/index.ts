/** Public API of the charts: the panel the app hosts, each chart on its own, and their interfaces. */
import './charts.css';

export { DoseResponseChart } from './dose-response-chart';
export { TimeCourseChart } from './time-course-chart';
export type {
  ChartFocusId,
  ChartMoment,
  ChartSeriesInput,
  ChartTheme,
  ChartView,
  RegionState,
  ScrubbableChartView,
} from './view';
