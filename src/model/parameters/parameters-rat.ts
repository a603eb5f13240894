import { param } from './parameter';
import type { SubjectParameters } from './parameters-human';

const TA = 'teaching assumption';
const SAME = 'as human';

/**
 * Rat calibration: the same structure, with the faster kinetics of rodent experiments (hours–days).
 * C = 1 at 24 mg/kg/day of s.c. morphine (1 mg/kg/h). Values marked "teaching assumption" were tuned so the
 * landmark experiments of facts §3.4 (items 1–6) fall inside their bands.
 */
export const RAT_PARAMETERS: SubjectParameters = {
  numerics: {
    stepHours: param(
      0.125,
      'h',
      `${TA}: the fentanyl series doses every 15 min (facts #1); 7.5 min converges`,
    ),
  },
  exposure: {
    referenceDosePerDay: param(24, 'mg/kg/day s.c. morphine', `${TA}: 1 mg/kg/h gives C = 1`),
    bodyWeightKg: param(0.3, 'kg', `${TA}: an adult rat`),
    intrathecalPotency: param(
      600,
      'mg s.c. per mg i.t.',
      `${TA}: order of magnitude of i.t. vs s.c. morphine ED50s (facts #5, #6)`,
    ),
    ec50: param(1, 'C', `${TA}: 5 mg/kg s.c. morphine is clearly analgesic for ≈ 3 h (facts #3)`),
    hill: param(1.5, '1', SAME),
    occupancyHalf: param(2, 'C', SAME),
  },
  drive: {
    threshold: param(0.5, 'C', `${TA}: rat experiments use doses far above the threshold`),
    scale: param(3.75, 'C', `${TA} (issue 14 calibration, tools/model-calibrate.ts)`),
    nmdaCap: param(50, '1', `${TA}: no practical cap at the doses of the rat experiments`),
    slowCap: param(1, '1', 'facts §3.1 (3): one fentanyl series must not prime glia (facts #1, #11)'),
    susceptibilityThreshold: param(0.5, '1', SAME),
    susceptibilityGain: param(0.7, '1', SAME),
    onsetWidth: param(0.1, 'C', `${TA}: rat experiments use doses far above the threshold`),
    nmdaLinear: param(0, '1', `${TA}: no practical cap at the doses of the rat experiments`),
  },
  tolerance: {
    fastOnDays: param(0.1, 'd', SAME),
    fastOffDays: param(0.34, 'd', `${TA} (issue 14 calibration, tools/model-calibrate.ts)`),
    slowOnDays: param(1.1, 'd', 'facts #16: Ekblom tolerance t½ 26 h'),
    slowOffDays: param(2.5, 'd', 'facts #5: groups no longer differ one week after the infusion'),
    fastGain: param(
      0.8,
      '1',
      `${TA} (issue 14 calibration, tools/model-calibrate.ts): acute tolerance after a large fentanyl series (Laulin 2002)`,
    ),
    slowGain: param(2.2, '1', `${TA}: with masking gives the spinal shift (facts #5: 31-fold)`),
    nmdaShare: param(0.8, '1', 'facts #5, §3.1 (6): φ ≈ 0.7–0.8'),
    fastNmdaShare: param(
      0.8,
      '1',
      `${TA} (issue 14): ketamine restores the full effect of morphine after fentanyl (Laulin 2002); taken as φ`,
    ),
  },
  masking: {
    nmda: param(
      0.53,
      '1',
      `facts #3, Laulin 2002; size ${TA} (issue 14 calibration, tools/model-calibrate.ts)`,
    ),
    nmdaPower: param(
      1.4,
      '1',
      `${TA} (issue 14): strong NMDA activation masks far more than weak — acute morphine tolerance after a large fentanyl series (Laulin 2002) while daily morphine's analgesia stays intact (facts #3)`,
    ),
    rvmDynorphin: param(
      15.5,
      '1',
      `facts #7, #9, #10: RVM or dynorphin block each restore most of the shift; size ${TA}, calibrated in issue 14 (tools/model-calibrate.ts)`,
    ),
    dynorphinEfficacy: param(0.2, '1', 'facts #10: lower spinal efficacy'),
    antiOpioidDays: param(1, 'd', SAME),
    rvmExposure: param(
      0,
      '1/C',
      `${TA}: the rat experiments read the acute dose–response, not the maintained one`,
    ),
  },
  withdrawal: {
    adaptationDays: param(1, 'd', `${TA}: rodent withdrawal within a day`),
    lagDays: param(0.3, 'd', TA),
    gain: param(1.5, '1', SAME),
  },
  nmda: {
    onDays: param(0.15, 'd', TA),
    offDays: param(
      0.64,
      'd',
      `facts §3.2: rat N off t½ ≈ 0.7 d (indicative); facts #1: hyperalgesia lasts ≤ 5 d; value calibrated in issue 14 (tools/model-calibrate.ts)`,
    ),
    withdrawalWeight: param(0.055, '1', `${TA} (issue 14 calibration, tools/model-calibrate.ts)`),
    gliaWeight: param(0.1, '1', `${TA} (issue 14 calibration, tools/model-calibrate.ts)`),
    dynorphinWeight: param(0.2, '1', TA),
    hcn2Weight: param(0.1, '1', TA),
    latentSlowing: param(3, '1', `${TA}: the rat calibration's (issue 3); human 0.4 since issue 14`),
  },
  rvm: {
    onDays: param(
      0.6,
      'd',
      `facts #9: descending facilitation within 3 days of continuous morphine; value ${TA}, calibrated in issue 14 (tools/model-calibrate.ts)`,
    ),
    offDays: param(1.5, 'd', 'facts §3.2: rat R off t½ 1.5 d'),
  },
  dynorphin: {
    onDays: param(0.95, 'd', `${TA} (issue 14 calibration, tools/model-calibrate.ts)`),
    offDays: param(2, 'd', 'facts §3.2: rat D off t½ 2 d'),
    floor: param(0.02, '1', TA),
  },
  glia: {
    primingOnDays: param(0.1, 'd', 'facts #11: cytokines after 5 daily doses, not after 1'),
    primingOffDays: param(2, 'd', 'facts #14: a course ending 1 week before surgery does not prolong pain'),
    lagDays: param(1.6, 'd', `${TA} (issue 14 calibration, tools/model-calibrate.ts)`),
  },
  hcn2: {
    onDays: param(2, 'd', TA),
    offDays: param(1.5, 'd', TA),
    withdrawalWeight: param(0.5, '1', SAME),
  },
  latent: {
    stageHalfLifeDays: param(
      20,
      'd',
      'facts §3.2: rat L t½ ≈ 20 d; facts #3: sensitization grows with each exposure',
    ),
    riseHalfLifeDays: param(
      20,
      'd',
      `${TA}: no rat data on how fast it builds; as fast as it fades (facts §3.2: 20 d)`,
    ),
  },
  secondHit: {
    onDays: param(0.1, 'd', TA),
    offDays: param(25, 'd', 'facts #14: pain prolonged for weeks to months'),
    gliaThreshold: param(0.25, 'G', `${TA}: only activated glia leave a memory (critical window, facts #14)`),
    healingSlowing: param(8, '1', `${TA}: morphine doubles the duration of injury pain (facts #14)`),
  },
  sensitization: {
    nmda: param(0.65, '1', `${TA} (issue 14 calibration, tools/model-calibrate.ts)`),
    rvm: param(
      0.05,
      '1',
      `${TA} (issue 14 calibration, tools/model-calibrate.ts): in the rat experiments the RVM acts mostly through the masking`,
    ),
    dynorphin: param(0.05, '1', `${TA} (issue 14 calibration, tools/model-calibrate.ts)`),
    glia: param(
      0.41,
      '1',
      `facts #11: IL-1ra reverses established hyperalgesia; size ${TA}, calibrated in issue 14 (tools/model-calibrate.ts)`,
    ),
    hcn2: param(0.05, '1', 'facts §4.4: modest'),
    latent: param(0.05, '1', `${TA}: latent in rats until unmasked (facts #3)`),
    buprenorphine: param(0.8, '1', `${TA}: no rat experiment here gives buprenorphine`),
  },
  readouts: {
    painGain: param(1, '1', SAME),
    thresholdGain: param(1.6, '1', `${TA}: PPV thresholds rise 2–3-fold at peak analgesia`),
    thresholdPower: param(1, '1', `${TA}: PPV thresholds rise in proportion to analgesia`),
    coldGain: param(1, '1', SAME),
    coldPower: param(
      4,
      '1',
      `${TA}: no rat experiment here reads it (the rat bands read thresholds and the dose–response)`,
    ),
    coldSensitivity: param(
      1.2,
      '1',
      `${TA}: no rat experiment here reads it (the rat bands read thresholds and the dose–response)`,
    ),
    allodyniaHalf: param(0.3, 'S', TA),
    areaNmda: param(
      3,
      '1',
      `${TA}: no rat experiment here reads it (the rat bands read thresholds and the dose–response)`,
    ),
    areaRvm: param(1, '1', SAME),
    areaGlia: param(1, '1', SAME),
    areaAnalgesia: param(
      0.5,
      '1',
      `${TA}: no rat experiment here reads it (the rat bands read thresholds and the dose–response)`,
    ),
  },
};
