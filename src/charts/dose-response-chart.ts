import { beforeWords as B } from '../content/before';
import { doseResponseText as T, seriesText } from '../content/charts';
import type { DoseResponse } from '../model';
import { momentText } from './time-axis';
import { formatNumber } from './axes';
import { drawBefore } from './before-line';
import { ChartFrame } from './chart-frame';
import { minimumIndex, paradoxAfterMinimum, valueAtDose } from './dose-response-data';
import {
  drawBaselineNote,
  drawEd50,
  drawMaintainedNotes,
  type Ed50Note,
  type ScenarioSeries,
} from './dose-response-notes';
import { drawLegend, type LegendItem } from './legend';
import type { LineSeries } from './lines';
import { drawLogPlot, type DrawnPlot, type PlotBox } from './log-plot';
import { SERIES_STYLES } from './series-style';
import type { ChartTable, Cell } from './table';
import type { ChartSeriesInput } from './view';

/**
 * The dose–response panel: (a) the acute challenge on the chosen day — relief and pain after one added
 * dose, for the patient before opioids, the tolerance-only twin and this patient, with ED50 markers and
 * fold shifts — and (b) pain after 12 more weeks at each maintained daily dose, with the current dose and
 * the least-pain dose marked. Tolerance reads as a right shift; OIH as more pain to start with, a flatter,
 * further-shifted curve, and a maintained curve that turns up: more drug, more pain.
 */
export class DoseResponseChart extends ChartFrame {
  constructor() {
    super('dose-response', T.title, T.desc);
  }

  protected draw(): void {
    const a = this.input();
    const f = this.fontPx;
    const scenarios = this.scenarios();
    const before = this.curvesBefore();
    const items: LegendItem[] = [
      { key: 'naive', label: seriesText.naive, style: SERIES_STYLES.naive },
      { key: 'toleranceOnly', label: seriesText.toleranceOnly, style: SERIES_STYLES.toleranceOnly },
      ...scenarios.map((s) => ({ key: s.key, label: s.input.label, style: s.style })),
      // After the patient's entry, on its row.
      ...(before
        ? [{ key: 'before', label: B.label, style: SERIES_STYLES.a, kind: 'before', sticky: true } as const]
        : []),
    ];
    const legendH = drawLegend(this.legendLayer(), items, this.width - f, f) + f * 0.8;
    const boxes = this.layout(legendH);
    const xDomain = doseDomain(
      [a, ...(this.b ? [this.b] : [])].map((i) => i.doseResponse),
      before,
    );
    this.drawAcute(boxes, xDomain, scenarios);
    if (boxes.maintained) this.drawMaintained(boxes.maintained, xDomain, scenarios);
    const verdicts = scenarios.map(
      (s) => (scenarios.length > 1 ? `${s.input.label}: ` : '') + verdict(s.input),
    );
    this.describeBefore(before !== null);
    const shown = Object.keys(boxes).length;
    this.setExplanation(
      [
        ...verdicts,
        ...markerKey(ed50Markers(a.doseResponse, scenarios)),
        ...(shown < 3 ? [T.fewerPlots(shown)] : []),
      ].join(' '),
    );
  }

  /**
   * The plots' boxes below the legend, chosen to fit the plot area (width × available height): all three
   * (relief and acute pain in the left column, maintained pain on the right, when there is room for ~30
   * characters of axis title per column; else one under another); else relief and maintained pain, the two
   * that tell tolerance from OIH; else relief alone. The SVG is sized to the boxes, never taller than the area
   * when any layout fits. The plots left out stay in the table.
   */
  private layout(legendH: number): PlotBoxes {
    const f = this.fontPx;
    const W = this.width;
    const room = Math.max(0, this.availableHeight - legendH);
    const minH = f * MIN_PLOT_EM;
    const maxH = f * 20;
    const wide = W >= f * 60;
    const sideBySide = W >= f * 2 * MIN_COLUMN_EM;
    let boxes: PlotBoxes;
    if (wide && room >= 2 * minH) {
      const h = clamp(room / 2, minH, maxH);
      boxes = {
        relief: { x: 0, y: legendH, width: W / 2, height: h },
        pain: { x: 0, y: legendH + h, width: W / 2, height: h },
        maintained: { x: W / 2, y: legendH, width: W / 2, height: 2 * h },
      };
    } else if (!wide && room >= 3 * minH) {
      const h = clamp(room / 3, minH, maxH);
      boxes = {
        relief: { x: 0, y: legendH, width: W, height: h },
        pain: { x: 0, y: legendH + h, width: W, height: h },
        maintained: { x: 0, y: legendH + 2 * h, width: W, height: h },
      };
    } else if (sideBySide && room >= minH) {
      const h = clamp(room, minH, maxH);
      boxes = {
        relief: { x: 0, y: legendH, width: W / 2, height: h },
        maintained: { x: W / 2, y: legendH, width: W / 2, height: h },
      };
    } else if (room >= 2 * minH) {
      const h = clamp(room / 2, minH, maxH);
      boxes = {
        relief: { x: 0, y: legendH, width: W, height: h },
        maintained: { x: 0, y: legendH + h, width: W, height: h },
      };
    } else {
      boxes = { relief: { x: 0, y: legendH, width: W, height: clamp(room, f * 8, maxH) } };
    }
    const bottom = Math.max(...Object.values(boxes).map((b) => b.y + b.height));
    this.svg.attr('width', W).attr('height', bottom).attr('viewBox', `0 0 ${W} ${bottom}`);
    for (const key of ['pain', 'maintained'] as const)
      if (!boxes[key]) this.layer.select(`g.oc-plot-${key}`).remove();
    return boxes;
  }

  /** (a) The acute challenge on the chosen day: relief with its ED50 markers, then pain with its baseline. */
  private drawAcute(boxes: PlotBoxes, xDomain: [number, number], scenarios: ScenarioSeries[]): void {
    const f = this.fontPx;
    const dr = this.input().doseResponse;
    const acute = (pick: 'analgesia' | 'pain'): LineSeries[] => [
      { key: 'naive', style: SERIES_STYLES.naive, xs: dr.doses, ys: dr.acute.naive[pick] },
      {
        key: 'toleranceOnly',
        style: SERIES_STYLES.toleranceOnly,
        xs: dr.doses,
        ys: dr.acute.toleranceOnly[pick],
        focus: 'tolerance',
      },
      ...scenarios.map((s) => ({
        key: s.key,
        style: s.style,
        xs: s.input.doseResponse.doses,
        ys: s.input.doseResponse.acute.scenario[pick],
      })),
    ];
    const relief = drawLogPlot(
      this.layer,
      'relief',
      boxes.relief,
      {
        title: T.acuteTitle(momentText(dr.atDay, this.input().result.scenario.durationDays)),
        xDomain,
        yDomain: [0, 1],
        xTitle: T.xAddedDose(dr.unit),
        yTitle: T.yAnalgesia,
        series: acute('analgesia'),
      },
      f,
    );
    const before = this.curvesBefore();
    const beforeLine = (plot: DrawnPlot, ys: readonly number[] | undefined) =>
      drawBefore(
        plot.g.select<SVGGElement>('g.oc-lines'),
        before && ys ? { xs: before.doses, ys } : null,
        SERIES_STYLES.a.color,
        plot.x,
        plot.y,
      );
    beforeLine(relief, before?.acute.scenario.analgesia);
    drawEd50(relief, ed50Markers(dr, scenarios), f);
    if (!boxes.pain) return;
    const painPlot = drawLogPlot(
      this.layer,
      'pain',
      boxes.pain,
      {
        title: T.acutePainTitle(momentText(dr.atDay, this.input().result.scenario.durationDays)),
        xDomain,
        yDomain: [0, 10],
        xTitle: T.xAddedDose(dr.unit),
        yTitle: T.yPain,
        series: acute('pain'),
      },
      f,
    );
    beforeLine(painPlot, before?.acute.scenario.pain);
    drawBaselineNote(painPlot, this.input(), scenarios, f);
  }

  /** (b) Pain after 12 more weeks at each maintained daily dose, with the current and least-pain doses. */
  private drawMaintained(box: PlotBox, xDomain: [number, number], scenarios: ScenarioSeries[]): void {
    const dr = this.input().doseResponse;
    const maintained = drawLogPlot(
      this.layer,
      'maintained',
      box,
      {
        title: T.maintainedTitle,
        xDomain,
        yDomain: [0, 10],
        xTitle: T.xDailyDose(dr.unit),
        yTitle: T.yPain,
        series: [
          {
            key: 'toleranceOnly',
            style: SERIES_STYLES.toleranceOnly,
            xs: dr.doses,
            ys: dr.maintained.toleranceOnly,
            focus: 'tolerance',
          },
          ...scenarios.map((s) => ({
            key: s.key,
            style: s.style,
            xs: s.input.doseResponse.doses,
            ys: s.input.doseResponse.maintained.scenario,
          })),
        ],
      },
      this.fontPx,
    );
    const before = this.curvesBefore();
    drawBefore(
      maintained.g.select<SVGGElement>('g.oc-lines'),
      before ? { xs: before.doses, ys: before.maintained.scenario } : null,
      SERIES_STYLES.a.color,
      maintained.x,
      maintained.y,
    );
    drawMaintainedNotes(maintained, this.input(), scenarios, this.fontPx);
  }

  protected drawCursor(): void {
    // The dose–response is for one chosen day (its own input), so the time cursor does not move it.
  }

  protected table(): ChartTable {
    const a = this.input();
    const dr = a.doseResponse;
    const sc = this.scenarios();
    const columns = [
      T.tableDose(dr.unit),
      T.tableAnalgesia(seriesText.naive),
      T.tableAnalgesia(seriesText.toleranceOnly),
      ...sc.map((s) => T.tableAnalgesia(s.input.label)),
      T.tablePain(seriesText.naive),
      T.tablePain(seriesText.toleranceOnly),
      ...sc.map((s) => T.tablePain(s.input.label)),
      T.tableMaintained(seriesText.toleranceOnly),
      ...sc.map((s) => T.tableMaintained(s.input.label)),
    ];
    // The run before as three more columns, read at these doses (its own are around its own dose).
    const before = this.curvesBefore();
    if (before) columns.push(T.tableAnalgesia(B.label), T.tablePain(B.label), T.tableMaintained(B.label));
    const rows: Cell[][] = dr.doses.map((dose, i) => [
      dose,
      dr.acute.naive.analgesia[i] ?? null,
      dr.acute.toleranceOnly.analgesia[i] ?? null,
      ...sc.map((s) => s.input.doseResponse.acute.scenario.analgesia[i] ?? null),
      dr.acute.naive.pain[i] ?? null,
      dr.acute.toleranceOnly.pain[i] ?? null,
      ...sc.map((s) => s.input.doseResponse.acute.scenario.pain[i] ?? null),
      dr.maintained.toleranceOnly[i] ?? null,
      ...sc.map((s) => s.input.doseResponse.maintained.scenario[i] ?? null),
      ...(before
        ? [before.acute.scenario.analgesia, before.acute.scenario.pain, before.maintained.scenario].map(
            (ys) => valueAtDose(before.doses, ys, dose),
          )
        : []),
    ]);
    const ed50: Cell[] = columns.map(() => null);
    [T.tableEd50, dr.acute.naive.ed50, dr.acute.toleranceOnly.ed50]
      .concat(sc.map((s) => s.input.doseResponse.acute.scenario.ed50))
      .forEach((v, i) => (ed50[i] = v));
    if (before) ed50[columns.length - 3] = before.acute.scenario.ed50;
    rows.push(ed50);
    return { columns, rows };
  }

  /** The curves of the run before the last change, when they are for this day and in this unit. */
  private curvesBefore(): DoseResponse | null {
    const before = this.runBefore()?.doseResponse;
    const now = this.a?.doseResponse;
    return before && now && before.atDay === now.atDay && before.unit === now.unit ? before : null;
  }

  private input(): ChartSeriesInput {
    if (!this.a) throw new Error('DoseResponseChart drawn without a result');
    return this.a;
  }

  private scenarios(): ScenarioSeries[] {
    const out: ScenarioSeries[] = [{ key: 'a', input: this.input(), style: SERIES_STYLES.a }];
    if (this.b) out.push({ key: 'b', input: this.b, style: SERIES_STYLES.b });
    return out;
  }
}

/** The smallest plot box, in font sizes: a title line, ~4 lines of plot and the x axis with its title. */
const MIN_PLOT_EM = 10;
/** The narrowest column a plot gets beside another: ~30 characters of axis title. */
const MIN_COLUMN_EM = 20;

interface PlotBoxes {
  readonly relief: PlotBox;
  readonly pain?: PlotBox;
  readonly maintained?: PlotBox;
}

/** The ED50 markers of the relief plot: the naive patient, the tolerance-only twin and each scenario. */
function ed50Markers(dr: DoseResponse, scenarios: readonly ScenarioSeries[]): Ed50Note[] {
  return [
    { key: 'naive', ed50: dr.acute.naive.ed50, fold: null, style: SERIES_STYLES.naive },
    {
      key: 'toleranceOnly',
      ed50: dr.acute.toleranceOnly.ed50,
      fold: ratio(dr.acute.toleranceOnly.ed50, dr.acute.naive.ed50),
      style: SERIES_STYLES.toleranceOnly,
    },
    ...scenarios.map((s) => {
      const c = s.input.doseResponse.acute;
      return {
        key: s.key,
        ed50: c.scenario.ed50,
        fold: ratio(c.scenario.ed50, c.naive.ed50),
        style: s.style,
        sameAsTolerance: same(c.scenario.ed50, c.toleranceOnly.ed50),
      };
    }),
  ];
}

/**
 * What the relief plot's marks mean, said in the chart's explanation (no room is taken from the plots): ED50,
 * and the fold shift the patient's marker shows, or else the tolerance-only marker's ("×19.2": 19.2 times the
 * dose for the same relief as before opioids), with the marker's own number.
 */
function markerKey(notes: readonly Ed50Note[]): string[] {
  const patientsFirst = [...notes].sort(
    (x, y) => Number(x.key === 'toleranceOnly') - Number(y.key === 'toleranceOnly'),
  );
  const shown = patientsFirst.find((n) => n.ed50 !== null && n.fold !== null && !n.sameAsTolerance);
  const fold = shown?.fold ?? null;
  return [T.explainEd50, ...(fold !== null ? [T.explainFold(fold.toFixed(1))] : [])];
}

function verdict(input: ChartSeriesInput): string {
  const dr = input.doseResponse;
  const pain = dr.maintained.scenario;
  if (!paradoxAfterMinimum(pain)) return T.toleranceVerdict;
  return T.oihVerdict(formatNumber(dr.doses[minimumIndex(pain)] ?? 0), dr.unit);
}

function same(x: number | null, y: number | null): boolean {
  return x !== null && y !== null && Math.abs(x / y - 1) < 0.01;
}

function ratio(x: number | null, base: number | null): number | null {
  return x === null || base === null || base <= 0 ? null : x / base;
}

function doseDomain(curves: readonly DoseResponse[], before: DoseResponse | null): [number, number] {
  const all = [...curves, ...(before ? [before] : [])].flatMap((c) => c.doses);
  return [Math.min(...all), Math.max(...all)];
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
