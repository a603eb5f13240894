import type { Disease } from './scenario-schema';
import { EPS } from './time';

/**
 * The disease-pain course (facts §3.1 (9)): constant, progressive, or an injury that resolves with a
 * half-life — slowed by the second-hit memory (mechanisms/latent.ts) — and its contribution to the memory's
 * drive.
 */
export interface InjuryCourse {
  readonly disease: Disease;
  /** Healing rate (per day) of a resolving injury; 0 otherwise. */
  readonly heal: number;
  /** How much the second-hit memory slows healing: rate ÷ (1 + slowing·M). */
  readonly slowing: number;
}

export function injuryDrive(d: Disease, injury: number, t: number): number {
  return d.kind === 'resolving' && t >= d.startDay ? injury : 0;
}

/** The injury level at tEnd, from `injury` at t and the second-hit memory. */
export function nextInjury(
  course: InjuryCourse,
  injury: number,
  memory: number,
  t: number,
  tEnd: number,
): number {
  const d = course.disease;
  if (d.kind !== 'resolving') return 1;
  if (tEnd <= d.startDay + EPS) return 0;
  const from = t <= d.startDay + EPS ? 1 : injury;
  const dt = tEnd - Math.max(t, d.startDay);
  return from * Math.exp((-course.heal * dt) / (1 + course.slowing * memory));
}

export function diseasePainAt(d: Disease, injury: number, t: number): number {
  switch (d.kind) {
    case 'none':
      return 0;
    case 'constant':
      return d.baseline;
    case 'resolving':
      return t < d.startDay - EPS ? 0 : d.baseline * injury;
    case 'progressive':
      return Math.min(10, d.baseline + (d.risePerYear * t) / 365);
  }
}
