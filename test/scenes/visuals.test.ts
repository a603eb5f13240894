import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MECHANISM_IDS, type MechanismId } from '../../src/model';
import { restingSceneState, type SceneState } from '../../src/scenes/scene-state';
import { activity, sceneVisuals, type SceneVisuals } from '../../src/scenes/visuals';

/** Any state the model could send: levels 0–1, firing 0–60 Hz, some mechanisms knocked out or blocked. */
const level = fc.double({ min: 0, max: 1, noNaN: true });
const hz = fc.double({ min: 0, max: 60, noNaN: true });
const stateArb: fc.Arbitrary<SceneState> = fc
  .record({
    nmda: level,
    rvm: level,
    glia: level,
    dynorphin: level,
    hcn2: level,
    tolerance: level,
    occupancy: level,
    concentrationRelative: fc.double({ min: 0, max: 50, noNaN: true }),
    nociceptor: hz,
    touchFibre: hz,
    projectionNeuron: hz,
    rvmOn: hz,
    rvmOff: hz,
    pain: fc.double({ min: 0, max: 10, noNaN: true }),
    allodynia: level,
    area: level,
    removed: fc.subarray([...MECHANISM_IDS]),
    blocked: fc.dictionary(fc.constantFrom(...MECHANISM_IDS), level),
  })
  .map((r) => ({
    ...restingSceneState,
    levels: {
      nmda: r.nmda,
      rvm: r.rvm,
      glia: r.glia,
      dynorphin: r.dynorphin,
      hcn2: r.hcn2,
      tolerance: r.tolerance,
    },
    occupancy: r.occupancy,
    concentrationRelative: r.concentrationRelative,
    firing: {
      nociceptor: r.nociceptor,
      touchFibre: r.touchFibre,
      projectionNeuron: r.projectionNeuron,
      rvmOn: r.rvmOn,
      rvmOff: r.rvmOff,
    },
    painScore: r.pain,
    allodynia: r.allodynia,
    painAreaFraction: r.area,
    painSpread: r.area > 0.3,
    removed: new Set<MechanismId>(r.removed),
    blocks: Object.fromEntries(
      Object.entries(r.blocked).map(([id, fraction]) => [id, { fraction, by: ['ketamine' as const] }]),
    ),
  }));

/** Raising one input (by `more`) never lowers the visual quantity `pick`. */
function monotone(
  name: string,
  more: (s: SceneState, by: number) => SceneState,
  pick: (v: SceneVisuals) => number,
  direction: 1 | -1 = 1,
) {
  it(`${name} ${direction > 0 ? 'rises' : 'falls'} with what it shows`, () => {
    fc.assert(
      fc.property(stateArb, fc.double({ min: 0, max: 1, noNaN: true }), (state, by) => {
        const a = pick(sceneVisuals(state));
        const b = pick(sceneVisuals(more(state, by)));
        expect(direction * (b - a)).toBeGreaterThanOrEqual(-1e-9);
      }),
      { numRuns: 300 },
    );
  });
}

const up = (x: number, by: number, max = 1) => Math.min(max, x + by);
const levelUp = (id: keyof SceneState['levels']) => (s: SceneState, by: number) => ({
  ...s,
  levels: { ...s.levels, [id]: up(s.levels[id], by) },
});
const firingUp = (id: keyof SceneState['firing']) => (s: SceneState, by: number) => ({
  ...s,
  firing: { ...s.firing, [id]: s.firing[id] + 20 * by },
});

describe('the scene shows more of a thing exactly when the model has more of it', () => {
  monotone('the impulse rate on the pain fibre', firingUp('nociceptor'), (v) => v.impulseRate.nociceptor);
  monotone(
    'the impulse rate up the tract to the brain',
    firingUp('projectionNeuron'),
    (v) => v.impulseRate.ascending,
  );
  monotone('the impulse rate on the touch fibre', firingUp('touchFibre'), (v) => v.impulseRate.touchFibre);
  monotone('the number of NMDA receptors', levelUp('nmda'), (v) => v.nmdaCount);
  monotone('the NMDA channels’ opening', levelUp('nmda'), (v) => v.nmdaOpening);
  monotone('the calcium entering through NMDA channels', levelUp('nmda'), (v) => v.calciumRate);
  monotone('the size of the glial cells', levelUp('glia'), (v) => v.gliaSize);
  monotone('the cytokines glia release', levelUp('glia'), (v) => v.gliaReleaseRate);
  monotone('the amount of dynorphin', levelUp('dynorphin'), (v) => v.dynorphinAmount);
  monotone('the spread of dynorphin', levelUp('dynorphin'), (v) => v.dynorphinSpread);
  monotone('the HCN2 pacemaker’s rhythm', levelUp('hcn2'), (v) => v.hcn2PacemakerHz);
  monotone('the µ-receptors at the surface', levelUp('tolerance'), (v) => v.receptorsAtSurface, -1);
  monotone(
    'the µ-receptors bound',
    (s, by) => ({ ...s, occupancy: up(s.occupancy, by) }),
    (v) => v.receptorsBound,
  );
  monotone(
    'the opioid molecules in the blood',
    (s, by) => ({ ...s, concentrationRelative: s.concentrationRelative + 5 * by }),
    (v) => v.moleculeCount,
  );
  monotone(
    'the pain meter',
    (s, by) => ({ ...s, painScore: up(s.painScore, 10 * by, 10) }),
    (v) => v.pain,
  );
  monotone(
    'the pulses coming down from the RVM',
    (s, by) => ({
      ...s,
      firing: { ...s.firing, rvmOn: s.firing.rvmOn + 20 * by, rvmOff: s.firing.rvmOff + 20 * by },
    }),
    (v) => v.impulseRate.descending,
  );

  it('light touch reaches the pain neuron only with allodynia, and pain spreads only when the model says so', () => {
    const s = {
      ...restingSceneState,
      firing: { ...restingSceneState.firing, touchFibre: 10, nociceptor: 10 },
    };
    expect(sceneVisuals({ ...s, allodynia: 0.4 }).impulseRate.touchToProjection).toBe(0);
    expect(sceneVisuals({ ...s, allodynia: 0.6 }).impulseRate.touchToProjection).toBeGreaterThan(0);
    expect(sceneVisuals({ ...s, painSpread: false, painAreaFraction: 0.5 }).impulseRate.remoteFibre).toBe(0);
    expect(
      sceneVisuals({ ...s, painSpread: true, painAreaFraction: 0.5 }).impulseRate.remoteFibre,
    ).toBeGreaterThan(0);
  });
});

describe('a knocked-out or fully blocked mechanism does not move', () => {
  const motionOf: Record<MechanismId, (v: SceneVisuals) => number> = {
    nmda: (v) => v.calciumRate,
    rvm: (v) => v.impulseRate.descending,
    glia: (v) => v.gliaReleaseRate,
    dynorphin: (v) => v.dynorphinDrift,
    hcn2: (v) => v.hcn2PacemakerHz,
  };
  for (const id of MECHANISM_IDS) {
    it(`${id}: zero motion when knocked out or blocked, some when at work`, () => {
      fc.assert(
        fc.property(stateArb, (state) => {
          const busy: SceneState = {
            ...state,
            removed: new Set([...state.removed].filter((m) => m !== id)),
            blocks: { ...state.blocks, [id]: undefined },
            levels: { ...state.levels, [id]: 0.8 },
            firing: { ...state.firing, nociceptor: 10, rvmOn: 12, rvmOff: 3 },
          };
          expect(motionOf[id](sceneVisuals(busy))).toBeGreaterThan(0);
          const knocked = { ...busy, removed: new Set([...busy.removed, id]) };
          expect(motionOf[id](sceneVisuals(knocked))).toBe(0);
          const blocked = {
            ...busy,
            blocks: { ...busy.blocks, [id]: { fraction: 1, by: ['ketamine' as const] } },
          };
          expect(activity(blocked, id)).toBe(0);
          expect(motionOf[id](sceneVisuals(blocked))).toBe(0);
        }),
        { numRuns: 100 },
      );
    });
  }
});
