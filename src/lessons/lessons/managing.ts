import type { Lesson, SimSetup } from '../types';

const WEEK_12 = 84;

/** Side A: the OIH patient continued at 240 MME/day (for the learner to change); side B: unchanged. */
const fromOihState = (chart: NonNullable<SimSetup['chart']> = 'time-course'): SimSetup => ({
  preset: 'oih-maintained',
  compare: { preset: 'oih-maintained' },
  tDays: WEEK_12,
  chart,
  highlight: null,
});

/** Lesson 8: managing OIH (seed: "Managing the Opioid Paradox"), with the guideline correction on taper speed. */
export const managingLesson: Lesson = {
  id: 'managing-oih',
  title: 'Managing OIH',
  minutes: 10,
  dosing: true,
  objectives: [
    'Explain why the primary treatment of OIH addresses the opioid itself, and why tapering is supervised.',
    'Compare the seed’s 10–20 % per week taper with the slower tapers guidelines advise after long-term use.',
    'Describe opioid rotation, ketamine, gabapentinoids, NSAIDs/acetaminophen, non-drug therapies and patient education, with the strength of their evidence.',
  ],
  steps: [
    {
      id: 'cause',
      title: 'Managing the opioid paradox: address the cause',
      text: 'The primary treatment for OIH is to address the causative agent: the opioid itself. Management requires a careful and individualized approach, often involving a combination of strategies — pharmacological approaches first, then non-pharmacological ones. This is the OIH patient at week 12 (240 MME/day). Side B will stay on that dose.',
      setup: fromOihState(),
      prediction: {
        prompt: 'If nothing changes, over the next three months pain will…',
        options: [
          { id: 'settle', text: 'settle as the body adapts' },
          { id: 'rise', text: 'keep rising slowly' },
          { id: 'fall', text: 'fall back to baseline by itself' },
        ],
        answerId: 'rise',
      },
      task: { kind: 'play-to', day: 168, prompt: 'Play side B on to week 24 (day 168).' },
      explain:
        'Pain crept up to the top of the scale and the painful area kept growing. Sensitization does not settle while its cause continues.',
      question: {
        prompt: 'What is the primary treatment of OIH?',
        options: [
          {
            id: 'a',
            text: 'Address the opioid itself: reduce, rotate or stop it, with support',
            correct: true,
            feedback: 'Right: the opioid is the causative agent.',
          },
          {
            id: 'b',
            text: 'Raise the dose until pain is controlled',
            correct: false,
            feedback: 'That feeds the cause: in OIH, a higher dose makes pain worse (lesson 7).',
          },
          {
            id: 'c',
            text: 'Add a second opioid',
            correct: false,
            feedback: 'Adding opioid raises the total exposure that drives OIH.',
          },
        ],
      },
    },
    {
      id: 'taper',
      title: 'Opioid tapering',
      text: 'Opioid tapering: the most important treatment is to slowly reduce the opioid dosage. This must be done under medical supervision to manage withdrawal symptoms. A reduction of 10–20 % per week is a common strategy (the seed’s figure). Often, as the dose decreases, patients report an improvement in their pain.',
      setup: fromOihState(),
      prediction: {
        prompt: 'With a taper of 10 % per week, this patient’s pain will…',
        options: [
          { id: 'straight', text: 'fall steadily from the first week' },
          { id: 'dip', text: 'rise a little at first, then fall below continuing' },
          { id: 'never', text: 'only get worse' },
        ],
        answerId: 'dip',
      },
      task: {
        kind: 'edit',
        edit: 'taper.start',
        prompt: 'Start a taper at week 12: 10 % of the current dose each week. Then play on to week 30.',
      },
      explain:
        'In this highly susceptible virtual patient, pain first rose to the top of the scale while the dose came down (lost relief plus mild withdrawal), then fell as the sensitization faded: about 7–8/10 by week 30, when the dose was low, against 10/10 for continuing. Reviews of dose reduction in real patients found pain improved or stayed the same in most studies (Frank 2017), and a slow voluntary taper brought no increase in pain (Darnall 2018).',
      question: {
        prompt: 'Why must a taper be supervised?',
        options: [
          {
            id: 'a',
            text: 'To manage withdrawal symptoms and adjust the pace to the patient',
            correct: true,
            feedback: 'Right: each step can bring withdrawal; supervision lets the pace be slowed or paused.',
          },
          {
            id: 'b',
            text: 'Because the dose must be raised first',
            correct: false,
            feedback: 'A taper never starts with an increase; it starts from the current dose.',
          },
          {
            id: 'c',
            text: 'It need not be: any speed is safe',
            correct: false,
            feedback:
              'Fast reductions bring withdrawal and can lead patients to resume opioids; lesson step 4 shows an abrupt stop.',
          },
        ],
      },
    },
    {
      id: 'guidelines',
      title: 'How fast? What guidelines advise',
      text: 'The seed’s reduction of 10–20 % per week is faster than many guidelines advise after long-term use. The CDC 2022 Clinical Practice Guideline says tapers of 10 % per month or slower are often better tolerated when patients have taken opioids for a year or longer; the HHS 2019 guide describes common tapers of 5–20 % every four weeks, paused or slowed as needed. Side A tapers 10 % per month; side B 10 % per week.',
      setup: {
        preset: 'oih-maintained',
        edits: [{ type: 'taper.start', atDay: WEEK_12, currentDosePerDay: 240, percent: 10, per: 'month' }],
        compare: { preset: 'taper-10-per-week' },
        tDays: WEEK_12,
        chart: 'time-course',
      },
      task: { kind: 'scrub-to', day: 240, prompt: 'Drag the time slider to about week 34 (day 240).' },
      explain:
        'In this model the weekly taper reaches lower pain sooner, because the model’s patient is driven only by sensitization and withdrawal. It leaves out what guidelines weigh: withdrawal distress, the patient’s agreement, relapse, and overdose when tolerance is lost. Here the model is not the last word: the pace is set with the patient, usually slower after long-term use.',
      question: {
        prompt:
          'A patient has taken opioids for three years. Which pace do guidelines suggest as a starting point?',
        options: [
          {
            id: 'a',
            text: 'Around 10 % per month or slower, adjusted with the patient',
            correct: true,
            feedback:
              'Right: after a year or more, slower tapers are often better tolerated (CDC 2022; HHS 2019).',
          },
          {
            id: 'b',
            text: '20 % per week, because the seed says so',
            correct: false,
            feedback:
              'The seed’s 10–20 % per week is a common strategy, but after long-term use guidelines advise slower steps.',
          },
          {
            id: 'c',
            text: 'Stop at once: the faster the better',
            correct: false,
            feedback:
              'Abrupt stops bring intense withdrawal pain and risk (next step); guidelines advise against them.',
          },
        ],
      },
    },
    {
      id: 'withdrawal',
      title: 'What an abrupt stop does',
      text: 'Stopping all at once is not a taper. Side B continues; stop the opioid in side A at week 12.',
      setup: fromOihState(),
      task: {
        kind: 'edit',
        edit: 'opioid.stop',
        prompt: 'Stop the opioid at week 12 in side A, then play four weeks.',
      },
      explain:
        'Withdrawal peaked within the first days and pain hit the top of the scale for about two weeks before falling. Patients describe a similar withdrawal-associated pain, resolving in a median of 14 days; 44 % resumed opioids because of it (Rieb 2016). In the model, sensitization then fades over months.',
    },
    {
      id: 'rotation',
      title: 'Opioid rotation',
      text: 'Opioid rotation: switching to a different opioid can be effective. This strategy leverages incomplete cross-tolerance between different opioids: the new drug works at a lower equivalent dose. Switching to an opioid with NMDA receptor antagonist properties, such as methadone or buprenorphine, can be particularly beneficial (the seed). Correction: methadone’s d-isomer blocks NMDA receptors (Davis 1999); for buprenorphine the evidence shows an antihyperalgesic effect larger than its analgesic one (Koppert 2005), not NMDA antagonism.',
      setup: fromOihState(),
      prediction: {
        prompt: 'Rotating to methadone with 33 % fewer MME will…',
        options: [
          { id: 'cure', text: 'remove the OIH completely' },
          { id: 'help', text: 'lower pain somewhat' },
          { id: 'worse', text: 'make pain worse, because the dose is lower' },
        ],
        answerId: 'help',
      },
      task: {
        kind: 'edit',
        edit: 'drug.rotate',
        prompt:
          'Rotate side A at week 12: choose methadone or buprenorphine and a reduction of about a third.',
      },
      explain:
        'Methadone (33 % fewer MME) lowered pain by about half a point to a point: it improves, but patients maintained on methadone still show OIH (Compton 2001). Buprenorphine (25 % fewer) brought pain down to about 3/10 in eight weeks in this model, through its antihyperalgesic effect; the size of that effect is a teaching assumption built on a volunteer study.',
      question: {
        prompt: 'Why does a rotated-to opioid work at a lower equivalent dose?',
        options: [
          {
            id: 'a',
            text: 'Incomplete cross-tolerance: tolerance to the first opioid carries over only partly',
            correct: true,
            feedback: 'Right: that is why rotations cut the equivalent dose and still keep relief.',
          },
          {
            id: 'b',
            text: 'Because the new opioid is stronger per MME',
            correct: false,
            feedback: 'MME already corrects for potency; the gain comes from incomplete cross-tolerance.',
          },
          {
            id: 'c',
            text: 'Because every opioid blocks NMDA receptors',
            correct: false,
            feedback:
              'Most do not. Methadone’s d-isomer does; buprenorphine acts differently (antihyperalgesia).',
          },
        ],
      },
    },
    {
      id: 'ketamine',
      title: 'Adjuvant medications: ketamine',
      text: 'Adjuvant medications: adding non-opioid medications can help manage pain during an opioid taper. These include NMDA receptor antagonists: medications like ketamine may be used to counteract the central sensitization process (usually low-dose, in hospital).',
      setup: fromOihState('mechanisms'),
      task: {
        kind: 'edit',
        edit: 'adjuvant.set',
        adjuvant: 'ketamine',
        prompt: 'Add ketamine from week 12 in side A and play four weeks.',
      },
      explain:
        'NMDA upregulation fell to zero within a week, glia and dynorphin followed, and pain came down to about 3/10 by week 16, even though morphine continued. In patients, small-dose ketamine prevented remifentanil hyperalgesia after surgery (Joly 2005); its use for established OIH is less well studied.',
    },
    {
      id: 'gabapentinoids',
      title: 'Anticonvulsants: gabapentin and pregabalin',
      text: 'Anticonvulsants: gabapentin and pregabalin can be effective in managing neuropathic pain and hyperalgesia. In rats gabapentin prevented fentanyl hyperalgesia (Van Elstraete 2008); in patients pregabalin reduced pain after high-dose remifentanil (Lee 2013).',
      setup: fromOihState(),
      task: {
        kind: 'edit',
        edit: 'adjuvant.set',
        adjuvant: 'gabapentinoid',
        prompt: 'Add a gabapentinoid from week 12 in side A and play two weeks.',
      },
      explain:
        'Pain fell by about one point: a real but smaller effect than ketamine in this model. The sizes are teaching assumptions.',
    },
    {
      id: 'nsaids',
      title: 'NSAIDs and acetaminophen',
      text: 'NSAIDs and acetaminophen: these can be used to manage underlying pain as opioid doses are reduced. Correction from the evidence: COX inhibitors reduced the hyperalgesic area after remifentanil in volunteers (Lenz 2011), but indomethacin did not reverse established OIH in mice (Li 2001). They treat the underlying pain more than the sensitization.',
      setup: fromOihState('body-map'),
      prediction: {
        prompt: 'An NSAID added in side A will mainly…',
        options: [
          { id: 'underlying', text: 'lower the disease pain and painful area, leaving sensitization' },
          { id: 'reverse', text: 'reverse the sensitization' },
        ],
        answerId: 'underlying',
      },
      task: {
        kind: 'edit',
        edit: 'adjuvant.set',
        adjuvant: 'nsaid',
        prompt: 'Add an NSAID from week 12 in side A.',
      },
      explain:
        'Pain fell about one point and the painful area shrank, while NMDA, RVM and dynorphin did not change: the NSAID eased the underlying inflammatory pain, not the OIH.',
      question: {
        prompt: 'What is the main role of NSAIDs and acetaminophen while an opioid is reduced?',
        options: [
          {
            id: 'a',
            text: 'To manage the underlying pain as the opioid dose comes down',
            correct: true,
            feedback: 'Right: they cover the disease pain so the taper is bearable.',
          },
          {
            id: 'b',
            text: 'To reverse established OIH',
            correct: false,
            feedback: 'In mice, indomethacin did not reverse established OIH (Li 2001).',
          },
          {
            id: 'c',
            text: 'To replace the opioid at the same strength',
            correct: false,
            feedback: 'They are weaker analgesics with their own risks; they support, not replace.',
          },
        ],
      },
    },
    {
      id: 'non-drug',
      title: 'Non-pharmacological strategies',
      text: 'Physical and psychological therapies: exercise, physical therapy, cognitive-behavioral therapy (CBT), acupuncture, and massage can help manage pain and improve function, reducing reliance on opioids. Correction: for OIH specifically, the evidence for acupuncture and massage is weak; exercise, physical therapy and CBT have better evidence in chronic pain in general.',
      setup: fromOihState(),
      task: {
        kind: 'edit',
        edit: 'adjuvant.set',
        adjuvant: 'exercise',
        prompt:
          'Add exercise / physical therapy from week 12 in side A (try CBT, acupuncture or massage too).',
      },
      explain:
        'Each lowers pain a little in the model: exercise most, then CBT; acupuncture and massage least, matching their weaker evidence. None reverses sensitization; they help the patient function while the opioid is reduced.',
      question: {
        prompt: 'How strong is the evidence for acupuncture and massage in OIH?',
        options: [
          {
            id: 'a',
            text: 'Weak',
            correct: true,
            feedback:
              'Right: they may help some patients feel and function better, but OIH-specific evidence is weak.',
          },
          {
            id: 'b',
            text: 'As strong as for ketamine',
            correct: false,
            feedback:
              'Ketamine’s effect on OIH rests on animal and surgical studies; acupuncture and massage have little OIH data.',
          },
          {
            id: 'c',
            text: 'They are proven to reverse central sensitization',
            correct: false,
            feedback: 'No such proof exists; the model gives them only a small effect on pain.',
          },
        ],
      },
    },
    {
      id: 'education',
      title: 'Patient education',
      text: 'Patient education: educating patients about the risks of long-term opioid use, including OIH, is a crucial preventative measure. Understanding the condition can empower patients to be active participants in their pain management plan. Conclusion: management focuses on carefully tapering or rotating opioids while introducing non-opioid medications and therapies to control pain, and a greater understanding of OIH among both clinicians and patients is essential for safer and more effective chronic pain management.',
      setup: { preset: 'taper-10-per-week', compare: null, tDays: WEEK_12, chart: 'time-course' },
      task: {
        kind: 'compare',
        prompt: 'Turn on compare mode so the patient can see continuing and tapering side by side.',
      },
      explain:
        'A picture of two futures — continuing versus a supervised taper with support — is one way to explain OIH to a patient, without blame.',
    },
  ],
  summary: [
    'Address the cause: reduce, rotate or stop the opioid, under supervision, with a plan made with the patient.',
    'The seed’s 10–20 % per week is a common strategy; after long-term use, guidelines advise slower tapers (about 10 % per month; CDC 2022, HHS 2019).',
    'Rotation (methadone, buprenorphine) uses incomplete cross-tolerance; ketamine counters sensitization; gabapentinoids and NSAIDs/acetaminophen support; exercise, PT and CBT help function; evidence for acupuncture and massage is weak.',
    'Patient education prevents OIH and makes the patient a partner in the plan.',
  ],
  referenceIds: [
    'seed',
    'cdc-2022',
    'hhs-2019',
    'frank-2017',
    'darnall-2018',
    'rieb-2016',
    'davis-1999',
    'compton-2001',
    'koppert-2005',
    'joly-2005',
    'van-elstraete-2008',
    'lee-2013',
    'lenz-2011',
    'li-2001',
  ],
};
