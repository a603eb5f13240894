import { mechanismText, type MechanismKey } from '../content/mechanisms';
import type { ScenarioEdit } from '../app/scenario-edits';
import type { SimClaim, SimSetup } from './types';

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
const withoutMechanism = (mechanism: MechanismKey, chart: NonNullable<SimSetup['chart']>): SimSetup => ({
  preset: 'oih-state',
  compare: { preset: 'oih-state', edits: [{ type: 'mechanism.set', mechanism, level: 0 }] },
  shown: 'a',
  tDays: WEEK_12,
  chart,
  highlight: mechanism,
});

/** Shared words of each mechanism (src/content/mechanisms.ts), then what this scene shows. */
const mechanismNotes = (mechanism: MechanismKey, shows: string): string =>
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
  currentDosePerDay: 240,
  percent: 10,
  per: 'month',
};
const support: readonly ScenarioEdit[] = (['gabapentinoid', 'nsaid', 'exercise', 'cbt'] as const).map(
  (kind) => ({ type: 'adjuvant.set', kind, on: true, atDay: WEEK_12 }),
);

/**
 * The ready 15-minute lecture: the paradox and its signs, the five mechanisms, OIH against tolerance, and
 * management. Every number in a caption or a note was read from the simulation at the scene's time
 * (test/lessons/ready-lecture.test.ts checks the main ones).
 */
export const READY_LECTURE: Lecture = {
  id: 'oih-in-15-minutes',
  title: 'Opioid-induced hyperalgesia in 15 minutes',
  scenes: [
    {
      id: 'paradox',
      caption: 'The opioid paradox: the same dose for 12 weeks — relief at first, then more pain than before',
      notes:
        'Opioid-induced hyperalgesia (OIH): exposure to opioids, medicines given to relieve pain, paradoxically makes a person more sensitive to painful stimuli. This virtual patient has back pain of 6/10 and takes morphine 240 MME/day, unchanged. Pain fell to about 2/10 on the first day, was back above 6 within two weeks and reached about 9/10 by week 12. The disease pain was constant: the extra pain came from the opioid.',
      setup: { preset: 'oih-state', compare: null, tDays: WEEK_12, chart: 'time-course', highlight: null },
      claims: [
        { kind: 'value', readout: 'pain', quoted: 'about 9/10', at: [{ day: WEEK_12, window: 'week' }] },
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
        'Key symptoms: a noticeable increase in pain sensitivity, pain spreading to areas that were not painful before, and pain that worsens when the dose is increased. At the start only the lower back and abdomen hurt; by week 12 pain reaches both hips, the chest and both arms. The body map marks allodynia — pain from stimuli that are not normally painful — separately: here over the back, abdomen, both hips and the chest. It first appeared around week 2.',
      setup: { preset: 'oih-state', compare: null, tDays: WEEK_12, chart: 'body-map', highlight: null },
    },
    {
      id: 'dose-up',
      caption: 'Raise the dose by 50 %: one better day, then more pain than before within two weeks',
      notes:
        'Morphine 180 MME/day for 12 weeks, then 270. Pain dipped from about 8.3 to 7.6 the day after the increase, climbed above its earlier level within two weeks and reached about 8.9 by week 16. More drug drove more sensitization. This is why OIH is a challenge in chronic pain management: it looks like tolerance, and the usual answer to tolerance — more drug — makes it worse.',
      setup: {
        preset: 'escalation-trap',
        compare: null,
        tDays: WEEK_16,
        chart: 'time-course',
        highlight: null,
      },
    },
    {
      id: 'mechanisms',
      caption: 'How does OIH happen? Five mechanisms turn pain up: central sensitization',
      notes:
        'The mechanisms are complex and not yet fully understood. Long-term opioids disrupt the body’s own pain regulation (homeostasis), leading to central sensitization: the central nervous system becomes hyperexcitable. The chart shows the five mechanisms the review names — NMDA receptors, descending facilitation from the RVM, glia, spinal dynorphin and HCN2 channels — all rising in the first weeks, with tolerance building alongside. The next five scenes take them one at a time.',
      setup: { preset: 'oih-state', compare: null, tDays: WEEK_12, chart: 'mechanisms', highlight: null },
    },
    {
      id: 'nmda',
      caption: 'NMDA receptors, a primary driver: switch them off in the model (B) and pain stays near 3/10',
      notes: mechanismNotes(
        'nmda',
        'Side B is the same patient with NMDA upregulation switched off, an experiment only a model can do: pain at week 12 is about 3/10 instead of about 9/10. In the model NMDA is a hub (glia and dynorphin act partly through it), so removing it removes more than its own share. Ketamine, an NMDA antagonist, returns in the management scenes.',
      ),
      setup: withoutMechanism('nmda', 'time-course'),
    },
    {
      id: 'rvm',
      caption: 'Descending facilitation: the brainstem’s RVM sends signals that turn spinal pain up',
      notes: mechanismNotes(
        'rvm',
        'Side B has the RVM facilitation switched off: pain at week 12 is about 5/10 instead of about 9/10, and dynorphin, which in the model needs descending facilitation, does not rise at all.',
      ),
      setup: withoutMechanism('rvm', 'time-course'),
    },
    {
      id: 'glia',
      caption: 'Glia: after days of opioid, microglia and astrocytes release pro-inflammatory signals',
      notes: mechanismNotes(
        'glia',
        'Rats received spinal morphine once a day for five days (A) or only once (B), as in Johnston 2004. At day 5.5, 36 hours after the fifth dose, glial activation is more than five times that of the rats given one dose, and the paw threshold is still below baseline: hyperalgesia and allodynia.',
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
    },
    {
      id: 'dynorphin',
      caption: 'Spinal dynorphin: at high levels, the body’s own opioid peptide promotes pain',
      notes: mechanismNotes(
        'dynorphin',
        'Side B has dynorphin switched off: pain at week 12 is about 5/10 instead of about 9/10, and the tolerance factor about 3.4 instead of about 5 — dynorphin also masks the opioid’s relief.',
      ),
      setup: withoutMechanism('dynorphin', 'time-course'),
    },
    {
      id: 'hcn2',
      caption: 'HCN2 channels in nociceptors: recent, still emerging evidence — a small share in the model',
      notes: mechanismNotes(
        'hcn2',
        'Say how sure we are: removing HCN2 from nociceptors abolished inflammatory and nerve-injury pain in mice (Emery 2011), which is not OIH, and the HCN blocker ivabradine is reported to prevent remifentanil hyperalgesia in mice (Xiao 2024). Side B without HCN2: pain at week 12 falls only from about 9.3 to 9.0. That small share is a modelling choice reflecting thin evidence, not a measured fact.',
      ),
      setup: withoutMechanism('hcn2', 'time-course'),
    },
    {
      id: 'dose-challenge',
      caption: 'OIH or tolerance? Give 50 % more: tolerance pain eases, OIH pain gets worse',
      notes:
        'Both patients may say “the medication does not work any more”, but the management is opposite. A: OIH on 180 MME/day; B: the same patient with tolerance only (the five mechanisms off). At week 12 both get 50 % more. Tolerance: pain falls from about 2.6 to about 1.8 and stays there — relief restored. OIH: a one-day dip, then worse than before. Pain characteristics differ too: OIH spreads to new areas with allodynia; tolerance pain stays at the original site, without allodynia. Judge a dose challenge over weeks, not a day.',
      setup: twins(WEEK_16, 'time-course'),
    },
    {
      id: 'dose-response',
      caption:
        'Dose–response: tolerance shifts the curve right; with OIH, past a point, more drug brings more pain',
      notes:
        'The chart plots, for week 12, the pain after twelve more weeks at each daily dose. Tolerance only: the curve keeps falling — more drug, less pain, but more drug is needed for the same relief (on the acute panel the ED50 moves right, from about 30 to about 60 MME/day). OIH: pain is lowest near 85 MME/day; above about 100 MME/day more drug brings more pain, up to about 9.5/10 at 200–240 MME/day, and the whole acute curve is lifted, with more pain even at the lowest doses.',
      setup: twins(WEEK_12, 'dose-response'),
    },
    {
      id: 'taper',
      caption:
        'Taper slowly, supervised: seed 10–20 % a week; after long-term use CDC 2022 often advises slower',
      notes:
        'The primary treatment addresses the cause, the opioid itself. The review: reduce slowly, 10–20 % per week, under medical supervision to manage withdrawal; often pain improves as the dose falls. Correction: the CDC 2022 guideline says tapers of 10 % per month or slower are often better tolerated after a year or more on opioids (HHS 2019: 5–20 % every four weeks, paused as needed). A tapers 10 % a week: pain first rises to the top of the scale (lost relief, mild withdrawal), then falls to about 7.6/10 by day 240 as sensitization fades. B tapers 10 % a month and is still near 130 MME/day by then. The model leaves out what guidelines weigh — withdrawal distress, agreement, relapse, overdose — so the pace is set with the patient.',
      setup: {
        preset: 'taper-10-per-week',
        compare: { preset: 'oih-maintained', edits: [monthlyTaper] },
        shown: 'a',
        tDays: 240,
        chart: 'time-course',
        highlight: null,
      },
    },
    {
      id: 'rotation',
      caption: 'Rotation: incomplete cross-tolerance lets a new opioid work at a lower equivalent dose',
      notes:
        'The review: switching opioids can work because cross-tolerance is incomplete, and methadone or buprenorphine, described as having NMDA antagonist properties, may be particularly beneficial. Correction: methadone’s d-isomer blocks NMDA receptors (Davis 1999); for buprenorphine the evidence shows an antihyperalgesic effect larger than its analgesic one (Koppert 2005), not NMDA antagonism. A: methadone with 33 % fewer MME from week 12 — pain about a point below continuing at first (about 8.5 against 9.4 at week 14), then creeping back; patients maintained on methadone still show OIH (Compton 2001). B: buprenorphine with 25 % fewer MME — pain about 3/10 by week 16 in this model; the size of that effect is a teaching assumption built on a volunteer study.',
      setup: {
        preset: 'rotate-methadone',
        compare: { preset: 'rotate-buprenorphine' },
        shown: 'a',
        tDays: 140,
        chart: 'time-course',
        highlight: null,
      },
    },
    {
      id: 'ketamine',
      caption:
        'Ketamine, an NMDA antagonist, counters central sensitization: pain falls while morphine continues',
      notes:
        'Low-dose ketamine from week 12 with morphine unchanged (A), against no ketamine (B). NMDA upregulation falls to almost zero within a week, glia and dynorphin follow, and pain comes down to about 3/10 by week 16 against about 9.6 in B. In patients, small-dose ketamine prevented remifentanil hyperalgesia after surgery (Joly 2005); its use for established OIH is less well studied, and it is given at low doses under supervision.',
      setup: {
        preset: 'ketamine-rescue',
        compare: { preset: 'oih-maintained' },
        shown: 'a',
        tDays: WEEK_16,
        chart: 'mechanisms',
        highlight: 'nmda',
      },
    },
    {
      id: 'support',
      caption:
        'Support the taper: gabapentinoids, NSAIDs, exercise and CBT help control pain as the dose falls',
      notes:
        'Both sides taper 10 % a month from week 12; A also gets a gabapentinoid, an NSAID, exercise or physical therapy, and CBT. By week 24 pain is about 6/10 in A against 10/10 in B. Gabapentin and pregabalin can help neuropathic pain and hyperalgesia (rats: Van Elstraete 2008; patients after remifentanil: Lee 2013). NSAIDs and acetaminophen treat the underlying pain more than the sensitization (indomethacin did not reverse established OIH in mice, Li 2001). Exercise, physical therapy and CBT help function and reduce reliance on opioids; evidence for acupuncture and massage in OIH is weak. The effect sizes are teaching assumptions.',
      setup: {
        preset: 'oih-maintained',
        edits: [monthlyTaper, ...support],
        compare: { preset: 'oih-maintained', edits: [monthlyTaper] },
        shown: 'a',
        tDays: 168,
        chart: 'time-course',
        highlight: null,
      },
    },
    {
      id: 'education',
      caption: 'Patient education: show two futures — continuing the opioid or a supervised taper',
      notes:
        'Educating patients about the risks of long-term opioid use, including OIH, is a crucial preventive measure, and understanding the condition lets them take an active part in their plan. Continuing (A), pain reaches 10/10 and the painful area keeps growing; with the weekly taper (B) pain is about 7.6/10 by day 240 and the allodynia is gone. To close: recognise the signs — worsening or spreading pain despite dose increases — tell OIH from tolerance, then taper or rotate with non-opioid medicines and therapies. Education only: never a dose for a real patient.',
      setup: {
        preset: 'oih-maintained',
        compare: { preset: 'taper-10-per-week' },
        shown: 'a',
        tDays: 240,
        chart: 'time-course',
        highlight: null,
      },
    },
  ],
  referenceIds: [
    'seed',
    'johnston-2004',
    'emery-2011',
    'xiao-2024',
    'cdc-2022',
    'hhs-2019',
    'davis-1999',
    'koppert-2005',
    'compton-2001',
    'joly-2005',
    'van-elstraete-2008',
    'lee-2013',
    'li-2001',
  ],
};
