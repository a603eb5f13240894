import { select, symbol, symbolStar } from 'd3';
import type { BodyRegion } from '../model';
import { bodyMapText as T } from '../content/charts';
import { momentText } from './time-axis';
import { ensure } from './axes';
import { FIGURE_HEIGHT, FIGURE_WIDTH, regionShapes, type RegionShape, type Side } from './body-shapes';
import { ChartFrame, type G } from './chart-frame';
import type { Cell, ChartTable } from './table';
import type { ChartSeriesInput, RegionState } from './view';
import { joinGroups } from './join';

/** How a region is drawn: painful in the original area, painful where pain spread, or not painful. */
export type RegionDisplayState = 'original' | 'spread' | 'none';

interface Figure {
  readonly key: string;
  readonly input: ChartSeriesInput;
  readonly side: Side;
}

/** One region as the model reports it: painful (original or spread), allodynic, part of the original area. */
export interface RegionLook {
  readonly state: RegionDisplayState;
  readonly allodynic: boolean;
  readonly original: boolean;
}

export function lookOf(region: BodyRegion, regions: RegionState | null): RegionLook {
  const original = regions?.original.includes(region) ?? false;
  const painful = regions?.painful.includes(region) ?? false;
  return {
    state: painful ? (original ? 'original' : 'spread') : 'none',
    allodynic: regions?.allodynic.includes(region) ?? false,
    original,
  };
}

/** The words of a region's state: where the disease is, painful (original or spread), allodynia. */
function stateWords(look: RegionLook, isSite: boolean): string {
  return [isSite ? T.states.site : null, T.states[look.state], look.allodynic ? T.states.allodynic : null]
    .filter(Boolean)
    .join(', ');
}

/**
 * Front and back outlines with the 18 named regions of the model: where the disease is (starred), its
 * painful area (solid, thick outline), regions pain has spread to (dotted) and regions with allodynia
 * (hatched, over either) — the model says which is which. States differ by pattern and outline, not colour
 * alone (Okabe–Ito vermillion and orange). Every region on the front, and the back-only ones, has an
 * accessible name with its state; the back's duplicates are hidden from assistive technology.
 */
export class BodyMapChart extends ChartFrame {
  constructor() {
    super('body-map', T.title, T.desc);
  }

  protected draw(): void {
    const f = this.fontPx;
    const W = this.width;
    const inputs = this.inputs();
    this.drawDefs();
    const legendH = this.drawLegend(W);
    const labelH = f * 1.6;
    const rowHeadH = inputs.length > 1 ? f * 1.6 : 0;
    const scale = Math.min(
      (W / 2 - f * 2) / FIGURE_WIDTH,
      Math.max(f * 3.5, (this.availableHeight - legendH) / inputs.length - labelH - rowHeadH) / FIGURE_HEIGHT,
      (f * 26) / FIGURE_HEIGHT,
    );
    const figW = FIGURE_WIDTH * scale;
    const rowH = FIGURE_HEIGHT * scale + labelH + rowHeadH;
    const totalH = legendH + rowH * inputs.length;
    this.svg.attr('width', W).attr('height', totalH).attr('viewBox', `0 0 ${W} ${totalH}`);
    const gap = Math.max(f, (W - 2 * figW) / 3);
    const figures: Figure[] = inputs.flatMap((i) =>
      (['front', 'back'] as const).map((side) => ({ key: `${i.key}-${side}`, input: i.input, side })),
    );
    this.layer
      .selectAll<SVGGElement, Figure>('g.oc-figure')
      .data(figures, (d) => d.key)
      .join('g')
      .attr('class', 'oc-figure')
      .attr('data-side', (d) => d.side)
      .attr('data-series', (d) => d.key.split('-')[0] ?? 'a')
      .attr('transform', (d, i) => {
        const row = Math.floor(i / 2);
        const x = gap + (d.side === 'front' ? 0 : figW + gap);
        return `translate(${x},${legendH + row * rowH + rowHeadH})`;
      })
      .each((d, i, nodes) => {
        const node = nodes[i];
        if (node) this.drawFigure(select(node), d, scale, figW);
      });
    this.layer
      .selectAll<SVGTextElement, (typeof inputs)[number]>('text.oc-row-head')
      .data(inputs.length > 1 ? inputs : [], (d) => d.key)
      .join('text')
      .attr('class', 'oc-row-head oc-plot-title')
      .attr('x', f * 0.5)
      .attr('y', (_, i) => legendH + i * rowH + f * 1.1)
      .text((d) => d.input.label);
  }

  protected drawCursor(): void {
    const f = this.fontPx;
    const summaries: string[] = [];
    for (const i of this.inputs()) {
      const regions = this.regionsOf(i.key, i.input);
      const site = regions?.original[0] ?? null;
      this.layer
        .selectAll<SVGPathElement, RegionShape>(`g.oc-figure[data-series="${i.key}"] path.oc-region`)
        .each(function (d) {
          const look = lookOf(d.region, regions);
          this.setAttribute('data-state', look.state);
          this.toggleAttribute('data-allodynic', look.allodynic);
          this.toggleAttribute('data-original', look.original);
          this.toggleAttribute('data-site', d.region === site);
          if (this.getAttribute('aria-hidden') === 'true') return;
          this.setAttribute(
            'aria-label',
            T.regionState(T.regions[d.region], stateWords(look, d.region === site)),
          );
        });
      this.layer
        .selectAll<SVGPathElement, RegionShape>(`g.oc-figure[data-series="${i.key}"] path.oc-site-marker`)
        .each(function () {
          this.setAttribute('d', symbol(symbolStar, f * 8)() ?? '');
        });
      const label = this.inputs().length > 1 ? `${i.input.label}: ` : '';
      summaries.push(
        regions
          ? label +
              T.summary(
                momentText(this.tDays, i.input.result.scenario.durationDays),
                regions.painful.length,
                regions.painful.filter((r) => !regions.original.includes(r)).length,
                regions.allodynic.length,
              )
          : label + T.noRegions,
      );
    }
    this.setExplanation(summaries.join(' '));
  }

  protected table(): ChartTable {
    const inputs = this.inputs();
    const regions = regionShapes('front').map((s) => s.region);
    regions.splice(regions.indexOf('abdomen') + 1, 0, 'upper-back', 'lower-back');
    const columns = [
      T.tableRegion,
      ...inputs.map((i) => T.tableState(inputs.length > 1 ? i.input.label : T.tableStateOne)),
    ];
    const rows: Cell[][] = regions.map((r) => [
      T.regions[r],
      ...inputs.map((i) => {
        const state = this.regionsOf(i.key, i.input);
        return stateWords(lookOf(r, state), state?.original[0] === r);
      }),
    ]);
    return { columns, rows };
  }

  /** The regions now: from the input's own function, else (first result) from the last snapshot. */
  private regionsOf(key: string, input: ChartSeriesInput): RegionState | null {
    if (input.regionsAt) return input.regionsAt(this.tDays);
    const m = this.moment;
    if (
      key === 'a' &&
      m?.painfulRegions &&
      m.allodynicRegions &&
      m.originalRegions &&
      Math.abs(m.tDays - this.tDays) < 1e-9
    )
      return { painful: m.painfulRegions, allodynic: m.allodynicRegions, original: m.originalRegions };
    return null;
  }

  private inputs() {
    if (!this.a) throw new Error('BodyMapChart drawn without a result');
    const out = [{ key: 'a', input: this.a }];
    if (this.b) out.push({ key: 'b', input: this.b });
    return out;
  }

  private drawFigure(g: G, fig: Figure, scale: number, figW: number): void {
    const f = this.fontPx;
    const shapes = regionShapes(fig.side);
    const body = ensure(g, 'g.oc-body', 'g', 'oc-body').attr('transform', `scale(${scale})`);
    const { disease } = fig.input.result.scenario.patient;
    const site = disease.kind === 'none' ? null : disease.site;
    body
      .selectAll<SVGPathElement, RegionShape>('path.oc-region')
      .data(shapes, (d) => d.region)
      .join('path')
      .attr('class', 'oc-region')
      .attr('data-region', (d) => d.region)
      .attr('d', (d) => d.d)
      .attr('vector-effect', 'non-scaling-stroke')
      .each(function (d) {
        // Each region is named once: on the front, or on the back for the two back-only regions.
        const named = fig.side === 'front' || d.region === 'upper-back' || d.region === 'lower-back';
        this.setAttribute('role', named ? 'img' : 'presentation');
        if (named) this.removeAttribute('aria-hidden');
        else this.setAttribute('aria-hidden', 'true');
      });
    const siteShapes = shapes.filter((s) => s.region === site);
    ensure(g, 'g.oc-sites', 'g', 'oc-sites')
      .attr('aria-hidden', 'true')
      .selectAll<SVGPathElement, RegionShape>('path.oc-site-marker')
      .data(siteShapes, (d) => d.region)
      .join('path')
      .attr('class', 'oc-site-marker')
      .attr('transform', (d) => `translate(${d.cx * scale},${d.cy * scale})`);
    ensure(g, 'text.oc-side', 'text', 'oc-side')
      .attr('x', figW / 2)
      .attr('y', FIGURE_HEIGHT * scale + f * 1.2)
      .attr('text-anchor', 'middle')
      .text(fig.side === 'front' ? T.front : T.back);
  }

  /**
   * The patterns of the states, their colours set by the stylesheet (theme colours): dots where pain has
   * spread, hatching for allodynia over either look, and hatching alone for the legend.
   */
  private drawDefs(): void {
    const defs = ensure(this.layer, 'defs', 'defs', 'oc-defs');
    if (!defs.select('pattern').empty()) return;
    const pattern = (id: string, background: string | null, dots: boolean, hatch: boolean) => {
      const p = defs
        .append('pattern')
        .attr('id', id)
        .attr('patternUnits', 'userSpaceOnUse')
        .attr('width', 6)
        .attr('height', 6)
        .attr('patternTransform', hatch ? 'rotate(45)' : null);
      if (background) p.append('rect').attr('class', background).attr('width', 6).attr('height', 6);
      if (dots) p.append('circle').attr('class', 'oc-spread-dot').attr('cx', 3).attr('cy', 3).attr('r', 1.3);
      if (hatch)
        p.append('line')
          .attr('class', 'oc-hatch-line')
          .attr('x1', 0)
          .attr('x2', 0)
          .attr('y1', 0)
          .attr('y2', 6);
    };
    pattern('oc-spread-dots', 'oc-spread-bg', true, false);
    pattern('oc-allodynia-original', 'oc-original-bg', false, true);
    pattern('oc-allodynia-spread', 'oc-spread-bg', true, true);
    pattern('oc-allodynia-hatch', 'oc-legend-bg', false, true);
  }

  private drawLegend(W: number): number {
    const f = this.fontPx;
    const items: readonly { key: keyof typeof T.legend; look: RegionLook | null }[] = [
      { key: 'site', look: null },
      { key: 'original', look: { state: 'original', allodynic: false, original: true } },
      { key: 'spread', look: { state: 'spread', allodynic: false, original: false } },
      { key: 'allodynic', look: { state: 'none', allodynic: true, original: false } },
      { key: 'none', look: { state: 'none', allodynic: false, original: false } },
    ];
    const colW = W >= 700 ? W / 2 : W;
    const perRow = W >= 700 ? 2 : 1;
    const g = ensure(this.layer, 'g.oc-legend', 'g', 'oc-legend').attr('aria-hidden', 'true');
    const rows = joinGroups(g, 'oc-legend-item', items, (d) => d.key, [
      ['rect', { class: 'oc-region' }],
      ['path', { class: 'oc-site-marker' }],
      ['text', { dy: '0.35em' }],
    ]).attr(
      'transform',
      (_, i) => `translate(${f * 0.5 + (i % perRow) * colW},${f + Math.floor(i / perRow) * f * 1.7})`,
    );
    rows
      .select('rect')
      .attr('data-state', (d) => d.look?.state ?? 'none')
      .attr('data-legend', (d) => d.key)
      .attr('x', 0)
      .attr('y', -f * 0.6)
      .attr('width', f * 1.8)
      .attr('height', f * 1.2)
      .attr('rx', 3)
      .attr('data-allodynic', (d) => (d.look?.allodynic ? '' : null))
      .attr('data-original', (d) => (d.look?.original ? '' : null));
    rows
      .select('path')
      .attr('transform', `translate(${f * 0.9},0)`)
      .attr('d', (d) => (d.key === 'site' ? symbol(symbolStar, f * 3)() : null));
    rows
      .select('text')
      .attr('x', f * 2.4)
      .text((d) => T.legend[d.key]);
    return f * 1.7 * Math.ceil(items.length / perRow) + f * 0.6;
  }
}
