import { select, type Selection } from 'd3';
import { beforeWords } from '../content/before';
import { chartToolbar } from '../content/charts';
import type { ThemeId } from '../content/themes';
import type { SceneRegionId } from '../model';
import { ensure } from './axes';
import { renderTable, toCsv, type ChartTable } from './table';
import { chartFontPx } from './text-metrics';
import type { ChartMoment, ChartSeriesInput, ChartView, RunBefore } from './view';

export type SvgSel = Selection<SVGSVGElement, unknown, null, undefined>;
export type G = Selection<SVGGElement, unknown, null, undefined>;

let nextId = 0;

/**
 * What every chart shares: the figure with heading and explanation, an SVG with <title> and <desc>, the
 * "show as table" toggle, the export buttons and the listener lists. A chart subclass only draws (`draw`),
 * moves its cursor (`drawCursor`) and says which numbers are behind it (`table`).
 */
export abstract class ChartFrame implements ChartView {
  readonly root: HTMLElement;
  readonly svgElement: SVGSVGElement;
  protected readonly svg: SvgSel;
  /** Everything a chart draws goes in here (after <title> and <desc>). */
  protected readonly layer: G;
  protected a: ChartSeriesInput | undefined;
  protected b: ChartSeriesInput | undefined;
  protected width = 640;
  protected availableHeight = 480;
  protected fontPx = 0;
  protected tDays = 0;
  /** The last snapshot, for charts that show more of it than the time (the body map). */
  protected moment: ChartMoment | null = null;
  protected reducedMotion = false;
  private readonly explain: HTMLParagraphElement;
  private readonly desc: SVGDescElement;
  private readonly baseDesc: string;
  private readonly tableHost: HTMLDivElement;
  private readonly toggle: HTMLButtonElement;
  /** The box the SVG fills: the layout (CSS) gives it its size, and the chart draws to fit inside it. */
  private readonly plotArea: HTMLDivElement;
  private observer: ResizeObserver | null = null;
  /** Whether the chart sizes itself to its plot area (tabs) or is sized by resize() (all charts shown). */
  private fitsArea = true;
  private readonly selectListeners = new Set<(id: SceneRegionId) => void>();
  private highlighted: SceneRegionId | null = null;
  /**
   * A chart behind a tab that is not shown does not draw (startup draws the chart a learner sees first, and
   * playing moves one cursor, not four); what it missed is drawn when it is shown again. `measure` records
   * whether the missed drawing has to read the font size.
   */
  private paused = false;
  private missed: { measure: boolean } | null = null;

  protected constructor(
    readonly chartId: string,
    private readonly title: string,
    desc: string,
  ) {
    const id = `oc-${chartId}-${++nextId}`;
    const doc = document;
    this.root = doc.createElement('figure');
    this.root.className = `oc-chart oc-${chartId}`;
    this.root.setAttribute('aria-labelledby', `${id}-h`);
    const caption = doc.createElement('figcaption');
    const heading = doc.createElement('h3');
    heading.id = `${id}-h`;
    heading.className = 'oc-title';
    heading.textContent = title;
    this.explain = doc.createElement('p');
    this.explain.className = 'oc-explain';
    caption.append(heading, this.explain);
    this.svg = select(doc.createElementNS('http://www.w3.org/2000/svg', 'svg'));
    this.svgElement = this.svg.node() as SVGSVGElement;
    this.svg
      .attr('class', 'oc-svg')
      .attr('role', 'group')
      .attr('aria-labelledby', `${id}-t`)
      .attr('aria-describedby', `${id}-d`);
    this.svg.append('title').attr('id', `${id}-t`).text(title);
    this.desc = this.svg.append('desc').attr('id', `${id}-d`).text(desc).node() as SVGDescElement;
    this.baseDesc = desc;
    this.layer = this.svg.append('g').attr('class', 'oc-layer');
    this.tableHost = doc.createElement('div');
    this.tableHost.className = 'oc-table-wrap';
    this.tableHost.id = `${id}-table`;
    this.tableHost.hidden = true;
    this.tableHost.tabIndex = 0;
    this.toggle = this.button(chartToolbar.showTable, () => this.toggleTable());
    this.toggle.setAttribute('aria-pressed', 'false');
    this.toggle.setAttribute('aria-controls', this.tableHost.id);
    const toolbar = doc.createElement('div');
    toolbar.className = 'oc-toolbar';
    toolbar.append(
      this.toggle,
      this.button(
        chartToolbar.exportPng,
        () => void this.exportPng().then((b) => saveFile(b, this.file('png'))),
        chartToolbar.exportPngLabel(title),
      ),
      this.button(
        chartToolbar.exportSvg,
        () =>
          void this.exportSvg().then((svg) =>
            saveFile(new Blob([svg], { type: 'image/svg+xml' }), this.file('svg')),
          ),
        chartToolbar.exportSvgLabel(title),
      ),
      this.button(
        chartToolbar.exportCsv,
        () => void saveFile(new Blob([this.exportCsv()], { type: 'text/csv' }), this.file('csv')),
        chartToolbar.exportCsvLabel(title),
      ),
    );
    this.plotArea = doc.createElement('div');
    this.plotArea.className = 'oc-plot-area is-fitted';
    this.plotArea.append(this.svgElement);
    // The toolbar before the plot: beside the caption on screen (charts.css), and in that order for keyboards.
    this.root.append(caption, toolbar, this.plotArea, this.tableHost);
  }

  mount(host: HTMLElement): void {
    host.append(this.root);
    if (host.clientWidth > 0) this.width = host.clientWidth;
    this.render(true);
    // The chart fits the box the page layout gives it (a hidden tab measures 0 and keeps its last size).
    const view = host.ownerDocument.defaultView;
    if (view && 'ResizeObserver' in view) {
      this.observer = new view.ResizeObserver(() => this.fitArea());
      this.observer.observe(this.plotArea);
    }
  }

  /**
   * With `on`, the chart draws to fit the box its plot area gets from the page layout (the app's tabs);
   * without, it keeps the size resize() gives and the area grows to the drawing (all charts one under another).
   */
  fitToArea(on: boolean): void {
    this.fitsArea = on;
    this.plotArea.classList.toggle('is-fitted', on);
    if (on) this.fitArea();
  }

  /** Draws again at the plot area's size when it has one and it changed. */
  private fitArea(): void {
    if (!this.fitsArea) return;
    const w = Math.floor(this.plotArea.clientWidth);
    const h = Math.floor(this.plotArea.clientHeight);
    if (w <= 0 || h <= 0) return;
    if (w === Math.floor(this.width) && h === Math.floor(this.availableHeight)) return;
    this.resize(w, h);
  }

  setResults(a: ChartSeriesInput, b?: ChartSeriesInput): void {
    this.a = a;
    this.b = b;
    this.render();
  }

  update(snapshot: ChartMoment): void {
    this.tDays = snapshot.tDays;
    this.moment = snapshot;
    if (this.paused) this.missed ??= { measure: false };
    else if (this.a) this.drawCursor();
  }

  /** Whether the chart is out of sight (a tab not shown); a chart shown again draws what it missed. */
  setPaused(paused: boolean): void {
    this.paused = paused;
    if (paused || !this.missed) return;
    const { measure } = this.missed;
    this.missed = null;
    // Its box may have changed while it was hidden (a hidden tab measures 0): draw at the size it has now,
    // not at the last one and then again when the resize observer reports.
    const w = Math.floor(this.plotArea.clientWidth);
    const h = Math.floor(this.plotArea.clientHeight);
    if (this.fitsArea && w > 0 && h > 0) {
      this.width = Math.max(200, w);
      this.availableHeight = h;
      this.render(true);
    } else this.render(measure);
  }

  setTheme(theme: ThemeId): void {
    // Colours follow the CSS custom properties by themselves; the font size changes the layout. The
    // page's <html data-theme> is the app's to set; the chart only records it for tests and styling hooks.
    this.root.dataset['theme'] = theme;
    this.render(true);
  }

  setReducedMotion(on: boolean): void {
    // No chart animates (updates are instant), so there is nothing to skip; kept for the interface.
    this.reducedMotion = on;
  }

  /** Lays the chart out for a plot area of this size: the SVG never grows beyond it when it can fit. */
  resize(width: number, height: number): void {
    this.width = Math.max(200, width);
    this.availableHeight = height;
    this.render(true);
  }

  highlight(id: SceneRegionId | null): void {
    this.highlighted = id;
    this.root.toggleAttribute('data-highlight', id !== null);
    for (const el of this.root.querySelectorAll<SVGElement>('[data-focus]'))
      el.classList.toggle('is-highlighted', el.dataset['focus'] === id);
  }

  onSelect(callback: (id: SceneRegionId) => void): () => void {
    this.selectListeners.add(callback);
    return () => this.selectListeners.delete(callback);
  }

  destroy(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.selectListeners.clear();
    this.root.remove();
  }

  /** The chart as a standalone SVG document (the export code loads on the first export). */
  async exportSvg(): Promise<string> {
    const { serializeSvg } = await import('./export');
    return serializeSvg(this.svgElement, this.title, this.explain.textContent ?? '');
  }

  async exportPng(): Promise<Blob> {
    const { svgToPng } = await import('./export');
    return svgToPng(await this.exportSvg());
  }

  exportCsv(): string {
    return toCsv(this.table());
  }

  get tableVisible(): boolean {
    return !this.tableHost.hidden;
  }

  toggleTable(show = this.tableHost.hidden): void {
    this.tableHost.hidden = !show;
    this.plotArea.hidden = show;
    this.toggle.setAttribute('aria-pressed', String(show));
    this.toggle.textContent = show ? chartToolbar.showChart : chartToolbar.showTable;
    if (show) this.refreshTable();
  }

  protected select(id: SceneRegionId): void {
    for (const cb of this.selectListeners) cb(id);
  }

  /** The run before the learner's last change, drawn faintly; never beside a second result (compare mode). */
  protected runBefore(): RunBefore | null {
    return this.b ? null : (this.a?.before ?? null);
  }

  /** The SVG's description (for screen readers) says when the run before the last change is drawn. */
  protected describeBefore(drawn: boolean): void {
    this.desc.textContent = drawn ? `${this.baseDesc} ${beforeWords.explain}` : this.baseDesc;
  }

  /** The legend's group, at the top left where every chart with a legend keeps it. */
  protected legendLayer(): G {
    const f = this.fontPx;
    return ensure(this.layer, 'g.oc-legend', 'g', 'oc-legend').attr(
      'transform',
      `translate(${f * 0.5},${f * 0.3})`,
    );
  }

  protected setExplanation(text: string): void {
    this.explain.textContent = text;
    // Short screens show the first lines (CSS line clamp); the whole sentence on hover.
    this.explain.title = text;
  }

  protected abstract draw(): void;
  protected abstract drawCursor(): void;
  protected abstract table(): ChartTable;

  /**
   * Draws everything. The font size is read from CSS only when it can have changed (mount, theme, size):
   * reading it after another chart has just changed the DOM forces a style recalculation, which alone
   * cost ~1 ms per chart in the 16 ms budget of a new result.
   */
  private render(measure = false): void {
    if (this.paused) {
      this.missed = { measure: measure || (this.missed?.measure ?? false) };
      return;
    }
    if (measure || this.fontPx === 0) this.fontPx = chartFontPx(this.svgElement);
    if (!this.a) {
      this.setExplanation(chartToolbar.noData);
      return;
    }
    this.draw();
    // Whose result the drawing shows (tests wait on it: a chart behind a hidden tab draws when it is shown).
    this.root.dataset['drawn'] = this.a.label;
    this.scaleToArea();
    this.drawCursor();
    if (this.highlighted !== null) this.highlight(this.highlighted);
    if (!this.tableHost.hidden) this.refreshTable();
  }

  /**
   * The last resort when even the chart's most compact layout is taller than its box (a very short window):
   * the drawing is scaled down as a whole, as PhET scales a sim, rather than cut off. `data-scale` records it
   * (the layouts are made so that this does not happen at the sizes the app is tested at).
   */
  private scaleToArea(): void {
    const width = Number(this.svg.attr('width'));
    const height = Number(this.svg.attr('height'));
    const room = this.availableHeight;
    const scale = this.fitsArea && room > 0 && height > room + 0.5 ? room / height : 1;
    this.svgElement.dataset['scale'] = scale.toFixed(3);
    if (scale < 1) this.svg.attr('width', width * scale).attr('height', height * scale);
  }

  private refreshTable(): void {
    if (this.a) renderTable(this.tableHost, this.title, this.table());
  }

  private file(ext: string): string {
    return `${this.chartId}-${(this.a?.label ?? 'chart').replace(/[^\w-]+/g, '-')}.${ext}`;
  }

  private button(text: string, onClick: () => void, label?: string): HTMLButtonElement {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'oc-button';
    b.textContent = text;
    if (label) b.setAttribute('aria-label', label);
    b.addEventListener('click', onClick);
    return b;
  }
}

/** Saves a file through the export module, loaded when a learner first exports. */
async function saveFile(blob: Blob, name: string): Promise<void> {
  const { download } = await import('./export');
  download(blob, name);
}
