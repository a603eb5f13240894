/**
 * Answers the Experiments view's requests (experiment-protocol.ts) from the science spec: in the Experiments
 * worker (experiment.worker.ts), or on the page when no worker can start (experiment-client.ts). The work is
 * split where the main-thread path split it before (issue 20): each preset's run (the spec caches runs by
 * name, so a worker that stays up answers a second run at once), each band's measurement, each plot's curves;
 * between two steps the thread takes other messages (a cancel) or, on the page, lets the browser paint.
 */
// From the spec's modules, not its index: the worker needs neither the whole-range properties nor their runs.
import { bandsOf } from '../science/bands-of';
import type { ExperimentCore, Plot } from '../science/experiment';
import { ed50Curve, maintainedCurves, timeCurve } from '../science/experiment-curves';
import { run } from '../science/measure';
import { whatIfCurve, whatIfRule, whatIfRun } from '../science/what-if';
import type {
  BandValue,
  ExperimentAnswer,
  ExperimentRequest,
  PlotNumbers,
  PlotWhatIf,
  WorkRequest,
} from './experiment-protocol';
import { fromWire } from './experiment-wire';

export interface Answering {
  readonly post: (answer: ExperimentAnswer) => void;
  /** Ends the current task, so other messages (a cancel) or input are taken before the next step. */
  readonly pause: () => Promise<void>;
  /** Whether a newer request replaced request `id`: its steps stop and it is not answered. */
  readonly cancelled: (id: number) => boolean;
}

/** The presets an experiment's groups and plots run on, each once. */
export function presetsOf(experiment: ExperimentCore): string[] {
  const names = new Set(experiment.presets.map((p) => p.preset));
  for (const plot of experiment.plots) {
    if (plot.kind === 'time')
      for (const c of plot.curves)
        if ('preset' in c) names.add(c.preset);
        else names.add(c.of).add(c.against);
  }
  return [...names];
}

/** The model's numbers of a plot (runs the model: cached runs). */
export function plotNumbers(plot: Plot): PlotNumbers {
  switch (plot.kind) {
    case 'time':
      return { kind: 'curves', curves: plot.curves.map((c) => timeCurve(plot, c)) };
    case 'ed50-fold':
      return { kind: 'curves', curves: plot.curves.map((c) => ed50Curve(plot, c)) };
    case 'maintained-dose-response': {
      const m = maintainedCurves(plot);
      return { kind: 'curves', curves: [m.scenario, m.toleranceOnly] };
    }
    case 'bands':
      return { kind: 'entries', values: plot.entries.map((e) => e.check.measure()) };
  }
}

/** The what-if's mark on a plot, with the reading at the paper's value for a read day. */
export function plotWhatIf(experiment: ExperimentCore, plot: Plot, value: number): PlotWhatIf | null {
  const curve = whatIfCurve(experiment, plot, value);
  if (!curve) return null;
  // A read day is compared with the reading at the paper's day (the same run: no model run).
  if (whatIfRule(experiment).kind === 'readDay' && curve.kind === 'points') {
    const atPaper = whatIfCurve(experiment, plot, experiment.whatIf.default)?.curve;
    if (atPaper) return { curve, atPaper };
  }
  return { curve };
}

type Step = () => void;

function runSteps(experiment: ExperimentCore, id: number) {
  const bands: BandValue[] = [];
  const plots: PlotNumbers[] = [];
  const steps: Step[] = [
    ...presetsOf(experiment).map((name) => () => void run(name)),
    ...bandsOf(experiment).map((check, band) => () => void bands.push({ band, model: check.measure() })),
    ...experiment.plots.map((plot) => () => void plots.push(plotNumbers(plot))),
  ];
  return { steps, answer: (): ExperimentAnswer => ({ id, kind: 'run', bands, plots }) };
}

function whatIfSteps(experiment: ExperimentCore, id: number, value: number) {
  const plots: (PlotWhatIf | null)[] = [];
  const steps: Step[] = [
    // The changed scenario's run first (the plots then read it from the what-if cache).
    ...(whatIfRule(experiment).kind === 'scenario' ? [() => void whatIfRun(experiment, value)] : []),
    ...experiment.plots.map((plot) => () => void plots.push(plotWhatIf(experiment, plot, value))),
  ];
  return { steps, answer: (): ExperimentAnswer => ({ id, kind: 'what-if', value, plots }) };
}

/**
 * Answers one request: progress after each step of a run, then the run's or the what-if's numbers; a model
 * error (or an unknown experiment) becomes an error message, never a crash of the thread.
 */
export async function answerExperiment(request: WorkRequest, io: Answering): Promise<void> {
  const { id } = request;
  try {
    const experiment = fromWire(request.experiment);
    const { steps, answer } =
      request.kind === 'run' ? runSteps(experiment, id) : whatIfSteps(experiment, id, request.value);
    for (const [i, step] of steps.entries()) {
      if (io.cancelled(id)) return;
      step();
      if (request.kind === 'run') io.post({ id, kind: 'progress', done: i + 1, all: steps.length });
      await io.pause();
    }
    if (!io.cancelled(id)) io.post(answer());
  } catch (error) {
    io.post({ id, kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

/**
 * The worker's handling of its messages: each work request is answered on its own (two experiments' runs take
 * turns step by step), and a cancel stops the request it names at that request's next step.
 */
export function experimentAnswerer(
  post: (answer: ExperimentAnswer) => void,
  pause: () => Promise<void>,
): (request: ExperimentRequest) => void {
  const active = new Set<number>();
  const cancelled = new Set<number>();
  return (request) => {
    if (request.kind === 'cancel') {
      if (active.has(request.of)) cancelled.add(request.of);
      return;
    }
    active.add(request.id);
    void answerExperiment(request, { post, pause, cancelled: (id) => cancelled.has(id) }).finally(() => {
      active.delete(request.id);
      cancelled.delete(request.id);
    });
  };
}
