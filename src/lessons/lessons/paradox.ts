import { safety } from '../../content/safety';
import type { Lesson } from '../types';
import { cohortShare, dipThenRise, order, versusB } from '../claims';
import { LESSON_COHORT, ON_240, RAISED_OR_KEPT, TYPICAL_120 } from '../setups';
import { W12, W16 } from '../weeks';
import { choices } from '../choices';

/**
 * Lesson 1: what OIH is, its signs, and how sure we are of it in people (the review's "The Core of the
 * Paradox" and "Key symptoms"; issue 15's "How sure are we in humans?").
 */
export const paradoxLesson: Lesson = {
  id: 'paradox',
  title: 'The opioid paradox',
  minutes: 10,
  dosing: true,
  objectives: [
    'Define opioid-induced hyperalgesia (OIH) and say why it is called a paradox.',
    'Recognise its signs — rising sensitivity, pain spreading to new areas, pain that worsens as the dose goes up, allodynia — and why none of them proves OIH alone.',
    'Say how strong the human evidence is, and read the time course and the body map of the simulation.',
    'Explain why not every patient gets OIH: it depends on the dose and differs from person to person.',
  ],
  steps: [
    {
      id: 'core',
      title: 'The core of the paradox: when painkillers cause pain',
      text: `Painkillers should mean less pain. The term “opioid paradox” refers to the phenomenon known clinically as opioid-induced hyperalgesia (OIH): a state in which opioid exposure paradoxically causes a person to become more sensitive to painful stimuli, although these medications are designed to relieve pain. The medication can then make pain feel worse instead of reducing it, and new pain can appear in different areas of the body. ${safety('model-experiment')} His back pain is 6/10 before any opioid, and the disease causing it stays the same for the whole course; he is kept on the same dose for 12 weeks.`,
      safety: ['model-experiment'],
      setup: { preset: 'oih-state', tDays: 0, chart: 'time-course', highlight: null, compare: null },
      prediction: {
        prompt: 'After 12 weeks on the same dose, his pain score will be…',
        options: choices({
          lower: 'lower than before the opioid, as on the first day',
          same: 'back to where it started, 6/10',
          higher: 'higher than before the opioid',
        }),
        answerId: 'higher',
      },
      task: { kind: 'play-to', day: W12, prompt: 'Press Play and let the clock run to week 12 (day 84).' },
      explain:
        'On the first day the painkiller worked: pain fell well below 6/10. Within about two weeks it had climbed back past where it started, and by week 12 it was clearly above it, on an unchanged dose. In this patient the extra pain can only come from the opioid.',
      claims: [
        order('pain', { day: 1 }, '<', 6, 'below 6/10 on the first day'),
        order('pain', { day: 14 }, '>', 6, 'back above 6/10 within about two weeks'),
        order('pain', { day: W12, window: 'week' }, '>', 6, 'above 6/10 at week 12 on an unchanged dose'),
      ],
      question: {
        prompt: 'Which statement describes OIH?',
        options: [
          {
            id: 'tolerance',
            text: 'The drug slowly loses its effect, so the original pain returns at its old level.',
            correct: false,
            feedback:
              'That is tolerance, which brings pain back towards where it started, not above it; he ended above his 6/10. (Withdrawal between doses can also push pain up at the end of each dosing interval — lesson 9 checks for it.)',
          },
          {
            id: 'disease',
            text: 'The disease worsened over the twelve weeks, faster than the drug could relieve it.',
            correct: false,
            feedback:
              'In a real patient that must be ruled out first. Here the disease was set to stay the same, so the extra pain came from the opioid.',
          },
          {
            id: 'oih',
            text: 'Opioid exposure itself makes the nervous system more sensitive to pain.',
            correct: true,
            feedback: 'The drug meant to relieve pain raises the sensitivity to it — hence the paradox.',
          },
        ],
      },
    },
    {
      id: 'spread',
      title: 'Pain spreads to new areas',
      text: 'What should make a clinician think of OIH? The key symptoms include three: a noticeable increase in pain sensitivity; pain spreading to body areas that were previously not painful; and pain that worsens when the opioid dose is increased. Before the opioid, this patient’s pain sat in the lower back and abdomen.',
      setup: { preset: 'oih-state', tDays: W12, chart: 'time-course' },
      prediction: {
        prompt: 'At week 12, the painful areas on the body map will be…',
        options: choices({
          same: 'the same two areas',
          more: 'more areas, including new ones',
          fewer: 'fewer areas, because the opioid treats them',
        }),
        answerId: 'more',
      },
      task: { kind: 'chart', chart: 'body-map', prompt: 'Open the Body map chart.' },
      explain:
        'The painful area has grown well beyond the back and abdomen, into regions that did not hurt before. Sensitized spinal neurons respond to input from a wider area, so pain becomes more diffuse. Spreading pain is not specific, though: new disease, a trapped nerve root or a widespread pain condition can look the same (lesson 9).',
      claims: [
        order(
          'painArea',
          { day: W12 },
          '>',
          { day: 1 },
          'the painful area at week 12 is larger than at the start',
        ),
      ],
    },
    {
      id: 'allodynia',
      title: 'Allodynia: when clothing hurts',
      text: 'One sign is particularly telling: allodynia, in which a person experiences pain from stimuli that are normally not painful at all — the light touch of clothing, a bed sheet, a hand on the shoulder. The body map marks allodynic areas apart from painful ones.',
      setup: { preset: 'oih-state', tDays: 0, chart: 'body-map' },
      prediction: {
        prompt: 'When will this patient first have an allodynic area?',
        options: choices({
          day1: 'On the first day',
          week2: 'After about two weeks',
          never: 'Never: allodynia needs a nerve injury',
        }),
        answerId: 'week2',
      },
      task: {
        kind: 'scrub-to',
        day: 14,
        prompt: 'Drag the time slider to week 2 (day 14) and look at the body map.',
      },
      explain:
        'On the first day no area was allodynic; by day 14 several were: light touch there now hurts. No injury was added; sensitization alone did it. At the bedside, stroking the skin with a soft brush or cotton wool tests for it.',
      claims: [
        order('allodynia', { day: 14 }, '>', { day: 1 }, 'more allodynia at day 14 than on the first day'),
        order('allodynia', { day: 1 }, '<', 0.1, 'hardly any allodynia on the first day'),
      ],
      question: {
        prompt: 'A patient on long-term opioids says the waistband of her trousers now hurts. What is this?',
        options: [
          {
            id: 'allo',
            text: 'Allodynia — pain from a stimulus that is normally not painful',
            correct: true,
            feedback:
              'Light touch is not painful, so pain from it is allodynia. It fits OIH, but nerve injury or CRPS cause it too.',
          },
          {
            id: 'hyper',
            text: 'Hyperalgesia — more pain from a stimulus that is already painful',
            correct: false,
            feedback:
              'Hyperalgesia is more pain from something that hurts a little anyway, such as a pinprick. A waistband does not hurt at all normally.',
          },
          {
            id: 'tol',
            text: 'Tolerance — the same dose of opioid gives less relief than before',
            correct: false,
            feedback: 'Tolerance means less relief from the same dose. It does not make touch painful.',
          },
        ],
      },
    },
    {
      id: 'dose-up',
      title: 'Pain that worsens when the dose is increased',
      text: `This counterintuitive effect presents a significant challenge in chronic pain management, because OIH is difficult to distinguish from other conditions like opioid tolerance: both patients say “the medication does not work any more”. A second virtual patient, of typical susceptibility, took 180 MME/day for 12 weeks; then the dose was raised by 50 % (side A). Side B is the same patient kept at 180. ${safety('overdose-dose')}`,
      safety: ['overdose-dose'],
      setup: {
        ...RAISED_OR_KEPT,
        tDays: 77,
        chart: 'time-course',
      },
      prediction: {
        prompt: 'Four weeks after the increase, side A’s pain will be…',
        options: choices({
          better: 'better than before the increase',
          worse: 'worse than before the increase',
        }),
        answerId: 'worse',
      },
      task: { kind: 'play-to', day: W16, prompt: 'Play to week 16 (day 112).' },
      explain:
        'The day after the increase pain dipped (the extra drug still gives some relief), but within two weeks it was higher than before the increase. Compared with side B, the raised dose brought more allodynia and a larger painful area, and no lasting relief: more drug drove more sensitization. Lesson 7 compares this with a patient who has tolerance only.',
      claims: [
        ...dipThenRise(
          W12,
          'pain dips the day after the increase',
          'within two weeks pain is above its level before the increase',
        ),
        versusB('allodynia', '>', W16, 'more allodynia on the raised dose than on the kept dose at week 16'),
        versusB(
          'painArea',
          '>',
          W16,
          'a larger painful area on the raised dose than on the kept dose at week 16',
        ),
        versusB(
          'pain',
          '>',
          W16,
          'no lasting relief: at week 16 pain on the raised dose is above the kept dose',
          { window: 'week' },
        ),
      ],
      question: {
        prompt: 'Why is OIH a challenge in chronic pain management?',
        options: [
          {
            id: 'after-stop',
            text: 'It appears only in withdrawal, after the last dose, when no one is watching.',
            correct: false,
            feedback:
              'Side A’s pain rose while the drug was being given, and rose further when it was increased.',
          },
          {
            id: 'blood',
            text: 'It needs a blood test that most clinics cannot order.',
            correct: false,
            feedback:
              'There is no blood test for OIH. It is suspected from the history and examination and confirmed by how pain changes when the dose is carefully reduced (lesson 9).',
          },
          {
            id: 'looks-like',
            text: 'It looks like tolerance, whose usual answer — more drug — feeds it.',
            correct: true,
            feedback: 'The two are hard to tell apart, and they call for opposite changes of dose.',
          },
        ],
      },
    },
    {
      id: 'humans',
      experiment: {
        id: 'chu-2012',
        title: 'Tolerance without OIH at a moderate dose; OIH with dose and time',
      },
      title: 'How sure are we in humans?',
      text: 'The patients so far are model cases chosen to show OIH clearly. In people the evidence is real but uneven. A randomised trial gave 103 patients with low back pain morphine for a month (78 MME/day on average): they became tolerant, but no OIH could be found (Chu 2012). A meta-analysis of 26 studies found OIH in pain tolerance to heat and cold, but not in the thresholds at which pain is first felt, and more clearly in people with opioid use disorder or on methadone maintenance than in pain patients (Higgins 2019). The strongest human evidence comes from surgery: high doses of remifentanil during an operation are followed by more pain afterwards (Fletcher 2014), and volunteers given remifentanil show a spreading area of hyperalgesia when it stops (Angst 2003). Quantitative sensory testing (QST) measures these thresholds and tolerances, but it is a research tool without clinical cut-offs. Side A is a virtual patient on the trial’s dose.',
      setup: {
        preset: 'chu-2012-moderate-dose',
        compare: null,
        tDays: 0,
        chart: 'time-course',
        highlight: null,
      },
      task: { kind: 'play-to', day: 28, prompt: 'Play to day 28 and watch the pain threshold line.' },
      explain:
        'In the model, a month at this dose builds tolerance but no OIH: the pain threshold stays at its starting level. That matches the trial. The model makes OIH depend on dose, duration and a susceptibility that differs between people — an assumption built to reconcile the trials, not a measured law.',
      claims: [
        order(
          'threshold',
          { day: 28 },
          '>',
          0.95,
          'no OIH at the trial dose: the threshold stays near its baseline at day 28',
        ),
        order('toleranceFold', { day: 28 }, '>', { day: 1 }, 'tolerance grows over the month'),
      ],
      question: {
        prompt: 'Which finding is the strongest human evidence of OIH?',
        options: [
          {
            id: 'thresholds',
            text: 'Lower pain-detection thresholds in most patients taking long-term opioids for pain',
            correct: false,
            feedback:
              'The meta-analysis found no OIH in detection thresholds; it found it in pain tolerance, and mostly in people with opioid use disorder or on methadone (Higgins 2019).',
          },
          {
            id: 'surgery',
            text: 'More pain after surgery when high doses of remifentanil were given during the operation',
            correct: true,
            feedback:
              'Randomised trials around surgery show it, mainly with remifentanil (Fletcher 2014). Elsewhere the human evidence is mixed.',
          },
          {
            id: 'trial',
            text: 'Hyperalgesia after a month of moderate-dose morphine in a placebo-controlled trial',
            correct: false,
            feedback:
              'That trial found tolerance but no OIH (Chu 2012): OIH is not expected in everyone on a moderate dose.',
          },
        ],
      },
    },
    {
      id: 'not-every-patient',
      title: 'Why not every patient gets OIH',
      text: 'Does OIH happen to everyone who takes an opioid for long? A model can ask that of many patients at once. The simulation now shows a patient of typical susceptibility (1 on the model’s scale) on morphine 120 MME/day for 12 weeks: half the first patient’s dose, though still a high dose by guideline standards, and, as before, started in full on day one as a shortcut of the model. People differ, so the model gives each virtual patient their own susceptibility to OIH and their own speed of clearing morphine, drawn at random around this patient’s. Why real people differ is only partly known; in rats, for one, females developed more hyperalgesia than males (Holtman 2005).',
      setup: { ...TYPICAL_120, compare: null, tDays: W12, chart: 'time-course', highlight: null },
      cohort: LESSON_COHORT,
      prediction: {
        prompt:
          'Of 200 patients like him, after 12 weeks on this dose, how many will have more pain than they would have had without the opioid?',
        options: choices({
          none: 'none of them: that takes a higher dose',
          third: 'about a third of them',
          all: 'nearly all of them',
        }),
        answerId: 'third',
      },
      task: {
        kind: 'cohort',
        prompt: 'Open the 200 patients like this one and read how many are worse off at week 12.',
      },
      explain: `At week 12, about a third of the 200 have more pain than without the opioid: OIH that outweighs the relief (filled triangles in the dot plot). About a quarter have tolerance only: the relief has faded, but the pain threshold is normal (open squares). The rest, about two in five, sit in between: a pain threshold below normal, while the opioid still keeps their pain under its old level — hyperalgesia hidden by relief (filled diamonds). Allodynia, light touch that hurts, affects fewer than one in ten. Nothing differs between them but susceptibility and clearance. On twice the dose, 240 MME/day, the same 200 patients fare worse: about four in five have more pain than without the opioid. OIH is real, it depends on the dose, and it varies from person to person. The shares are the model’s, resting on a teaching assumption about how much people differ, not a rate measured in people, where the evidence is mixed (Higgins 2019). ${safety('overdose-dose')}`,
      safety: ['overdose-dose'],
      claims: [
        cohortShare('worse', 'about a third', 'about a third of them', W12),
        cohortShare(
          'worse',
          'about a third',
          'about a third of the 200 have more pain than without the opioid',
          W12,
        ),
        cohortShare('tolerance-only', 'about a quarter', 'About a quarter have tolerance only', W12),
        cohortShare('hyperalgesia', 'about two in five', 'The rest, about two in five, sit in between', W12),
        cohortShare('allodynia', 'fewer than one in ten', 'affects fewer than one in ten', W12),
        cohortShare(
          'worse',
          'about four in five',
          'about four in five have more pain than without the opioid',
          W12,
          { after: ON_240 },
        ),
      ],
      question: {
        prompt: 'What should a clinician take from this?',
        options: [
          {
            id: 'everyone',
            text: 'Every patient on long-term opioids develops OIH sooner or later.',
            correct: false,
            feedback:
              'About a quarter of these virtual patients had tolerance only, and in a randomised trial a month of 78 MME/day of morphine caused tolerance without OIH (Chu 2012).',
          },
          {
            id: 'rare',
            text: 'OIH is too rare to think about when most patients do well.',
            correct: false,
            feedback:
              'Most may do well, but not all: about a third of these virtual patients ended up with more pain than without the opioid. Who will be affected cannot be told in advance; quantitative sensory testing is a research tool without clinical cut-offs.',
          },
          {
            id: 'watch',
            text: 'OIH can happen in any patient, more often on higher doses and longer courses, so pain is reassessed over time.',
            correct: true,
            feedback:
              'It depends on dose, duration and the person. Pain that worsens or spreads on a steady or rising dose is a reason to reassess, and OIH stays a diagnosis of exclusion (lessons 7 and 9).',
          },
        ],
      },
    },
    {
      id: 'conclusion',
      title: 'Where to go from here',
      text: 'The review’s conclusion, in short: for some people on long-term opioid therapy, OIH is a serious and challenging consequence — the opioid paradox of medications intended to relieve pain that instead amplify it. As far as we know, complex neuroplastic changes in the nervous system have driven it, leading to a lasting state of heightened pain sensitivity. The next five lessons take the mechanisms one at a time. Reading on: the resource the review asks you to consider is on Taylor & Francis Online — Wilson et al., “Mechanisms, diagnosis, prevention and management of perioperative opioid-induced hyperalgesia” (Pain Management, 2021), a review of the pathophysiology and management of OIH around surgery.',
      setup: { preset: 'oih-state', tDays: W12, chart: 'mechanisms' },
      task: {
        kind: 'select',
        region: 'nmda',
        prompt:
          'In the pathway scene, select the NMDA region (spinal cord) to see where the first change happens.',
      },
      explain:
        'The mechanisms chart shows five processes rising in the first model patient while his dose stayed the same: NMDA receptors, descending facilitation from the RVM, glia, dynorphin and HCN2. Each has its own lesson, with how strong its evidence is.',
      question: {
        prompt: 'Who is most at risk of OIH?',
        options: [
          {
            id: 'everyone',
            text: 'Anyone given an opioid, even a moderate dose for a few weeks',
            correct: false,
            feedback:
              'In a randomised trial, a month of moderate-dose morphine caused tolerance but no measurable OIH (Chu 2012). Dose, duration and the person matter.',
          },
          {
            id: 'stoppers',
            text: 'Only people going through withdrawal after a sudden stop',
            correct: false,
            feedback:
              'Stopping abruptly causes withdrawal pain, which is different; OIH develops while the drug is still being taken.',
          },
          {
            id: 'high-long',
            text: 'People on high doses for long periods, some more than others',
            correct: true,
            feedback:
              'OIH grows with dose and duration and varies between people; in the clinic it is clearest in people with opioid use disorder or on methadone (Higgins 2019).',
          },
        ],
      },
    },
  ],
  summary: [
    'OIH is increased pain sensitivity caused by opioid exposure: the painkiller makes pain worse.',
    'Signs: rising sensitivity, pain spreading to new areas, pain that worsens as the dose goes up, and allodynia — none of them specific on its own.',
    'In people the evidence is strongest around surgery (remifentanil) and in opioid use disorder; a month of a moderate dose caused tolerance without OIH.',
    'It looks like tolerance, but more drug makes it worse — and raises the risk of overdose.',
    'Not every patient gets it: in 200 virtual patients on the same dose, some are worse off, many are not, and more are on a higher dose.',
  ],
  referenceIds: [
    'seed',
    'wilson-2021',
    'celerier-2000',
    'chu-2012',
    'higgins-2019',
    'fletcher-2014',
    'angst-2003',
    'king-2005',
    'chen-2009',
    'cdc-2016',
    'holtman-2005',
  ],
};
