import { EPS } from './state-layout';
import type { Runtime } from './setup';

/**
 * The disease-pain course (facts §3.1 (9)): constant, progressive, or an injury that resolves with a
 * half-life — slowed by the second-hit memory (latent.ts) — and its contribution to the memory's drive.
 */
export function injuryDrive(rt: Runtime, injury: number, t: number): number {
  const d = rt.disease;
  return d.kind === 'resolving' && t >= d.startDay ? injury : 0;
}

export function nextInjury(
  rt: Runtime,
  injury: number,
  memory: number,
  t: number,
  tEnd: number,
  heal: number,
  slowing: number,
): number {
  const d = rt.disease;
  if (d.kind !== 'resolving') return 1;
  if (tEnd <= d.startDay + EPS) return 0;
  const from = t <= d.startDay + EPS ? 1 : injury;
  const dt = tEnd - Math.max(t, d.startDay);
  return from * Math.exp((-heal * dt) / (1 + slowing * memory));
}

export function diseasePainAt(rt: Runtime, injury: number, t: number): number {
  const d = rt.disease;
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
