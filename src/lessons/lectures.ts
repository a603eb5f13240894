import { mechanismText } from '../content/mechanisms';
import type { ScenarioEdit } from '../app/scenario-edits';
import { safety, type SafetyTag } from '../content/safety';
import type { MechanismId } from '../model';
import type { CohortRef, ExperimentRef, SimClaim, SimSetup } from './types';
import { cohortShare, dipThenRise, onCurve, order, versusB } from './claims';
import {
  JOHNSTON_GLIA,
  LESSON_COHORT,
  MAINTAINED_CURVE_TURNS,
  RAISED_OR_KEPT,
  TYPICAL_120,
  TYPICAL_240,
  twins,
} from './setups';
import { W12, W14, W16, W24 } from './weeks';
import { taper, add, switchOff } from './edits';

/**
 * Lecture scenes (issue 7, "Lecture scenarios"): an ordered set of scenes a lecturer steps through with a
 * clicker. Each scene sets the simulation up (a SimSetup, like a lesson step), shows one large caption to the
 * hall and keeps a few sentences of presenter notes for the lecturer.
 */
export interface LectureScene {
  readonly id: string;
  /** One line, shown large: what the hall should see in the simulation. */
  readonly caption: string;
  /** For the lecturer only: a few sentences to say, with sources and the strength of the evidence. */
  readonly notes: string;
  readonly setup: SimSetup;
  /** What the caption and notes state about the setup's course, held to the model by a test. */
  readonly claims?: readonly SimClaim[];
  /** Safety notes (src/content/safety.ts) whose words the notes show (test/lessons/safety.test.ts). */
  readonly safety?: readonly SafetyTag[];
  /** The experiment the scene shows: the lecture bar offers to open it in the Experiments view. */
  readonly experiment?: ExperimentRef;
  /** The virtual cohort of the scene's side A (issue 21): the lecture bar offers to open it, with this seed. */
  readonly cohort?: CohortRef;
}

export interface Lecture {
  readonly id: string;
  readonly title: string;
  readonly scenes: readonly LectureScene[];
  /** Ids of src/content/references.ts or src/content/lesson-references.ts the notes rest on. */
  readonly referenceIds?: readonly string[];
}

/** The OIH patient, unchanged (A), beside the same patient with one mechanism switched off (B). */
const withoutMechanism = (mechanism: MechanismId, chart: NonNullable<SimSetup['chart']>): SimSetup => ({
  preset: 'oih-state',
  compare: { preset: 'oih-state', edits: switchOff(mechanism) },
  shown: 'a',
  tDays: W12,
  chart,
  highlight: mechanism,
});

/** Shared words of each mechanism (src/content/mechanisms.ts), then what this scene shows. */
const mechanismNotes = (mechanism: MechanismId, shows: string): string =>
  `${mechanismText[mechanism].summary} Evidence — ${mechanismText[mechanism].evidence} ${shows}`;

const monthlyTaper = taper(W12, 'month');
const support: readonly ScenarioEdit[] = (['gabapentinoid', 'nsaid', 'exercise', 'cbt'] as const).map(
  (kind) => add(kind, W12),
);

/** Side B gets less pain than side A at a day (a mechanism switched off, a treatment left out). */
const lowerInB = (day: number, says: string): SimClaim =>
  order('pain', { side: 'b', day, window: 'week' }, '<', { day, window: 'week' }, says);

/**
 * The ready 15-minute lecture: the paradox and its signs, the five mechanisms, OIH against tolerance, and
 * management with its safety points. Every direction a caption or a note states about the simulation is a
 * claim held to the model (test/lessons/claims.test.ts); the notes quote no simulated numbers.
 */
export const READY_LECTURE: Lecture = {
  id: 'oih-in-15-minutes',
  title: 'Opioid-induced hyperalgesia in 15 minutes',
  scenes: [
    {
      id: 'paradox',
      caption: 'The opioid paradox: the same dose for 12 weeks — relief at first, then more pain than before',
      notes: `Opioid-induced hyperalgesia (OIH): exposure to opioids, given to relieve pain, makes a person more sensitive to painful stimuli. ${safety('model-experiment')} His back pain is 6/10 before the opioid and the disease stays the same. Pain fell well below 6/10 on the first day, was back above it within about two weeks and was clearly above it by week 12, on an unchanged dose: the extra pain came from the opioid. Say plainly that human OIH is less dramatic and less common than this patient suggests (next scenes).`,
      safety: ['model-experiment'],
      setup: { preset: 'oih-state', compare: null, tDays: W12, chart: 'time-course', highlight: null },
      claims: [
        order('pain', { day: 1 }, '<', 6, 'relief on the first day'),
        order('pain', { day: 14 }, '>', 6, 'back above 6/10 within about two weeks'),
        order('pain', { day: W12, window: 'week' }, '>', 6, 'more pain at week 12 than before the opioid'),
      ],
    },
    {
      id: 'not-every-patient',
      caption:
        'Not every patient: of 200 people on 120 MME/day, about a third end up worse than without the opioid',
      notes: `Open the 200 patients from the lecture bar: they are drawn the same way on every screen. Each virtual patient has their own susceptibility to OIH and their own speed of clearing morphine, drawn around a typical patient’s; all take 120 MME/day for 12 weeks (side A), started on day one as a shortcut of the model. At week 12 about a third have more pain than without the opioid, about a quarter have tolerance only, and the rest have a pain threshold below normal that the relief still hides. Side B is one typical patient on 240 MME/day, whose pain at week 12 is higher than side A’s; on that dose about four in five of the same 200 patients end up worse. OIH is real, it depends on the dose, and it varies from person to person. The shares are the model’s — how much people differ is a teaching assumption — and the human evidence of how common OIH is remains mixed (Higgins 2019); a month at 78 MME/day caused tolerance without OIH (Chu 2012). ${safety('overdose-dose')}`,
      safety: ['overdose-dose'],
      setup: {
        ...TYPICAL_120,
        compare: TYPICAL_240,
        shown: 'a',
        tDays: W12,
        chart: 'time-course',
        highlight: null,
      },
      cohort: LESSON_COHORT,
      claims: [
        cohortShare('worse', 'about a third', 'about a third end up worse than without the opioid', W12),
        cohortShare('tolerance-only', 'about a quarter', 'about a quarter have tolerance only', W12),
        cohortShare(
          'worse',
          'about four in five',
          'about four in five of the same 200 patients end up worse',
          W12,
          { side: 'b' },
        ),
        order(
          'pain',
          { side: 'b', day: W12, window: 'week' },
          '>',
          { day: W12, window: 'week' },
          'side B’s pain at week 12 is higher than side A’s',
        ),
      ],
    },
    {
      id: 'signs',
      caption: 'Signs of OIH: pain spreads to new areas, and light touch, like clothing, hurts (allodynia)',
      notes:
        'Clinical signs: a noticeable rise in pain sensitivity, pain spreading to areas that were not painful before, and pain that worsens when the dose is increased. Before the opioid only the lower back and abdomen hurt; by week 12 the painful area has grown to both hips and the chest. The body map marks allodynia — pain from touch that should not hurt — separately; it appeared within the first month. None of these signs is specific: new disease, a trapped nerve root, CRPS or fibromyalgia can cause them too, so OIH is a diagnosis of exclusion.',
      setup: { preset: 'oih-state', compare: null, tDays: W12, chart: 'body-map', highlight: null },
      claims: [
        order('painArea', { day: W12 }, '>', { day: 1 }, 'the painful area has grown by week 12'),
        order('allodynia', { day: 28 }, '>', 0.5, 'allodynia appears within the first month'),
      ],
    },
    {
      id: 'dose-up',
      caption: 'Raise the dose by 50 %: one better day, then more pain than before within two weeks',
      notes: `A patient of typical susceptibility on morphine 180 MME/day for 12 weeks, then 270 (A), beside the same patient kept at 180 (B). The day after the increase pain dipped; within two weeks it was above its level before the increase, with more allodynia than in B and no lasting relief. This is why OIH is hard to manage: it looks like tolerance, and the usual answer to tolerance — more drug — makes it worse. ${safety('overdose-dose')}`,
      safety: ['overdose-dose'],
      setup: {
        ...RAISED_OR_KEPT,
        shown: 'a',
        tDays: W16,
        chart: 'time-course',
        highlight: null,
      },
      claims: [
        ...dipThenRise(
          W12,
          'pain dips the day after the increase',
          'within two weeks pain is above its level before the increase',
        ),
        versusB('allodynia', '>', W16, 'more allodynia than on the kept dose'),
        versusB('pain', '>', W16, 'no lasting relief compared with the kept dose', { window: 'week' }),
      ],
    },
    {
      id: 'mechanisms',
      caption: 'How does OIH happen? Five mechanisms turn pain up: central sensitization',
      notes:
        'How OIH arises is not fully understood. Long-term opioids upset the body’s own pain regulation (homeostasis), leading to central sensitization: the central nervous system becomes hyperexcitable. The chart shows the five mechanisms the review names — NMDA receptors, descending facilitation from the RVM, glia, spinal dynorphin and HCN2 channels — rising in the first weeks, with tolerance building alongside. The next five scenes take them one at a time; how sure we are differs a lot between them.',
      setup: { preset: 'oih-state', compare: null, tDays: W12, chart: 'mechanisms', highlight: null },
      claims: [
        order('nmda', { day: 28 }, '>', { day: 1 }, 'NMDA upregulation rises in the first weeks'),
        order('dynorphin', { day: 28 }, '>', { day: 1 }, 'dynorphin rises in the first weeks'),
      ],
    },
    {
      id: 'nmda',
      caption: 'NMDA receptors, a primary driver: switch them off in the model (B) and pain stays far lower',
      notes: mechanismNotes(
        'nmda',
        'Side B is the same patient with NMDA upregulation switched off, an experiment only a model can do: at week 12 his pain is far below A’s, below where it was before the opioid. In the model NMDA is a hub (glia and dynorphin act partly through it), so removing it removes more than its own share — a modelling choice. Ketamine, an NMDA antagonist, returns in the management scenes.',
      ),
      setup: withoutMechanism('nmda', 'time-course'),
      claims: [
        lowerInB(W12, 'without NMDA, pain is far lower'),
        order('pain', { side: 'b', day: W12, window: 'week' }, '<', 6, 'without NMDA, pain is below 6/10'),
      ],
    },
    {
      id: 'rvm',
      caption: 'Descending facilitation: the brainstem’s RVM sends signals that turn spinal pain up',
      notes: mechanismNotes(
        'rvm',
        'Side B has the RVM facilitation switched off: pain at week 12 is clearly lower than in A, and dynorphin, which in the model needs descending facilitation, does not rise.',
      ),
      setup: withoutMechanism('rvm', 'time-course'),
      claims: [
        lowerInB(W12, 'without the RVM, pain is lower'),
        order('dynorphin', { side: 'b', day: W12 }, '<', 0.05, 'without the RVM, dynorphin does not rise'),
      ],
    },
    {
      id: 'glia',
      caption: 'Glia: after days of opioid, microglia and astrocytes release pro-inflammatory signals',
      notes: mechanismNotes(
        'glia',
        'Rats received intrathecal morphine (into the spinal fluid) once a day for five days (A) or only once (B), as in Johnston 2004. At day 5.5, 36 hours after the fifth dose, glia are far more active than after one dose, and the paw threshold is still below baseline: hyperalgesia and allodynia. How opioids reach glia is debated: TLR4 was proposed, but spinal microglia carry no µ-opioid receptors (Corder 2017).',
      ),
      ...JOHNSTON_GLIA,
    },
    {
      id: 'dynorphin',
      caption: 'Spinal dynorphin: at high levels, the body’s own opioid peptide promotes pain',
      notes: mechanismNotes(
        'dynorphin',
        'Side B has dynorphin switched off: pain at week 12 is clearly lower than in A, and so is the tolerance factor — dynorphin also masks the opioid’s relief.',
      ),
      setup: withoutMechanism('dynorphin', 'time-course'),
      claims: [
        lowerInB(W12, 'without dynorphin, pain is lower'),
        order(
          'toleranceFold',
          { side: 'b', day: W12 },
          '<',
          { day: W12 },
          'without dynorphin, the tolerance factor is lower',
        ),
      ],
    },
    {
      id: 'hcn2',
      caption: 'HCN2 channels in nociceptors: recent, still emerging evidence — a small share in the model',
      notes: mechanismNotes(
        'hcn2',
        'Say how sure we are: removing HCN2 from nociceptors abolished inflammatory and nerve-injury pain in mice (Emery 2011), which is not OIH, and the HCN blocker ivabradine is reported to prevent remifentanil hyperalgesia in mice (Xiao 2024). Side B without HCN2: pain at week 12 is only a little lower. That small share is a modelling choice reflecting thin evidence, not a measured fact.',
      ),
      setup: withoutMechanism('hcn2', 'time-course'),
      claims: [
        lowerInB(W12, 'without HCN2, pain is a little lower'),
        order(
          'pain',
          { side: 'b', day: W12, window: 'week' },
          '>',
          { side: 'a', day: W12, window: 'week' },
          'only a little: less than one point lower',
          { plus: -1 },
        ),
      ],
    },
    {
      id: 'dose-challenge',
      caption:
        'OIH or tolerance? The dose challenge in the model: 50 % more eases tolerance pain, worsens OIH pain',
      notes: `Both patients may say “the medication does not work any more”, but the management differs. A: OIH on 180 MME/day; B: the same patient with tolerance only (the five mechanisms off). At week 12 both get 50 % more. Tolerance: pain falls and stays lower — relief restored. OIH: a one-day dip, then worse than before. Pain characteristics differ too: OIH spreads with allodynia; tolerance pain stays at its site. In a patient this is not the test: the supervised reduction is. ${safety('overdose-dose')}`,
      safety: ['overdose-dose'],
      setup: { ...twins(W16, 'time-course'), shown: 'a' },
      claims: [
        order(
          'pain',
          { side: 'b', day: W16, window: 'week' },
          '<',
          { side: 'b', day: W12, window: 'week' },
          'tolerance pain falls and stays lower',
        ),
        ...dipThenRise(W12, 'OIH: a one-day dip', 'then worse than before'),
      ],
    },
    {
      id: 'dose-response',
      caption:
        'Dose–response: tolerance shifts the curve right; with OIH, past a point, more drug brings more pain',
      notes:
        'The chart plots, for week 12, the pain the model predicts after twelve more weeks at each daily dose. Tolerance only: the curve keeps falling — more drug, less pain — but more drug is needed for the same relief (on the acute panel the curve moves right). OIH: the curve has a lowest point and rises beyond it, and the whole acute curve is lifted, with more pain even at the lowest doses. Where this curve turns is a property of the virtual patient, not a dose threshold for people.',
      setup: { ...twins(W12, 'dose-response'), shown: 'a' },
      claims: [
        ...MAINTAINED_CURVE_TURNS,
        order(
          'pain',
          onCurve(W12, 'acute', 0.001),
          '>',
          onCurve(W12, 'acute', 0.001, 'naive'),
          'the acute OIH curve is lifted at the lowest dose',
        ),
      ],
    },
    {
      id: 'taper',
      caption: 'Taper slowly, supervised and agreed: after long-term use often about 10 % a month (CDC 2022)',
      notes: `The primary treatment addresses the cause, the opioid itself. The review suggests reducing 10–20 % per week under medical supervision, to manage withdrawal; often pain improves as the dose falls. Correction: after a year or more on opioids the CDC 2022 guideline says tapers of about 10 % per month or slower are often better tolerated (HHS 2019: 5–20 % every four weeks, paused as needed). A tapers 10 % a week: pain holds about level for the first two weeks (relief lost with each cut, made up by sensitization fading), then falls; stopping the last small dose brings a short withdrawal flare. B tapers 10 % a month and is still on a high dose by then, with pain still high. The model leaves out what guidelines weigh — withdrawal distress, agreement, relapse, overdose — so the pace is set with the patient. ${safety('taper-risk')} ${safety('loss-of-tolerance')}`,
      safety: ['taper-risk', 'loss-of-tolerance'],
      setup: {
        preset: 'taper-10-per-week',
        compare: { preset: 'oih-maintained', edits: [monthlyTaper] },
        shown: 'a',
        tDays: 240,
        chart: 'time-course',
        highlight: null,
      },
      claims: [
        order(
          'pain',
          { day: W14, window: 'week' },
          '<',
          { day: W12, window: 'week' },
          'the weekly taper: pain holds about level for two weeks (within half a point)',
          { plus: 0.5 },
        ),
        order(
          'pain',
          { day: 140, window: 'week' },
          '<',
          { day: W12, window: 'week' },
          'the weekly taper: pain has fallen by week 20',
          { plus: -0.5 },
        ),
        versusB('pain', '<', 240, 'then falls below the monthly taper', { window: 'week' }),
        order('dose', { side: 'b', day: 240 }, '>', 100, 'the monthly taper is still on a high dose'),
      ],
    },
    {
      id: 'rotation',
      caption: 'Rotation: incomplete cross-tolerance lets a new opioid work at a lower equivalent dose',
      notes: `The review: switching opioids can work because cross-tolerance is incomplete, and methadone or buprenorphine may be particularly beneficial. Correction: methadone’s d-isomer blocks NMDA receptors (Davis 1999); buprenorphine does not — it is a partial µ agonist and κ antagonist, antihyperalgesic in volunteers (Koppert 2005). Patients maintained on either were less tolerant of cold pain than controls, methadone most (Compton 2001). A: methadone from week 12 — pain lower within two weeks and staying there, but allodynia remains: better, not cured. B: buprenorphine — pain falls further in the model, by an assumed effect size that is probably generous. ${safety('rotation')} ${safety('methadone')} ${safety('buprenorphine-start')}`,
      safety: ['rotation', 'methadone', 'buprenorphine-start'],
      setup: {
        preset: 'rotate-methadone',
        compare: { preset: 'rotate-buprenorphine' },
        shown: 'a',
        tDays: 140,
        chart: 'time-course',
        highlight: null,
      },
      claims: [
        order('pain', { day: W14 }, '<', { day: W12 }, 'methadone: pain lower at first'),
        order('allodynia', { day: 140 }, '>', 0.2, 'methadone: the allodynia remains at week 20'),
        order('pain', { side: 'b', day: W16 }, '<', { day: W16 }, 'buprenorphine: pain falls further'),
      ],
    },
    {
      id: 'ketamine',
      caption: 'Ketamine, an NMDA antagonist: some relief while morphine continues — but not a cure',
      notes: `Low-dose ketamine from week 12 with morphine unchanged (A), against no ketamine (B). NMDA upregulation falls and pain eases, but with the opioid unchanged, pain stays above where it was before the opioid: the cause is still there. In patients, small-dose ketamine prevented remifentanil hyperalgesia after surgery (Joly 2005); for established OIH in chronic pain it is little studied. ${safety('ketamine')}`,
      safety: ['ketamine'],
      setup: {
        preset: 'ketamine-rescue',
        compare: { preset: 'oih-maintained' },
        shown: 'a',
        tDays: W16,
        chart: 'mechanisms',
        highlight: 'nmda',
      },
      claims: [
        versusB('nmda', '<', W16, 'NMDA upregulation falls'),
        versusB('pain', '<', W16, 'pain eases'),
        order('pain', { day: W16, window: 'week' }, '>', 6, 'but not a cure: pain stays above 6/10'),
      ],
    },
    {
      id: 'support',
      caption: 'Support the taper: exercise, CBT and non-opioid medicines — and mind the sedating ones',
      notes: `Both sides taper 10 % a month from week 12; A also gets a gabapentinoid, an NSAID, exercise or physical therapy, and CBT. By week 24 pain is lower in A. Non-drug and non-opioid care comes first (CDC 2022), and NSAIDs or acetaminophen are not simply weaker: non-opioid medication was no worse than opioids for function over a year (Krebs 2018). Gabapentin and pregabalin can help neuropathic pain and hyperalgesia (rats: Van Elstraete 2008; patients after remifentanil: Lee 2013). Indomethacin did not reverse established OIH in mice (Li 2001). Evidence for acupuncture and massage in OIH is weak. The effect sizes are teaching assumptions. ${safety('sedatives')} ${safety('taper-risk')}`,
      safety: ['sedatives', 'taper-risk'],
      setup: {
        preset: 'oih-maintained',
        edits: [monthlyTaper, ...support],
        compare: { preset: 'oih-maintained', edits: [monthlyTaper] },
        shown: 'a',
        tDays: W24,
        chart: 'time-course',
        highlight: null,
      },
      claims: [versusB('pain', '<', W24, 'pain is lower with support by week 24', { window: 'week' })],
    },
    {
      id: 'education',
      caption: 'Patient education: explain OIH without blame, show two futures, agree the plan together',
      notes: `Educating patients about the risks of long-term opioid use, including OIH, prevents harm, and patients who understand their condition can take an active part in their plan. Continuing (A), pain stays high and the painful area keeps growing; with the taper (B) pain is lower by day 240 and the allodynia has faded. Explain it as something the drug does, not the patient’s fault; agree goals, pace, pauses, naloxone and follow-up. To close: recognise the signs — worsening or spreading pain despite dose increases — rule out the look-alikes, tell OIH from tolerance, then reduce or switch slowly with non-opioid medicines and therapies. Education only: never a dose for a real patient. ${safety('taper-risk')} ${safety('loss-of-tolerance')}`,
      safety: ['taper-risk', 'loss-of-tolerance'],
      setup: {
        preset: 'oih-maintained',
        compare: { preset: 'taper-10-per-week' },
        shown: 'a',
        tDays: 240,
        chart: 'time-course',
        highlight: null,
      },
      claims: [
        lowerInB(240, 'with the taper pain is lower by day 240'),
        order(
          'allodynia',
          { side: 'b', day: 240 },
          '<',
          { day: 240 },
          'the allodynia has faded with the taper',
        ),
        order('painArea', { day: 240 }, '>', { day: W12 }, 'continuing, the painful area keeps growing'),
      ],
    },
  ],
  referenceIds: [
    'seed',
    'wilson-2021',
    'johnston-2004',
    'corder-2017',
    'emery-2011',
    'xiao-2024',
    'cdc-2016',
    'cdc-2022',
    'hhs-2019',
    'fda-2019-taper',
    'agnoli-2021',
    'davis-1999',
    'koppert-2005',
    'compton-2001',
    'robinson-2002',
    'chou-2014',
    'va-dod-2017',
    'joly-2005',
    'cohen-2018',
    'krebs-2018',
    'van-elstraete-2008',
    'lee-2013',
    'fda-2019-gabapentinoids',
    'gomes-2017',
    'li-2001',
  ],
};
