import { doseResponseText as T, seriesText } from '../content/charts';
import type { DoseResponse } from '../model';
import { formatNumber } from './axes';
import { ChartFrame } from './chart-frame';
import { minimumIndex, paradoxAfterMinimum } from './dose-response-data';
import {
  drawBaselineNote,
  drawEd50,
  drawMaintainedNotes,
  type Ed50Note,
  type ScenarioSeries,
} from './dose-response-notes';
import { drawLegend, type LegendItem } from './legend';
import type { LineSeries } from './lines';
import { drawLogPlot, type PlotBox } from './log-plot';
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
    const items: LegendItem[] = [
      { key: 'naive', label: seriesText.naive, style: SERIES_STYLES.naive },
      { key: 'toleranceOnly', label: seriesText.toleranceOnly, style: SERIES_STYLES.toleranceOnly },
      ...scenarios.map((s) => ({ key: s.key, label: s.input.label, style: s.style })),
    ];
    const legendH = drawLegend(this.legendLayer(), items, this.width - f, f) + f * 0.8;
    const boxes = this.layout(legendH);
    const xDomain = doseDomain([a, ...(this.b ? [this.b] : [])]);
    this.drawAcute(boxes, xDomain, scenarios);
    this.drawMaintained(boxes[2], xDomain, scenarios);
    const verdicts = scenarios.map(
      (s) => (scenarios.length > 1 ? `${s.input.label}: ` : '') + verdict(s.input),
    );
    this.setExplanation([...verdicts, ...markerKey(ed50Markers(a.doseResponse, scenarios))].join(' '));
  }

  /**
   * The three plots' boxes below the legend (relief, acute pain, maintained), and the SVG sized to hold them.
   * Two columns only when each keeps ~30 characters of axis title per line at the theme's type size.
   */
  private layout(legendH: number): [PlotBox, PlotBox, PlotBox] {
    const f = this.fontPx;
    const W = this.width;
    const wide = W >= f * 60;
    const plotH = wide
      ? clamp((this.availableHeight - legendH) / 2, f * 13, f * 20)
      : clamp(W * 0.62, f * 13, f * 20);
    const boxes: [PlotBox, PlotBox, PlotBox] = wide
      ? [
          { x: 0, y: legendH, width: W / 2, height: plotH },
          { x: 0, y: legendH + plotH, width: W / 2, height: plotH },
          { x: W / 2, y: legendH, width: W / 2, height: plotH * 2 },
        ]
      : ([0, 1, 2].map((i) => ({ x: 0, y: legendH + i * plotH, width: W, height: plotH })) as [
          PlotBox,
          PlotBox,
          PlotBox,
        ]);
    const totalH = wide ? legendH + 2 * plotH : legendH + 3 * plotH;
    this.svg.attr('width', W).attr('height', totalH).attr('viewBox', `0 0 ${W} ${totalH}`);
    return boxes;
  }

  /** (a) The acute challenge on the chosen day: relief with its ED50 markers, then pain with its baseline. */
  private drawAcute(
    boxes: [PlotBox, PlotBox, PlotBox],
    xDomain: [number, number],
    scenarios: ScenarioSeries[],
  ): void {
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
      boxes[0],
      {
        title: T.acuteTitle(dr.atDay),
        xDomain,
        yDomain: [0, 1],
        xTitle: T.xAddedDose(dr.unit),
        yTitle: T.yAnalgesia,
        series: acute('analgesia'),
      },
      f,
    );
    drawEd50(relief, ed50Markers(dr, scenarios), f);
    const painPlot = drawLogPlot(
      this.layer,
      'pain',
      boxes[1],
      {
        title: T.acutePainTitle(dr.atDay),
        xDomain,
        yDomain: [0, 10],
        xTitle: T.xAddedDose(dr.unit),
        yTitle: T.yPain,
        series: acute('pain'),
      },
      f,
    );
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
    ]);
    const blanks = (n: number): null[] => Array.from({ length: n }, () => null);
    rows.push([
      T.tableEd50,
      dr.acute.naive.ed50,
      dr.acute.toleranceOnly.ed50,
      ...sc.map((s) => s.input.doseResponse.acute.scenario.ed50),
      ...blanks(columns.length - 3 - sc.length),
    ]);
    return { columns, rows };
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

function doseDomain(inputs: readonly ChartSeriesInput[]): [number, number] {
  const all = inputs.flatMap((i) => i.doseResponse.doses);
  return [Math.min(...all), Math.max(...all)];
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
