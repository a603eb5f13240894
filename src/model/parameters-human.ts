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
      2.5,
      'C',
      `${TA}: drive 1 at 240 MME/day (s = 1); half-activation 200–270 MME/day (§3.1 (3))`,
    ),
    slowCap: param(1, '1', 'facts §3.1 (3): short peaks cannot switch slow mechanisms on'),
    nmdaCap: param(
      1,
      '1',
      `${TA}: 90 min of remifentanil leaves normal-skin heat thresholds unchanged (facts #18)`,
    ),
  },
  tolerance: {
    fastOnDays: param(0.1, 'd', 'facts #17, §2.8: acute tolerance t½ ≈ 130 min (upper bound)'),
    fastOffDays: param(0.5, 'd', 'facts §3.2 (indicative)'),
    slowOnDays: param(1.1, 'd', 'facts #16: Ekblom tolerance-compartment t½ 26 h'),
    slowOffDays: param(4.5, 'd', 'facts #16: Ouellet recovery ≈ 18.5 d after exposure (4 half-lives)'),
    fastGain: param(0.3, '1', TA),
    slowGain: param(1.15, '1', 'facts #21: 42 % potency loss (fold ≈ 1.7) after 1 month at 78 MME/day'),
    nmdaShare: param(0.75, '1', 'facts #4, #5: NMDA block prevents tolerance; φ ≈ 0.7–0.8 (§3.1 (6))'),
  },
  masking: {
    nmda: param(1, '1', `facts #3: NMDA block prevents the apparent loss of effect; size ${TA}`),
    rvmDynorphin: param(3, '1', `facts #7, #9, #10: RVM or dynorphin block restores potency; size ${TA}`),
    dynorphinEfficacy: param(
      0.7,
      '1',
      'facts #10: dynorphin lowers spinal opioid efficacy; size teaching assumption',
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
    withdrawalWeight: param(1, '1', 'facts §3.1 (7): withdrawal reaches pain through N (scaled by s)'),
    gliaWeight: param(0.6, '1', 'facts #11, §3.1 (4): IL-1β enhances NMDA signalling'),
    dynorphinWeight: param(0.5, '1', 'facts #10, §3.1 (4): dynorphin drives spinal excitation'),
    hcn2Weight: param(0.2, '1', `${TA}: more nociceptor firing, more spinal drive`),
    latentSlowing: param(3, '1', 'facts §3.1 (8): latent sensitization slows N decay (facts #23)'),
  },
  rvm: {
    onDays: param(4, 'd', TA),
    offDays: param(4, 'd', 'facts §3.2: R off t½ 4 d'),
  },
  dynorphin: {
    onDays: param(1.5, 'd', TA),
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
  },
  secondHit: {
    onDays: param(2, 'd', TA),
    offDays: param(28, 'd', 'facts §3.1 (8): second-hit memory t½ ≈ 25–30 d (facts #14)'),
    gliaThreshold: param(0.25, 'G', `${TA}: only activated glia leave a memory (critical window, facts #14)`),
    healingSlowing: param(3, '1', `${TA}: primed glia prolong an injury's resolution (facts #14)`),
  },
  sensitization: {
    nmda: param(0.5, '1', 'facts #1, #3: central sensitization is the main driver'),
    rvm: param(0.2, '1', 'facts #7, #9'),
    dynorphin: param(0.25, '1', 'facts #10'),
    glia: param(0.2, '1', 'facts #11, #12'),
    hcn2: param(0.08, '1', 'facts #15, §4.4: weak evidence for OIH, modest weight'),
    latent: param(0.4, '1', 'facts #23: cold intolerance persists ≥ 28 d, gone by ≥ 5 months'),
    buprenorphine: param(0.8, '1', 'facts #25: antihyperalgesia 66 % vs analgesia 26 %'),
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
