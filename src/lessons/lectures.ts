import { mechanismText } from '../content/mechanisms';
import type { ScenarioEdit } from '../app/scenario-edits';
import { safety, type SafetyTag } from '../content/safety';
import type { MechanismId } from '../model';
import type { SimClaim, SimSetup } from './types';
import { versusB } from './claims';

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
}

export interface Lecture {
  readonly id: string;
  readonly title: string;
  readonly scenes: readonly LectureScene[];
  /** Ids of src/content/references.ts or src/content/lesson-references.ts the notes rest on. */
  readonly referenceIds?: readonly string[];
}

const WEEK_12 = 84;
const WEEK_16 = 112;

/** The OIH patient, unchanged (A), beside the same patient with one mechanism switched off (B). */
const withoutMechanism = (mechanism: MechanismId, chart: NonNullable<SimSetup['chart']>): SimSetup => ({
  preset: 'oih-state',
  compare: { preset: 'oih-state', edits: [{ type: 'mechanism.set', mechanism, level: 0 }] },
  shown: 'a',
  tDays: WEEK_12,
  chart,
  highlight: mechanism,
});

/** Shared words of each mechanism (src/content/mechanisms.ts), then what this scene shows. */
const mechanismNotes = (mechanism: MechanismId, shows: string): string =>
  `${mechanismText[mechanism].summary} Evidence — ${mechanismText[mechanism].evidence} ${shows}`;

/** Side A: the OIH patient (escalation-trap); side B: the same patient with tolerance only. */
const twins = (tDays: number, chart: NonNullable<SimSetup['chart']>): SimSetup => ({
  preset: 'escalation-trap',
  compare: { preset: 'tolerance-only' },
  shown: 'a',
  tDays,
  chart,
  highlight: null,
});

const monthlyTaper: ScenarioEdit = {
  type: 'taper.start',
  atDay: WEEK_12,
  percent: 10,
  per: 'month',
};
const support: readonly ScenarioEdit[] = (['gabapentinoid', 'nsaid', 'exercise', 'cbt'] as const).map(
  (kind) => ({ type: 'adjuvant.set', kind, on: true, atDay: WEEK_12 }),
);
const WEEK_14 = 98;
const WEEK_24 = 168;

/** Side B gets less pain than side A at a day (a mechanism switched off, a treatment left out). */
const lowerInB = (day: number, says: string): SimClaim => ({
  kind: 'order',
  readout: 'pain',
  says,
  left: { side: 'b', day, window: 'week' },
  op: '<',
  right: { day, window: 'week' },
});

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
      setup: { preset: 'oih-state', compare: null, tDays: WEEK_12, chart: 'time-course', highlight: null },
      claims: [
        {
          kind: 'order',
          readout: 'pain',
          says: 'relief on the first day',
          left: { day: 1 },
          op: '<',
          right: 6,
        },
        {
          kind: 'order',
          readout: 'pain',
          says: 'back above 6/10 within about two weeks',
          left: { day: 14 },
          op: '>',
          right: 6,
        },
        {
          kind: 'order',
          readout: 'pain',
          says: 'more pain at week 12 than before the opioid',
          left: { day: WEEK_12, window: 'week' },
          op: '>',
          right: 6,
        },
      ],
    },
    {
      id: 'signs',
      caption: 'Signs of OIH: pain spreads to new areas, and light touch, like clothing, hurts (allodynia)',
      notes:
        'Clinical signs: a noticeable rise in pain sensitivity, pain spreading to areas that were not painful before, and pain that worsens when the dose is increased. Before the opioid only the lower back and abdomen hurt; by week 12 the painful area has grown to both hips and the chest. The body map marks allodynia — pain from touch that should not hurt — separately; it appeared within the first month. None of these signs is specific: new disease, a trapped nerve root, CRPS or fibromyalgia can cause them too, so OIH is a diagnosis of exclusion.',
      setup: { preset: 'oih-state', compare: null, tDays: WEEK_12, chart: 'body-map', highlight: null },
      claims: [
        {
          kind: 'order',
          readout: 'painArea',
          says: 'the painful area has grown by week 12',
          left: { day: WEEK_12 },
          op: '>',
          right: { day: 1 },
        },
        {
          kind: 'order',
          readout: 'allodynia',
          says: 'allodynia appears within the first month',
          left: { day: 28 },
          op: '>',
          right: 0.5,
        },
      ],
    },
    {
      id: 'dose-up',
      caption: 'Raise the dose by 50 %: one better day, then more pain than before within two weeks',
      notes: `A patient of typical susceptibility on morphine 180 MME/day for 12 weeks, then 270 (A), beside the same patient kept at 180 (B). The day after the increase pain dipped; within two weeks it was above its level before the increase, with more allodynia than in B and no lasting relief. This is why OIH is hard to manage: it looks like tolerance, and the usual answer to tolerance — more drug — makes it worse. ${safety('overdose-dose')}`,
      safety: ['overdose-dose'],
      setup: {
        preset: 'escalation-trap',
        compare: {
          preset: 'escalation-trap',
          edits: [
            { type: 'regimen.set', drug: 'morphine', dosePerDay: 180, everyHours: 4, schedule: 'fixed' },
          ],
        },
        shown: 'a',
        tDays: WEEK_16,
        chart: 'time-course',
        highlight: null,
      },
      claims: [
        {
          kind: 'order',
          readout: 'pain',
          says: 'pain dips the day after the increase',
          left: { day: WEEK_12 + 1 },
          op: '<',
          right: { day: WEEK_12 },
        },
        {
          kind: 'order',
          readout: 'pain',
          says: 'within two weeks pain is above its level before the increase',
          left: { day: WEEK_12 + 14 },
          op: '>',
          right: { day: WEEK_12 },
        },
        versusB('allodynia', '>', WEEK_16, 'more allodynia than on the kept dose'),
        versusB('pain', '>', WEEK_16, 'no lasting relief compared with the kept dose', { window: 'week' }),
      ],
    },
    {
      id: 'mechanisms',
      caption: 'How does OIH happen? Five mechanisms turn pain up: central sensitization',
      notes:
        'How OIH arises is not fully understood. Long-term opioids upset the body’s own pain regulation (homeostasis), leading to central sensitization: the central nervous system becomes hyperexcitable. The chart shows the five mechanisms the review names — NMDA receptors, descending facilitation from the RVM, glia, spinal dynorphin and HCN2 channels — rising in the first weeks, with tolerance building alongside. The next five scenes take them one at a time; how sure we are differs a lot between them.',
      setup: { preset: 'oih-state', compare: null, tDays: WEEK_12, chart: 'mechanisms', highlight: null },
      claims: [
        {
          kind: 'order',
          readout: 'nmda',
          says: 'NMDA upregulation rises in the first weeks',
          left: { day: 28 },
          op: '>',
          right: { day: 1 },
        },
        {
          kind: 'order',
          readout: 'dynorphin',
          says: 'dynorphin rises in the first weeks',
          left: { day: 28 },
          op: '>',
          right: { day: 1 },
        },
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
        lowerInB(WEEK_12, 'without NMDA, pain is far lower'),
        {
          kind: 'order',
          readout: 'pain',
          says: 'without NMDA, pain is below 6/10',
          left: { side: 'b', day: WEEK_12, window: 'week' },
          op: '<',
          right: 6,
        },
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
        lowerInB(WEEK_12, 'without the RVM, pain is lower'),
        {
          kind: 'order',
          readout: 'dynorphin',
          says: 'without the RVM, dynorphin does not rise',
          left: { side: 'b', day: WEEK_12 },
          op: '<',
          right: 0.05,
        },
      ],
    },
    {
      id: 'glia',
      caption: 'Glia: after days of opioid, microglia and astrocytes release pro-inflammatory signals',
      notes: mechanismNotes(
        'glia',
        'Rats received intrathecal morphine (into the spinal fluid) once a day for five days (A) or only once (B), as in Johnston 2004. At day 5.5, 36 hours after the fifth dose, glia are far more active than after one dose, and the paw threshold is still below baseline: hyperalgesia and allodynia. How opioids reach glia is debated: TLR4 was proposed, but spinal microglia carry no µ-opioid receptors (Corder 2017).',
      ),
      setup: {
        preset: 'johnston-2004-glia',
        // The one-dose course is followed for a week too, so both are seen at the same time.
        compare: { preset: 'johnston-2004-glia-1-dose', edits: [{ type: 'duration.set', days: 7 }] },
        shown: 'a',
        tDays: 5.5,
        chart: 'mechanisms',
        highlight: 'glia',
      },
      claims: [
        versusB('glia', '>', 5.5, 'five doses activate glia more than one'),
        {
          kind: 'order',
          readout: 'threshold',
          says: 'the threshold is still below baseline',
          left: { day: 5.5 },
          op: '<',
          right: 1,
        },
      ],
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
        lowerInB(WEEK_12, 'without dynorphin, pain is lower'),
        {
          kind: 'order',
          readout: 'toleranceFold',
          says: 'without dynorphin, the tolerance factor is lower',
          left: { side: 'b', day: WEEK_12 },
          op: '<',
          right: { day: WEEK_12 },
        },
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
        lowerInB(WEEK_12, 'without HCN2, pain is a little lower'),
        {
          kind: 'order',
          readout: 'pain',
          says: 'only a little: less than one point lower',
          left: { side: 'b', day: WEEK_12, window: 'week' },
          op: '>',
          right: { side: 'a', day: WEEK_12, window: 'week' },
          plus: -1,
        },
      ],
    },
    {
      id: 'dose-challenge',
      caption:
        'OIH or tolerance? The dose challenge in the model: 50 % more eases tolerance pain, worsens OIH pain',
      notes: `Both patients may say “the medication does not work any more”, but the management differs. A: OIH on 180 MME/day; B: the same patient with tolerance only (the five mechanisms off). At week 12 both get 50 % more. Tolerance: pain falls and stays lower — relief restored. OIH: a one-day dip, then worse than before. Pain characteristics differ too: OIH spreads with allodynia; tolerance pain stays at its site. In a patient this is not the test: the supervised reduction is. ${safety('overdose-dose')}`,
      safety: ['overdose-dose'],
      setup: twins(WEEK_16, 'time-course'),
      claims: [
        {
          kind: 'order',
          readout: 'pain',
          says: 'tolerance pain falls and stays lower',
          left: { side: 'b', day: WEEK_16, window: 'week' },
          op: '<',
          right: { side: 'b', day: WEEK_12, window: 'week' },
        },
        {
          kind: 'order',
          readout: 'pain',
          says: 'OIH: a one-day dip',
          left: { day: WEEK_12 + 1 },
          op: '<',
          right: { day: WEEK_12 },
        },
        {
          kind: 'order',
          readout: 'pain',
          says: 'then worse than before',
          left: { day: WEEK_12 + 14 },
          op: '>',
          right: { day: WEEK_12 },
        },
      ],
    },
    {
      id: 'dose-response',
      caption:
        'Dose–response: tolerance shifts the curve right; with OIH, past a point, more drug brings more pain',
      notes:
        'The chart plots, for week 12, the pain the model predicts after twelve more weeks at each daily dose. Tolerance only: the curve keeps falling — more drug, less pain — but more drug is needed for the same relief (on the acute panel the curve moves right). OIH: the curve has a lowest point and rises beyond it, and the whole acute curve is lifted, with more pain even at the lowest doses. Where this curve turns is a property of the virtual patient, not a dose threshold for people.',
      setup: twins(WEEK_12, 'dose-response'),
      claims: [
        {
          kind: 'order',
          readout: 'pain',
          says: 'the tolerance-only curve keeps falling',
          left: { day: WEEK_12, curve: { panel: 'maintained', dose: 240, twin: 'tolerance-only' } },
          op: '<',
          right: { day: WEEK_12, curve: { panel: 'maintained', dose: 60, twin: 'tolerance-only' } },
        },
        {
          kind: 'order',
          readout: 'pain',
          says: 'the OIH curve rises beyond its lowest point',
          left: { day: WEEK_12, curve: { panel: 'maintained', dose: 240 } },
          op: '>',
          right: { day: WEEK_12, curve: { panel: 'maintained', dose: 100 } },
        },
        {
          kind: 'order',
          readout: 'pain',
          says: 'the OIH curve has a lowest point: less pain near 85 MME/day than at the lowest dose shown',
          left: { day: WEEK_12, curve: { panel: 'maintained', dose: 85 } },
          op: '<',
          right: { day: WEEK_12, curve: { panel: 'maintained', dose: 1 } },
        },
        {
          kind: 'order',
          readout: 'pain',
          says: 'the acute OIH curve is lifted at the lowest dose',
          left: { day: WEEK_12, curve: { panel: 'acute', dose: 0.001 } },
          op: '>',
          right: { day: WEEK_12, curve: { panel: 'acute', dose: 0.001, twin: 'naive' } },
        },
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
        {
          kind: 'order',
          readout: 'pain',
          says: 'the weekly taper: pain holds about level for two weeks (within half a point)',
          left: { day: WEEK_14, window: 'week' },
          op: '<',
          right: { day: WEEK_12, window: 'week' },
          plus: 0.5,
        },
        {
          kind: 'order',
          readout: 'pain',
          says: 'the weekly taper: pain has fallen by week 20',
          left: { day: 140, window: 'week' },
          op: '<',
          right: { day: WEEK_12, window: 'week' },
          plus: -0.5,
        },
        versusB('pain', '<', 240, 'then falls below the monthly taper', { window: 'week' }),
        {
          kind: 'order',
          readout: 'dose',
          says: 'the monthly taper is still on a high dose',
          left: { side: 'b', day: 240 },
          op: '>',
          right: 100,
        },
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
        {
          kind: 'order',
          readout: 'pain',
          says: 'methadone: pain lower at first',
          left: { day: WEEK_14 },
          op: '<',
          right: { day: WEEK_12 },
        },
        {
          kind: 'order',
          says: 'methadone: the allodynia remains at week 20',
          readout: 'allodynia',
          left: { day: 140 },
          op: '>',
          right: 0.2,
        },
        {
          kind: 'order',
          readout: 'pain',
          says: 'buprenorphine: pain falls further',
          left: { side: 'b', day: WEEK_16 },
          op: '<',
          right: { day: WEEK_16 },
        },
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
        tDays: WEEK_16,
        chart: 'mechanisms',
        highlight: 'nmda',
      },
      claims: [
        versusB('nmda', '<', WEEK_16, 'NMDA upregulation falls'),
        versusB('pain', '<', WEEK_16, 'pain eases'),
        {
          kind: 'order',
          readout: 'pain',
          says: 'but not a cure: pain stays above 6/10',
          left: { day: WEEK_16, window: 'week' },
          op: '>',
          right: 6,
        },
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
        tDays: WEEK_24,
        chart: 'time-course',
        highlight: null,
      },
      claims: [versusB('pain', '<', WEEK_24, 'pain is lower with support by week 24', { window: 'week' })],
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
        {
          kind: 'order',
          readout: 'allodynia',
          says: 'the allodynia has faded with the taper',
          left: { side: 'b', day: 240 },
          op: '<',
          right: { day: 240 },
        },
        {
          kind: 'order',
          readout: 'painArea',
          says: 'continuing, the painful area keeps growing',
          left: { day: 240 },
          op: '>',
          right: { day: WEEK_12 },
        },
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
