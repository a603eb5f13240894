import { describe, expect, it } from 'vitest';
import {
  answerExperiment,
  experimentAnswerer,
  plotNumbers,
  presetsOf,
} from '../../src/app/experiment-answer';
import type { ExperimentAnswer, WorkRequest } from '../../src/app/experiment-protocol';
import { fromWire, toWire } from '../../src/app/experiment-wire';
import {
  bandsOf,
  ed50Curve,
  experimentById,
  readingsOf,
  timeCurve,
  whatIfCurve,
  type Experiment,
} from '../../src/science';

/**
 * The Experiments worker's answering code (issue 20), here in Node: the numbers it sends are the science spec's
 * own — readingsOf's values and the spec's curves and what-if marks computed directly — as plain data.
 */
const experiment = (id: string): Experiment => experimentById(id)!;
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function answer(request: WorkRequest, cancelled: (id: number) => boolean = () => false) {
  const posted: ExperimentAnswer[] = [];
  await answerExperiment(request, { post: (a) => posted.push(a), pause: tick, cancelled });
  return posted;
}

describe('the Experiments worker’s answers', () => {
  it('a run of Grace 2016: progress per step, then readingsOf’s values by band index and each plot’s curves', async () => {
    const e = experiment('grace-2016');
    const posted = await answer({ id: 7, kind: 'run', experiment: toWire(e) });
    const all = presetsOf(e).length + bandsOf(e).length + e.plots.length;
    const progress = posted.filter((a) => a.kind === 'progress');
    expect(progress).toEqual(
      Array.from({ length: all }, (_, i) => ({ id: 7, kind: 'progress', done: i + 1, all })),
    );
    const last = posted.at(-1)!;
    if (last.kind !== 'run') throw new Error(`answered ${last.kind}`);
    expect(posted).toHaveLength(all + 1);
    // Plain data: structured clone (what postMessage does) keeps it whole; a BandCheck's measure() would throw.
    expect(structuredClone(last)).toEqual(last);
    expect(last.bands).toEqual(readingsOf(e).map((r, band) => ({ band, model: r.model })));
    expect(last.bands.length).toBeGreaterThan(0);
    expect(last.plots).toEqual(e.plots.map(plotNumbers));
    // Grace's plots: a time course from the spec's timeCurve and a plot of the bands' own readings.
    for (const [i, plot] of e.plots.entries()) {
      const numbers = last.plots[i]!;
      if (plot.kind === 'time')
        expect(numbers).toEqual({ kind: 'curves', curves: plot.curves.map((c) => timeCurve(plot, c)) });
      else if (plot.kind === 'bands')
        expect(numbers).toEqual({ kind: 'entries', values: plot.entries.map((x) => x.check.measure()) });
    }
    expect(e.plots.map((p) => p.kind).sort()).toEqual(['bands', 'time']);
  });

  it('the ED50 plot of Dunbar & Yaksh 1996 carries the spec’s ed50Curve per group', () => {
    const e = experiment('dunbar-yaksh-1996');
    const plot = e.plots.find((p) => p.kind === 'ed50-fold')!;
    expect(plotNumbers(plot)).toEqual({ kind: 'curves', curves: plot.curves.map((c) => ed50Curve(plot, c)) });
  });

  it('a what-if of Dunbar & Yaksh (MK-801 from day 5): the spec’s whatIfCurve on each plot it reaches, null elsewhere', async () => {
    const e = experiment('dunbar-yaksh-1996');
    const posted = await answer({ id: 3, kind: 'what-if', experiment: toWire(e), value: 5 });
    expect(posted.filter((a) => a.kind === 'progress')).toEqual([]);
    expect(posted).toHaveLength(1);
    const made = posted[0]!;
    if (made.kind !== 'what-if') throw new Error(`answered ${made.kind}`);
    expect(structuredClone(made)).toEqual(made);
    expect(made.value).toBe(5);
    // Computed again here, directly from the spec (an ED50 what-if is not cached: ~1.5 s a plot).
    const direct = e.plots.map((p) => whatIfCurve(e, p, 5));
    expect(made.plots).toEqual(direct.map((curve) => (curve ? { curve } : null)));
    expect(made.plots.filter((p) => p !== null)).toHaveLength(1);
    // Day 5's fold differs from day 0's (the paper's): the what-if is not the model's own curve again.
    const mark = made.plots.find((p) => p !== null)!;
    expect(mark.curve.curve.y).not.toEqual(mark.curve.original.y);
  });

  it('a what-if of the day read (Pud 2006) comes with the reading at the paper’s day', async () => {
    const e = experiment('pud-2006');
    const [made] = await answer({ id: 4, kind: 'what-if', experiment: toWire(e), value: 90 });
    if (made?.kind !== 'what-if') throw new Error('no what-if answer');
    const i = made.plots.findIndex((p) => p !== null);
    const plot = e.plots[i]!;
    expect(made.plots[i]).toEqual({
      curve: whatIfCurve(e, plot, 90),
      atPaper: whatIfCurve(e, plot, e.whatIf.default)!.curve,
    });
  });

  it('says a model error in a message, without throwing: an unknown preset, a band that is not in BANDS', async () => {
    const broken = {
      ...toWire(experiment('vanderah-2001')),
      presets: [{ group: 'x', preset: 'no-such-preset' }],
    };
    expect(await answer({ id: 9, kind: 'run', experiment: broken })).toEqual([
      { id: 9, kind: 'error', message: 'no preset no-such-preset' },
    ]);
    const wire = toWire(experiment('grace-2016'));
    expect(wire.plots.some((p) => p.kind === 'bands')).toBe(true);
    const plots = wire.plots.map((p) =>
      p.kind === 'bands' ? { ...p, entries: p.entries.map((e) => ({ ...e, band: 10_000 })) } : p,
    );
    expect(await answer({ id: 8, kind: 'run', experiment: { ...wire, plots } })).toEqual([
      { id: 8, kind: 'error', message: 'grace-2016: no band 10000' },
    ]);
  });

  it('travels without the experiment’s words and comes back with the same bands and plots', () => {
    for (const id of ['grace-2016', 'celerier-2000', 'darnall-2018', 'dose-response-shape']) {
      const e = experiment(id);
      const wire = structuredClone(toWire(e));
      expect(JSON.stringify(wire)).not.toContain(e.question);
      expect(JSON.stringify(wire)).not.toContain(e.honestLine);
      const back = fromWire(wire);
      expect(back.plots).toEqual(e.plots);
      // The same BandCheck objects, not copies.
      for (const [i, plot] of back.plots.entries()) {
        const original = e.plots[i];
        if (plot.kind === 'bands' && original?.kind === 'bands')
          for (const [k, entry] of plot.entries.entries())
            expect(entry.check).toBe(original.entries[k]!.check);
      }
    }
  });

  it('stops a cancelled request at its next step and does not answer it', async () => {
    let steps = 0;
    const posted = await answer(
      { id: 5, kind: 'run', experiment: toWire(experiment('celerier-2000')) },
      () => steps++ >= 2,
    );
    expect(posted.map((a) => a.kind)).toEqual(['progress', 'progress']);
  });

  it('in the worker, a cancel names the request it stops; two experiments’ runs take turns', async () => {
    const posted: ExperimentAnswer[] = [];
    const take = experimentAnswerer((a) => posted.push(a), tick);
    take({ id: 1, kind: 'run', experiment: toWire(experiment('celerier-2000')) });
    take({ id: 2, kind: 'run', experiment: toWire(experiment('laulin-1999')) });
    take({ id: 3, kind: 'cancel', of: 1 });
    take({ id: 4, kind: 'cancel', of: 99 }); // none such: ignored
    await expect
      .poll(() => posted.some((a) => a.id === 2 && a.kind === 'run'), { timeout: 20_000 })
      .toBe(true);
    await tick();
    expect(posted.filter((a) => a.id === 1)).toEqual([
      { id: 1, kind: 'progress', done: 1, all: expect.any(Number) },
    ]);
    expect(posted.filter((a) => a.id === 2 && a.kind === 'progress').length).toBeGreaterThan(1);
  });
});
