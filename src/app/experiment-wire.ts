/**
 * An experiment as it travels to the Experiments worker (issue 20): its core (ExperimentCore: presets, bands,
 * plots, what-if) as plain data, a band of a bands plot named by its index in BANDS. The worker rebuilds the
 * core with the same BandCheck objects, so it needs the science spec's bands and curves but not the 16
 * experiments' words (their questions, designs, notes and citations stay on the page: ~45 KB less to cache).
 */
import { BANDS } from '../science/bands';
import type { BandPlot, ExperimentCore, Plot } from '../science/experiment';

type WireEntry = Omit<BandPlot['entries'][number], 'check'> & { readonly band: number };
export type WirePlot =
  Exclude<Plot, BandPlot> | (Omit<BandPlot, 'entries'> & { readonly entries: readonly WireEntry[] });

export interface WireExperiment extends Omit<ExperimentCore, 'plots'> {
  readonly plots: readonly WirePlot[];
}

/** The core of an experiment, without its words; fails on a band that is not in BANDS (a copy, not the band). */
export function toWire(experiment: ExperimentCore): WireExperiment {
  const { id, items, presets, whatIf } = experiment;
  const plots = experiment.plots.map((plot): WirePlot => {
    if (plot.kind !== 'bands') return plot;
    const entries = plot.entries.map(({ check, ...entry }) => {
      const band = BANDS.indexOf(check);
      if (band < 0) throw new Error(`${id}: a band of plot ${plot.id} is not one of BANDS`);
      return { ...entry, band };
    });
    return { ...plot, entries };
  });
  return { id, items, presets, plots, whatIf };
}

/** The core again, each band index back to its BandCheck object of BANDS. */
export function fromWire(wire: WireExperiment): ExperimentCore {
  const plots = wire.plots.map((plot): Plot => {
    if (plot.kind !== 'bands') return plot;
    const entries = plot.entries.map(({ band, ...entry }) => {
      const check = BANDS[band];
      if (!check) throw new Error(`${wire.id}: no band ${band}`);
      return { ...entry, check };
    });
    return { ...plot, entries };
  });
  return { ...wire, plots };
}
