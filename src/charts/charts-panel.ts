import { CHART_IDS, chartsPanelLabel, chartTabs, type ChartId } from '../content/charts';
import type { ThemeId } from '../content/themes';
import type { SceneRegionId } from '../model';
import { createTabs, type Tabs } from '../widgets/tabs';
import { BodyMapChart } from './body-map-chart';
import type { ChartFrame } from './chart-frame';
import { DoseResponseChart } from './dose-response-chart';
import { MechanismsChart } from './mechanisms-chart';
import { TimeCourseChart } from './time-course-chart';
import type { ChartMoment, ChartSeriesInput, ScrubbableChartView } from './view';

export type Layout = 'tabs' | 'all';

export interface ChartsPanel extends ScrubbableChartView {
  readonly charts: {
    readonly doseResponse: DoseResponseChart;
    readonly timeCourse: TimeCourseChart;
    readonly mechanisms: MechanismsChart;
    readonly bodyMap: BodyMapChart;
  };
  /** Tabs (one chart at a time, for small screens) or all charts one under another. */
  setLayout(layout: Layout): void;
  /** Which chart the tabs show. */
  show(chart: ChartId): void;
  /** The chart the tabs show now. */
  readonly shown: ChartId;
  /** Called when the shown chart changes (the learner chose a tab, or show() was called). */
  onShow(callback: (chart: ChartId) => void): () => void;
}

let panels = 0;

/**
 * The whole charts panel: dose–response, time course, mechanisms and body map behind ARIA tabs (or all
 * shown), forwarding the view interface to every chart. The host wires it like any view:
 * `setResults(a, b?)` on a new result, `update(snapshot)` every frame, `onScrub` to move the clock.
 */
export function createChartsPanel(initialLayout: Layout = 'tabs'): ChartsPanel {
  const id = `oc-panel-${++panels}`;
  const charts = {
    doseResponse: new DoseResponseChart(),
    timeCourse: new TimeCourseChart(),
    mechanisms: new MechanismsChart(),
    bodyMap: new BodyMapChart(),
  };
  const byId: Record<ChartId, ChartFrame> = {
    'dose-response': charts.doseResponse,
    'time-course': charts.timeCourse,
    mechanisms: charts.mechanisms,
    'body-map': charts.bodyMap,
  };
  const all = CHART_IDS.map((k) => byId[k]);
  const root = document.createElement('section');
  root.className = 'oc-panel';
  root.setAttribute('aria-label', chartsPanelLabel);
  const slots = CHART_IDS.map(() => {
    const slot = document.createElement('div');
    slot.className = 'oc-slot';
    return slot;
  });
  const showListeners = new Set<(chart: ChartId) => void>();
  const tabs: Tabs<ChartId> = createTabs({
    idPrefix: id,
    label: chartsPanelLabel,
    tabs: CHART_IDS.map((k, i) => ({ key: k, label: chartTabs[k], panel: slots[i] as HTMLElement })),
    classPrefix: 'oc',
    arrows: 'horizontal',
    onChange: (chart) => {
      pauseHidden();
      showListeners.forEach((listener) => listener(chart));
    },
  });
  // Charts behind tabs not shown draw when they are shown (chart-frame.ts); with all shown, all draw.
  const pauseHidden = () =>
    all.forEach((c, i) => c.setPaused(layout === 'tabs' && CHART_IDS[i] !== tabs.selected));
  root.append(tabs.list, ...slots);
  let size: [number, number] | null = null;
  let layout: Layout = initialLayout;
  const panel: ChartsPanel = {
    charts,
    get shown() {
      return tabs.selected;
    },
    onShow(callback) {
      showListeners.add(callback);
      return () => showListeners.delete(callback);
    },
    mount(host) {
      host.append(root);
      tabs.select('dose-response');
      all.forEach((c, i) => c.mount(slots[i] as HTMLElement));
      panel.setLayout(initialLayout);
    },
    setResults(a: ChartSeriesInput, b?: ChartSeriesInput) {
      for (const c of all) {
        if (b) c.setResults(a, b);
        else c.setResults(a);
      }
    },
    update(snapshot: ChartMoment) {
      for (const c of all) c.update(snapshot);
    },
    setTheme(theme: ThemeId) {
      for (const c of all) c.setTheme(theme);
    },
    setReducedMotion(on) {
      for (const c of all) c.setReducedMotion(on);
    },
    resize(width, height) {
      size = [width, height];
      for (const c of all) c.resize(width, height);
    },
    highlight(focus: SceneRegionId | null) {
      for (const c of all) c.highlight(focus);
    },
    onSelect(callback) {
      const offs = all.map((c) => c.onSelect(callback));
      return () => offs.forEach((off) => off());
    },
    onScrub(callback) {
      return charts.timeCourse.onScrub(callback);
    },
    destroy() {
      for (const c of all) c.destroy();
      root.remove();
    },
    setLayout(next) {
      layout = next;
      root.dataset['layout'] = layout;
      for (const c of all) c.fitToArea(layout === 'tabs');
      tabs.list.hidden = layout === 'all';
      if (layout === 'all') for (const s of slots) s.hidden = false;
      else tabs.select(tabs.selected);
      pauseHidden();
      if (size) panel.resize(...size);
    },
    show(chart) {
      // With every chart shown there is nothing to hide: bring the chart into view instead.
      if (layout === 'all') slots[CHART_IDS.indexOf(chart)]?.scrollIntoView?.({ block: 'nearest' });
      else tabs.select(chart);
    },
  };
  return panel;
}
