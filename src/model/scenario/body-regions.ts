/** The body regions of the body map: where a disease can be (a scenario's `patient.disease.site`) and
 * where pain spreads (readouts/regions.ts). */
export const BODY_REGIONS = [
  'head',
  'neck',
  'left-shoulder',
  'right-shoulder',
  'upper-back',
  'chest',
  'abdomen',
  'lower-back',
  'left-arm',
  'right-arm',
  'left-hand',
  'right-hand',
  'left-hip',
  'right-hip',
  'left-leg',
  'right-leg',
  'left-foot',
  'right-foot',
] as const;
export type BodyRegion = (typeof BODY_REGIONS)[number];
