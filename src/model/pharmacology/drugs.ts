import type { RouteId } from './routes';

/**
 * The opioids of the simulation. Doses of human patients are in MME (oral morphine milligram equivalents),
 * which already contain each drug's potency and bioavailability, so the kinetics below only shape the time
 * course. Rat doses are in mg/kg or µg/kg of the drug and are converted with `ratPotency`.
 * Sources: facts file numbers; everything else is a labelled teaching assumption.
 */
export const DRUG_IDS = [
  'morphine',
  'oxycodone',
  'hydromorphone',
  'fentanyl',
  'methadone',
  'buprenorphine',
  'remifentanil',
] as const;
export type DrugId = (typeof DRUG_IDS)[number];

export interface DrugKinetics {
  /** Elimination half-life (h). */
  readonly halfLifeHours: number;
  /** Plasma ↔ effect-site equilibration half-life (h). */
  readonly effectSiteHalfLifeHours: number;
  /** Absorption half-life from the depot (h) for oral, transdermal and subcutaneous doses. */
  readonly absorptionHours: Readonly<Record<'oral' | 'transdermal' | 'subcutaneous', number>>;
}

export interface DrugSpec {
  readonly id: DrugId;
  readonly label: string;
  readonly human: DrugKinetics;
  readonly rat: DrugKinetics;
  /** Human: MME per mg of drug by this route, only to read volunteer protocols given in µg/kg. */
  readonly mmePerMg: Readonly<Partial<Record<RouteId, number>>>;
  /** Rat: mg/kg of s.c. morphine equivalent to 1 mg/kg of this drug. */
  readonly ratPotency: number;
  /** Intrinsic efficacy at the µ receptor (1 = full agonist). */
  readonly efficacy: number;
  /** Receptor affinity relative to morphine at equal analgesic concentration (sets occupancy). */
  readonly affinity: number;
  /** Share of its µ signal that drives the pronociceptive mechanisms (1 = like morphine). */
  readonly pronociceptiveDrive: number;
  /** Fraction of the tolerance built on other drugs that this drug sees (1 = full cross-tolerance). */
  readonly crossTolerance: number;
  /** Tolerance its µ occupancy builds, relative to morphine (1). */
  readonly toleranceInduction: number;
  /** NMDA block per unit of its effect-site concentration (methadone's d-isomer), saturating. */
  readonly nmdaBlockPerC: number;
  /** Antihyperalgesic action: how much of S its occupancy removes, relative to parameters (buprenorphine). */
  readonly antihyperalgesic: number;
  readonly source: string;
}

const TA = 'teaching assumption';

function kinetics(halfLifeHours: number, effectSiteHalfLifeHours: number, oral = 0.5, patch = 12, sc = 0.25) {
  return {
    halfLifeHours,
    effectSiteHalfLifeHours,
    absorptionHours: { oral, transdermal: patch, subcutaneous: sc },
  };
}

const FULL_AGONIST = {
  toleranceInduction: 1,
  efficacy: 1,
  affinity: 1,
  pronociceptiveDrive: 1,
  nmdaBlockPerC: 0,
  antihyperalgesic: 0,
};

export const DRUGS: Readonly<Record<DrugId, DrugSpec>> = {
  morphine: {
    id: 'morphine',
    label: 'Morphine',
    human: kinetics(3, 2),
    rat: kinetics(1, 25 / 60, 0.5, 12, 10 / 60),
    mmePerMg: { oral: 1, subcutaneous: 3, intravenous: 3, intrathecal: 300 },
    ratPotency: 1,
    ...FULL_AGONIST,
    crossTolerance: 1,
    source: `facts §3.2: oral t½ 3 h, effect-site t½ ≈ 2 h (human; ${TA}); rat s.c. t½ 60 min, effect-site 25 min (Ekblom 1993, facts #16)`,
  },
  oxycodone: {
    id: 'oxycodone',
    label: 'Oxycodone',
    human: kinetics(3.5, 1),
    rat: kinetics(1, 0.3),
    mmePerMg: { oral: 1.5 },
    ratPotency: 2,
    ...FULL_AGONIST,
    crossTolerance: 0.8,
    source: `${TA} (CDC 2016 MME factor 1.5; χ 0.8 for incomplete cross-tolerance)`,
  },
  hydromorphone: {
    id: 'hydromorphone',
    label: 'Hydromorphone',
    human: kinetics(2.5, 1),
    rat: kinetics(0.8, 0.3),
    mmePerMg: { oral: 4, intravenous: 20 },
    ratPotency: 5,
    ...FULL_AGONIST,
    crossTolerance: 0.8,
    source: `${TA} (CDC 2016 MME factor 4)`,
  },
  fentanyl: {
    id: 'fentanyl',
    label: 'Fentanyl',
    human: kinetics(1.5, 0.1, 0.5, 12, 0.5),
    rat: kinetics(0.6, 0.08, 0.5, 12, 0.15),
    // Transdermal: CDC 2016's 2.4 MME/day per µg/h is 100 MME per mg delivered (i.v. ≈ 300: 100 µg ≈ 30 MME).
    mmePerMg: { intravenous: 300, transdermal: 100, subcutaneous: 300 },
    ratPotency: 50,
    ...FULL_AGONIST,
    crossTolerance: 0.8,
    source: `facts §3.2: i.v. t½ ≈ 1.5 h; 100 µg i.v. ≈ 30 MME; transdermal 2.4 MME/day per µg/h (CDC 2016), so a patch dose given in µg/kg has a third of the effect of the same amount i.v. (doses become concentrations through MME); patch absorption t½ 12 h and rat values ${TA}`,
  },
  methadone: {
    id: 'methadone',
    label: 'Methadone',
    human: kinetics(30, 1, 1),
    rat: kinetics(1.5, 0.4),
    mmePerMg: { oral: 4.7 },
    ratPotency: 1,
    efficacy: 1,
    affinity: 1,
    pronociceptiveDrive: 1,
    crossTolerance: 0.4,
    toleranceInduction: 0.2,
    nmdaBlockPerC: 0.1,
    antihyperalgesic: 0,
    source: `facts §3.2: t½ ≈ 30 h; d-isomer NMDA block (facts #6); tolerance induction ${TA}, calibrated with the preset's 33 % cut so that rotation is neutral in a tolerance-only patient after 4 weeks (facts §3.4 #13) — in the spirit of d-methadone preventing morphine tolerance (facts #6), with no direct measurement; χ (the share of other drugs' tolerance it sees) ${TA}, barely constrained (it matters only in the first weeks after a switch)`,
  },
  buprenorphine: {
    id: 'buprenorphine',
    label: 'Buprenorphine',
    human: kinetics(30, 3, 1),
    rat: kinetics(3, 1),
    mmePerMg: { oral: 30, intravenous: 75 },
    ratPotency: 30,
    efficacy: 0.85,
    toleranceInduction: 0.03,
    affinity: 10,
    pronociceptiveDrive: 0.59,
    crossTolerance: 0.13,
    nmdaBlockPerC: 0,
    antihyperalgesic: 1,
    source: `facts §3.2: t½ ≈ 30 h, partial agonist (efficacy ≈ 0.85); antihyperalgesic (facts #25); µ affinity 10× morphine's (${TA}: high affinity, so it occupies receptors at low concentration and displaces full agonists); drive share (${TA}, calibrated so that maintained patients are cold-intolerant, less than on methadone: facts #23, Compton 2001); tolerance induction ${TA}, calibrated with the preset's 25 % cut so that rotation is neutral in a tolerance-only patient after 4 weeks (issue 3) — it says buprenorphine builds almost no tolerance, for which the evidence is thin; MME factor 30 per mg: CDC 2016's buccal-film factor (CDC gives none for sublingual tablets); χ ${TA}, barely constrained`,
  },
  remifentanil: {
    id: 'remifentanil',
    label: 'Remifentanil',
    human: kinetics(0.06, 0.025),
    rat: kinetics(0.06, 0.025),
    mmePerMg: { intravenous: 300 },
    ratPotency: 50,
    ...FULL_AGONIST,
    crossTolerance: 1,
    source: `facts §3.2: t½ ≈ 6 min; potency as fentanyl (${TA})`,
  },
};
