import type { FlatParameters } from '../parameters/flat-parameters';

/**
 * The pronociceptive drive of one patient (issue 14). Susceptibility s sets the patient's own threshold
 * c0/s^b and gain s^a/c1; the drive starts smoothly around the threshold with a width that scales with it, so
 * the onset is equally gradual for every patient:
 *   f(P) = gain · [h(P − c0_own) − h(−c0_own)],   h(d) = ½(d + √(d² + w_own²)),   w_own = w·c0_own/c0.
 * Susceptibility 0 (or one so small that the threshold lies beyond any dose) gives no drive at all.
 */
export interface PatientDrive {
  readonly threshold: number;
  readonly width2: number;
  readonly atZero: number;
  readonly gain: number;
}

export function patientDrive(p: FlatParameters, susceptibility: number): PatientDrive {
  const own =
    susceptibility > 0 ? p.drive.threshold / susceptibility ** p.drive.susceptibilityThreshold : Infinity;
  const threshold = own < 1e9 ? own : Infinity;
  if (threshold === Infinity) return { threshold, width2: 0, atZero: 0, gain: 0 };
  const width = (p.drive.onsetWidth * threshold) / p.drive.threshold;
  const width2 = width * width;
  return {
    threshold,
    width2,
    atZero: hyperbola(-threshold, width2),
    gain: susceptibility ** p.drive.susceptibilityGain / p.drive.scale,
  };
}

/** ½(d + √(d² + w²)), written without cancellation for d < 0 (½w²/(√(d² + w²) − d)). */
export function hyperbola(d: number, w2: number): number {
  const root = Math.sqrt(d * d + w2);
  return d >= 0 ? 0.5 * (d + root) : (0.5 * w2) / (root - d);
}
