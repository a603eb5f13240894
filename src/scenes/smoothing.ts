import type { SceneState } from './scene-state';

/** Time constant of the glide between snapshots, so the picture moves smoothly as the clock ticks. */
const GLIDE_SECONDS = 0.18;
const SNAP = 0.0005;

function towards(from: number, to: number, k: number): number {
  const next = from + (to - from) * k;
  return Math.abs(to - next) < SNAP ? to : next;
}

/**
 * Moves the drawn state a step towards the model's state. Only continuous quantities glide; what the model
 * says is removed, or time itself, changes at once. Returns `shown` unchanged when already there.
 */
export function easeTowards(shown: SceneState, target: SceneState, dtSeconds: number): SceneState {
  if (shown === target) return shown;
  const k = 1 - Math.exp(-dtSeconds / GLIDE_SECONDS);
  let moving = false;
  const glide = (a: number, b: number) => {
    const v = towards(a, b, k);
    if (v !== b) moving = true;
    return v;
  };
  const levels = { ...target.levels };
  for (const id of Object.keys(levels) as (keyof typeof levels)[])
    levels[id] = glide(shown.levels[id], target.levels[id]);
  const firing = { ...target.firing };
  for (const id of Object.keys(firing) as (keyof typeof firing)[])
    firing[id] = glide(shown.firing[id], target.firing[id]);
  const next: SceneState = {
    ...target,
    levels,
    firing,
    occupancy: glide(shown.occupancy, target.occupancy),
    concentrationRelative: glide(shown.concentrationRelative, target.concentrationRelative),
    painScore: glide(shown.painScore, target.painScore),
    allodynia: glide(shown.allodynia, target.allodynia),
    painAreaFraction: glide(shown.painAreaFraction, target.painAreaFraction),
    withdrawal: glide(shown.withdrawal, target.withdrawal),
  };
  return moving ? next : target;
}
