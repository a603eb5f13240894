import { symbol } from 'd3';
import { doseResponseText as T, seriesText } from '../content/charts';
import { ensure, formatNumber } from './axes';
import { ChartFrame } from './chart-frame';
import { currentDose, minimumIndex, paradoxAfterMinimum } from './dose-response-data';
import { drawLegend, type LegendItem } from './legend';
import type { LineSeries } from './lines';
import { drawLogPlot, type DrawnPlot, type PlotBox } from './log-plot';
import { SERIES_STYLES, type SeriesStyle } from './series-style';
import type { ChartTable, Cell } from './table';
import type { ChartSeriesInput } from './view';

interface Ed50Note {
  readonly key: string;
  readonly ed50: number | null;
  readonly fold: number | null;
  readonly style: SeriesStyle;
  /** The patient's ED50 is the tolerance-only twin's: no OIH shift to show, so say so instead. */
  readonly sameAsTolerance?: boolean;
}

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
    const dr = a.doseResponse;
    const f = this.fontPx;
    const W = this.width;
    const scenarios = this.scenarios();
    const legend = ensure(this.layer, 'g.oc-legend', 'g', 'oc-legend').attr(
      'transform',
      `translate(${f * 0.5},${f * 0.3})`,
    );
    const items: LegendItem[] = [
      { key: 'naive', label: seriesText.naive, style: SERIES_STYLES.naive },
      { key: 'toleranceOnly', label: seriesText.toleranceOnly, style: SERIES_STYLES.toleranceOnly },
      ...scenarios.map((s) => ({ key: s.key, label: s.input.label, style: s.style })),
    ];
    const legendH = drawLegend(legend, items, W - f, f) + f * 0.8;
    // Two columns only when each keeps ~30 characters of axis title per line at the theme's type size.
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
    const doses = dr.doses;
    const xDomain = doseDomain([a, ...(this.b ? [this.b] : [])]);
    const acute = (pick: 'analgesia' | 'pain'): LineSeries[] => [
      { key: 'naive', style: SERIES_STYLES.naive, xs: doses, ys: dr.acute.naive[pick] },
      {
        key: 'toleranceOnly',
        style: SERIES_STYLES.toleranceOnly,
        xs: doses,
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
    this.drawEd50(relief, [
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
    ]);
    drawLogPlot(
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
    const maintained = drawLogPlot(
      this.layer,
      'maintained',
      boxes[2],
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
            xs: doses,
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
      f,
    );
    this.drawMaintainedNotes(maintained, scenarios);
    this.setExplanation(
      scenarios.map((s) => (scenarios.length > 1 ? `${s.input.label}: ` : '') + verdict(s.input)).join(' '),
    );
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

  private scenarios() {
    const out = [{ key: 'a', input: this.input(), style: SERIES_STYLES.a }];
    if (this.b) out.push({ key: 'b', input: this.b, style: SERIES_STYLES.b });
    return out;
  }

  private drawEd50(plot: DrawnPlot, notes: readonly Ed50Note[]): void {
    const f = this.fontPx;
    const [, innerW] = plot.x.range() as [number, number];
    const y50 = plot.y(0.5);
    ensure(plot.notes, 'line.oc-half', 'line', 'oc-half oc-guide')
      .attr('x1', 0)
      .attr('x2', innerW)
      .attr('y1', y50)
      .attr('y2', y50);
    plot.notes
      .selectAll<SVGGElement, Ed50Note>('g.oc-ed50')
      .data(notes, (d) => d.key)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'oc-ed50');
        g.append('line').attr('class', 'oc-guide');
        g.append('path').attr('class', 'oc-ed50-marker');
        g.append('text').attr('class', 'oc-note');
        return g;
      })
      .each(function (d, row) {
        const g = this as SVGGElement;
        const x = d.ed50 === null ? innerW : plot.x(d.ed50);
        g.setAttribute('data-series', d.key);
        g.setAttribute('data-ed50', d.ed50 === null ? 'not-reached' : String(d.ed50));
        const drop = g.querySelector('line');
        drop?.setAttribute('x1', String(x));
        drop?.setAttribute('x2', String(x));
        drop?.setAttribute('y1', String(y50));
        drop?.setAttribute('y2', String(d.ed50 === null ? y50 : plot.y(0)));
        const marker = g.querySelector('path');
        marker?.setAttribute('d', symbol(d.style.symbol, f * 7)() ?? '');
        marker?.setAttribute('transform', `translate(${x},${y50})`);
        marker?.style.setProperty('fill', d.style.color);
        const text = g.querySelector('text');
        if (!text) return;
        const label =
          d.ed50 === null
            ? T.ed50NotReached
            : d.sameAsTolerance
              ? T.sameAsTolerance
              : `${T.ed50} ${formatNumber(d.ed50)}${d.fold !== null ? ` · ×${d.fold.toFixed(1)}` : ''}`;
        const right = x > innerW * 0.55;
        text.textContent = label;
        text.setAttribute('x', String(right ? x - f * 0.6 : x + f * 0.6));
        text.setAttribute(
          'y',
          String(d.ed50 === null ? y50 - (row + 1) * f * 1.25 : y50 + (row + 1) * f * 1.25),
        );
        text.setAttribute('text-anchor', right ? 'end' : 'start');
      });
  }

  private drawMaintainedNotes(plot: DrawnPlot, scenarios: ReturnType<DoseResponseChart['scenarios']>): void {
    const f = this.fontPx;
    const [innerH] = plot.y.range() as [number, number];
    const now = currentDose(this.input());
    const current = plot.notes
      .selectAll<SVGGElement, number>('g.oc-current')
      .data(now === null ? [] : [now])
      .join((enter) => {
        const g = enter.append('g').attr('class', 'oc-current');
        g.append('line').attr('class', 'oc-guide oc-guide-strong');
        g.append('text').attr('class', 'oc-note');
        return g;
      });
    current.attr('data-dose', (d) => d).attr('transform', (d) => `translate(${plot.x(d)},0)`);
    current.select('line').attr('y1', 0).attr('y2', innerH);
    current
      .select('text')
      .attr('x', f * 0.4)
      .attr('y', f * 0.9)
      .text((d) => `${T.currentDose} ${formatNumber(d)}`);
    const last = (ys: readonly number[], doses: readonly number[]) => ({
      dose: doses[doses.length - 1] ?? 1,
      pain: ys[ys.length - 1] ?? 0,
    });
    const ends = [
      {
        key: 'toleranceOnly',
        label: T.endTolerance,
        ...last(this.input().doseResponse.maintained.toleranceOnly, this.input().doseResponse.doses),
      },
      ...scenarios
        .filter((s) => paradoxAfterMinimum(s.input.doseResponse.maintained.scenario))
        .map((s) => ({
          key: s.key,
          label: T.endOih,
          ...last(s.input.doseResponse.maintained.scenario, s.input.doseResponse.doses),
        })),
    ];
    plot.notes
      .selectAll<SVGTextElement, (typeof ends)[number]>('text.oc-end-label')
      .data(ends, (d) => d.key)
      .join('text')
      .attr('class', 'oc-note oc-end-label')
      .attr('data-series', (d) => d.key)
      .attr('x', (d) => plot.x(d.dose))
      .attr('y', (d) => plot.y(d.pain) - f * 0.7)
      .attr('text-anchor', 'end')
      .text((d) => d.label);
    const minima = scenarios
      .map((s) => ({ ...s, i: minimumIndex(s.input.doseResponse.maintained.scenario) }))
      .filter((s) => paradoxAfterMinimum(s.input.doseResponse.maintained.scenario));
    plot.notes
      .selectAll<SVGGElement, (typeof minima)[number]>('g.oc-minimum')
      .data(minima, (d) => d.key)
      .join((enter) => {
        const g = enter.append('g').attr('class', 'oc-minimum');
        g.append('circle').attr('class', 'oc-ring');
        g.append('text').attr('class', 'oc-note');
        return g;
      })
      .each(function (d, row) {
        const dose = d.input.doseResponse.doses[d.i] ?? 1;
        const pain = d.input.doseResponse.maintained.scenario[d.i] ?? 0;
        const g = this as SVGGElement;
        g.setAttribute('data-series', d.key);
        g.setAttribute('data-dose', String(dose));
        g.setAttribute('transform', `translate(${plot.x(dose)},${plot.y(pain)})`);
        const ring = g.querySelector('circle');
        ring?.setAttribute('r', String(f * 0.7));
        ring?.style.setProperty('stroke', d.style.color);
        const text = g.querySelector('text');
        if (text) {
          text.textContent = `${T.minimum}: ${formatNumber(dose)}`;
          text.setAttribute('y', String(f * (1.9 + row * 1.25)));
          text.setAttribute('text-anchor', 'middle');
        }
      });
  }
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
