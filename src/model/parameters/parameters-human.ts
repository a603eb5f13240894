import { param } from './parameter';

const TA = 'teaching assumption';

/**
 * Human calibration (default subject). Time in days; C is the effect-site concentration in units of the
 * reference daily dose (60 MME/day gives C = 1 at steady state, facts §3). Values marked "teaching
 * assumption" were tuned so that the validation bands of facts §3.4 are met with one structure.
 */
export const HUMAN_PARAMETERS = {
  numerics: {
    stepHours: param(1, 'h', 'facts §3.1 (10): 1-hour grid aligned to dose times'),
  },
  exposure: {
    referenceDosePerDay: param(60, 'MME/day', 'facts §3: C = 1 at 60 MME/day'),
    bodyWeightKg: param(70, 'kg', `${TA}: converts the µg/kg of volunteer protocols (facts #18) to MME`),
    intrathecalPotency: param(1, '1', `${TA}: human doses are MME, which already include the route`),
    ec50: param(1.2, 'C', `${TA}: 78 MME/day relieves ≈ 44 % of pain before tolerance (facts #21)`),
    hill: param(1.5, '1', TA),
    occupancyHalf: param(2, 'C', `${TA}: µ occupancy O = C/(C + K); 120 MME/day half-occupies`),
  },
  drive: {
    threshold: param(1.5, 'C', 'facts §3.1 (2): c0 ≈ 1.5 (≈ 90 MME/day); reconciles facts #21 with #22'),
    scale: param(
      3.6,
      'C',
      `${TA}, calibrated in issue 14 (tools/model-calibrate.ts): drive ≈ 0.6 at 240 MME/day (s = 1), so that mechanisms are far from saturated at clinical doses (§3.1 (3))`,
    ),
    slowCap: param(
      1.4,
      '1',
      `facts §3.1 (3): short peaks cannot switch slow mechanisms on; size ${TA}, calibrated in issue 14 (tools/model-calibrate.ts)`,
    ),
    nmdaCap: param(
      0.72,
      '1',
      `${TA}, calibrated in issue 14 (tools/model-calibrate.ts): 90 min of remifentanil leaves normal-skin heat thresholds unchanged (facts #18)`,
    ),
    susceptibilityThreshold: param(
      0.5,
      '1',
      `${TA}, calibrated in issue 14 (tools/model-calibrate.ts): the patient's own threshold is c0/s^b — a susceptible patient crosses it at a lower dose; b < 1 keeps the dose, not s, the main lever (facts #22: OIH grows with dose)`,
    ),
    susceptibilityGain: param(
      0.7,
      '1',
      `${TA}, calibrated in issue 14 (tools/model-calibrate.ts): above the threshold a susceptible patient's drive is s^a larger`,
    ),
    onsetWidth: param(
      0.45,
      'C',
      `${TA} (issue 14: no cliff in dose), calibrated in issue 14 (tools/model-calibrate.ts): the drive starts smoothly around the threshold, ½(x + √(x² + w²)) − its value at zero dose`,
    ),
    nmdaLinear: param(
      0.036,
      '1',
      `${TA} (issue 14): above its cap the NMDA drive keeps a small linear part, so a larger perioperative exposure still adds sensitization (Fletcher & Martinez 2014)`,
    ),
  },
  tolerance: {
    fastOnDays: param(0.1, 'd', 'facts #17, §2.8: acute tolerance t½ ≈ 130 min (upper bound)'),
    fastOffDays: param(0.5, 'd', 'facts §3.2 (indicative)'),
    slowOnDays: param(1.1, 'd', 'facts #16: Ekblom tolerance-compartment t½ 26 h'),
    slowOffDays: param(4.5, 'd', 'facts #16: Ouellet recovery ≈ 18.5 d after exposure (4 half-lives)'),
    fastGain: param(0.3, '1', TA),
    slowGain: param(
      1.11,
      '1',
      `facts #21: 42 % potency loss (fold ≈ 1.7) after 1 month at 78 MME/day; value calibrated in issue 14 (tools/model-calibrate.ts), with the day-30 fold inside its band 1.5–2.0`,
    ),
    nmdaShare: param(0.75, '1', 'facts #4, #5: NMDA block prevents tolerance; φ ≈ 0.7–0.8 (§3.1 (6))'),
    fastNmdaShare: param(
      0,
      '1',
      `${TA}: no human data on NMDA block of acute tolerance (facts #17: acute tolerance itself is disputed)`,
    ),
  },
  masking: {
    nmda: param(
      0.45,
      '1',
      `facts #3: NMDA block prevents the apparent loss of effect; size ${TA}, calibrated in issue 14 (tools/model-calibrate.ts)`,
    ),
    nmdaPower: param(1, '1', `${TA}: the NMDA share of the masking is aN·N^q`),
    rvmDynorphin: param(
      5,
      '1',
      `facts #7, #9, #10: RVM or dynorphin block restores potency; size ${TA}, calibrated in issue 14 (tools/model-calibrate.ts)`,
    ),
    dynorphinEfficacy: param(
      0.65,
      '1',
      `facts #10: dynorphin lowers spinal opioid efficacy; size ${TA}, calibrated in issue 14 (tools/model-calibrate.ts)`,
    ),
    antiOpioidDays: param(
      1,
      'd',
      `${TA} (issue 14): the anti-opioid response follows the sustained drive with a half-life of a day, so an added dose does not recruit it at once`,
    ),
    rvmExposure: param(
      4.6,
      '1/C',
      `facts #9 (RVM CCK, an anti-opioid peptide, mediates the right shift; CCK in the RVM of naive rats reproduces it); ${TA}, calibrated in issue 14 (tools/model-calibrate.ts): this share grows with the opioid signal now, so in OIH more drug buys less relief while tolerance alone (R = 0) is relieved by more drug`,
    ),
  },
  withdrawal: {
    adaptationDays: param(
      4,
      'd',
      'facts §3.1 (7): τA ≈ 4 d; withdrawal pain resolves in ≈ 2 weeks (facts #24)',
    ),
    lagDays: param(1.5, 'd', 'facts §3.1 (7): output lag ≈ 1.5 d'),
    gain: param(1.5, '1', `${TA}: withdrawal readout 0–1`),
  },
  nmda: {
    onDays: param(0.5, 'd', TA),
    offDays: param(0.5, 'd', 'facts §3.2: N off t½ 0.5 d (slowed by latent sensitization)'),
    withdrawalWeight: param(
      2,
      '1',
      `facts §3.1 (7): withdrawal reaches pain through N (scaled by s); size ${TA}, calibrated in issue 14 (tools/model-calibrate.ts)`,
    ),
    gliaWeight: param(
      0.34,
      '1',
      `facts #11, §3.1 (4): IL-1β enhances NMDA signalling; size ${TA}, calibrated in issue 14 (tools/model-calibrate.ts) (weak enough that N → glia → N cannot switch itself on)`,
    ),
    dynorphinWeight: param(
      0.1,
      '1',
      `facts #10, §3.1 (4): dynorphin drives spinal excitation; size ${TA}, calibrated in issue 14 (tools/model-calibrate.ts) (loop gain below 1: no cliff)`,
    ),
    hcn2Weight: param(0.2, '1', `${TA}: more nociceptor firing, more spinal drive`),
    latentSlowing: param(
      0.45,
      '1',
      `facts §3.1 (8): latent sensitization slows N decay (facts #23); size ${TA}, calibrated in issue 14 (tools/model-calibrate.ts) (weak feedback: no cliff)`,
    ),
  },
  rvm: {
    onDays: param(5, 'd', TA),
    offDays: param(4, 'd', 'facts §3.2: R off t½ 4 d'),
  },
  dynorphin: {
    onDays: param(1.2, 'd', `${TA}, calibrated in issue 14 (tools/model-calibrate.ts)`),
    offDays: param(10, 'd', 'facts §3.2: D off t½ 10 d'),
    floor: param(0.05, '1', `facts §3.1 (4): drive ∝ R·(N + ε); ε ${TA}`),
  },
  glia: {
    primingOnDays: param(7, 'd', 'facts #11: cytokines need multi-day exposure'),
    primingOffDays: param(7, 'd', 'facts §3.2: glia priming off t½ 7 d'),
    lagDays: param(1.5, 'd', 'facts §3.2: glia lag 1.5 d (facts #12: glia track, lag, tolerance)'),
  },
  hcn2: {
    onDays: param(3, 'd', TA),
    offDays: param(3, 'd', 'facts §3.2: H off t½ 3 d'),
    withdrawalWeight: param(0.5, '1', `${TA}: cAMP overshoot in withdrawal raises Ih (facts #15)`),
  },
  latent: {
    stageHalfLifeDays: param(27, 'd', 'facts §3.1 (8): two-stage chain, t½ ≈ 27 d each (facts #23)'),
    riseHalfLifeDays: param(
      4,
      'd',
      `${TA}, calibrated in issue 14 (tools/model-calibrate.ts): latent sensitization builds faster than it fades (facts #3: it grows with each exposure; #23: it fades over months)`,
    ),
  },
  secondHit: {
    onDays: param(2, 'd', TA),
    offDays: param(28, 'd', 'facts §3.1 (8): second-hit memory t½ ≈ 25–30 d (facts #14)'),
    gliaThreshold: param(0.25, 'G', `${TA}: only activated glia leave a memory (critical window, facts #14)`),
    healingSlowing: param(3, '1', `${TA}: primed glia prolong an injury's resolution (facts #14)`),
  },
  sensitization: {
    nmda: param(
      0.42,
      '1',
      `facts #1, #3: central sensitization is the main driver; size ${TA}, calibrated in issue 14 (tools/model-calibrate.ts)`,
    ),
    rvm: param(
      0.12,
      '1',
      `facts #7, #9; size ${TA}, calibrated in issue 14 (tools/model-calibrate.ts) (the RVM acts mostly through the masking and dynorphin)`,
    ),
    dynorphin: param(0.21, '1', `facts #10; size ${TA}, calibrated in issue 14 (tools/model-calibrate.ts)`),
    glia: param(0.2, '1', 'facts #11, #12'),
    hcn2: param(0.08, '1', 'facts #15, §4.4: weak evidence for OIH, modest weight'),
    latent: param(
      0.5,
      '1',
      `facts #23: cold intolerance persists ≥ 28 d, gone by ≥ 5 months; size ${TA}, calibrated in issue 14 (tools/model-calibrate.ts)`,
    ),
    buprenorphine: param(
      0.2,
      '1',
      `facts #25 (antihyperalgesia 66 % vs analgesia 26 %, volunteers); size ${TA}, calibrated in issue 14 (tools/model-calibrate.ts): it lowers rather than abolishes sensitization — maintained patients stay cold-intolerant, less than on methadone (facts #23, Compton 2001)`,
    ),
  },
  readouts: {
    painGain: param(1, '1', `${TA}: pain = disease·(1 + gain·S)·(1 − E)`),
    thresholdGain: param(0.6, '1', `${TA}: analgesia raises the threshold`),
    thresholdPower: param(2, '1', TA),
    coldGain: param(1, '1', TA),
    coldPower: param(3, '1', 'facts §3.2: steep in E so trough analgesia does not hide cold intolerance'),
    coldSensitivity: param(1.0, '1', 'facts #23: maintained patients ≈ 44 % lower CPT tolerance'),
    allodyniaHalf: param(0.5, 'S', `${TA}: light touch hurts above S = 0.5`),
    areaNmda: param(3.5, '1', 'facts #18: secondary hyperalgesia area grows with central sensitization'),
    areaRvm: param(1, '1', 'King 2005 review: spread to unaffected regions'),
    areaGlia: param(1, '1', TA),
    areaAnalgesia: param(0.2, '1', `${TA}: analgesia shrinks the hyperalgesic area`),
  },
};

export type SubjectParameters = typeof HUMAN_PARAMETERS;
