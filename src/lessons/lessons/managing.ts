import type { AdjuvantId, ScenarioEdit } from '../../app/scenario-edits';
import { safety } from '../../content/safety';
import type { Lesson, SimSetup } from '../types';
import { order, versusB } from '../claims';
import { W12, W14, W16, W24, W32 } from '../weeks';
import { taper, add, rotate, stop } from '../edits';
import { choices } from '../choices';

/** Side A: the OIH patient continued at 240 MME/day (for the learner to change); side B: unchanged. */
const fromOihState = (chart: NonNullable<SimSetup['chart']> = 'time-course'): SimSetup => ({
  preset: 'oih-maintained',
  compare: { preset: 'oih-maintained' },
  tDays: W12,
  chart,
  highlight: null,
});

/** The learner's changes at week 12, each as the list of edits a claim applies. */
const addAtW12 = (kind: AdjuvantId): readonly ScenarioEdit[] => [add(kind, W12)];
const TAPER_WEEKLY = [taper(W12)];
const STOP = [stop(W12)];
const TO_METHADONE = [rotate(W12, 'methadone')];
const TO_BUPRENORPHINE = [rotate(W12, 'buprenorphine')];

/**
 * Lesson 8: managing OIH (the review's "Managing the Opioid Paradox"), with today's guidance: non-drug and
 * non-opioid care first, slower tapers after long-term use, the risks of tapering and switching, and how to
 * agree a plan with the patient.
 */
export const managingLesson: Lesson = {
  id: 'managing-oih',
  title: 'Managing OIH',
  minutes: 10,
  dosing: true,
  objectives: [
    'Explain why the primary treatment of OIH addresses the opioid itself, and why a taper is slow, supervised and agreed.',
    'Compare the review’s 10–20 % per week with the slower tapers guidelines advise after long-term use, and name the risks of fast or forced tapers.',
    'Describe rotation, ketamine, gabapentinoids, NSAIDs/acetaminophen, non-drug therapies and patient education — with their evidence and their risks — and explain OIH to a patient without blame.',
  ],
  steps: [
    {
      id: 'cause',
      title: 'Managing the opioid paradox: address the cause',
      text: 'The primary treatment for OIH is to address its causative agent: the opioid itself. Management requires a careful, individualized approach, usually involving a combination of strategies. The review lists pharmacological approaches first; current guidance puts it the other way round — non-pharmacological and non-opioid therapies first, opioids only where their benefit outweighs their risk (CDC 2022). This is lesson 1’s model patient at week 12, more susceptible to OIH than average, on 240 MME/day. Side B will stay on that dose.',
      setup: fromOihState(),
      prediction: {
        prompt: 'If nothing changes, over the next three months pain will…',
        options: choices({
          settle: 'settle as the body adapts',
          rise: 'keep rising slowly',
          fall: 'fall back to baseline by itself',
        }),
        answerId: 'rise',
      },
      task: { kind: 'play-to', day: W24, prompt: 'Play side B on to week 24 (day 168).' },
      explain:
        'Pain crept further up and the painful area kept growing. Sensitization does not settle while its cause continues.',
      claims: [
        order(
          'pain',
          { side: 'b', day: W24 },
          '>',
          { side: 'b', day: W12 },
          'pain keeps rising on an unchanged dose',
        ),
        order(
          'painArea',
          { side: 'b', day: W24 },
          '>',
          { side: 'b', day: W12 },
          'the painful area keeps growing',
        ),
      ],
      question: {
        prompt: 'What is the primary treatment of OIH?',
        options: [
          {
            id: 'raise',
            text: 'Raise the dose until the pain is under control again',
            correct: false,
            feedback: `That feeds the cause: in OIH a higher dose makes pain worse (lesson 7). ${safety('overdose-dose')}`,
            safety: ['overdose-dose'],
          },
          {
            id: 'cause',
            text: 'Address its cause, the opioid itself',
            correct: true,
            feedback: 'The opioid is the causative agent — to be changed slowly, with the patient.',
          },
          {
            id: 'second',
            text: 'Add a second, short-acting opioid for the worst moments of the day',
            correct: false,
            feedback:
              'A second opioid raises the total exposure that drives OIH, and the risk of overdose with it.',
          },
        ],
      },
    },
    {
      id: 'taper',
      experiment: { id: 'darnall-2018', title: 'Tapering a high dose without more pain' },
      title: 'Opioid tapering',
      text: `Opioid tapering — to reduce the dosage slowly — is, in the review’s words, the most important treatment. It is done under medical supervision, to manage withdrawal symptoms. The review gives a reduction of 10–20 % per week as a common strategy; the next step checks that pace against current guidance. Many patients report an improvement in pain as the dose decreases. ${safety('taper-risk')}`,
      safety: ['taper-risk'],
      setup: fromOihState(),
      prediction: {
        prompt: 'With a taper of 10 % per week, this patient’s pain will…',
        options: choices({
          straight: 'fall steadily from the first week',
          dip: 'hold about level for a week or two, then fall below continuing',
          never: 'only get worse',
        }),
        answerId: 'dip',
      },
      task: {
        kind: 'edit',
        edit: 'taper.start',
        prompt: 'Start a taper at week 12: 10 % of the current dose each week. Then play on to week 32.',
      },
      explain:
        'In this highly susceptible virtual patient, pain held about level for the first two weeks — the relief lost with each cut was made up by sensitization fading, with mild withdrawal — then fell below continuing; stopping the last small dose brought a short flare of withdrawal. In real patients, reviews of dose reduction found pain improved or stayed the same in most studies (Frank 2017), a slow voluntary taper brought no rise in pain (Darnall 2018), and a fast one can bring a few harder weeks (Younger 2008; Rieb 2016).',
      claims: [
        order(
          'pain',
          { day: W14, window: 'week' },
          '<',
          { day: W12, window: 'week' },
          'pain holds about level for the first two weeks (within half a point)',
          { after: TAPER_WEEKLY, plus: 0.5 },
        ),
        order(
          'pain',
          { day: W14, window: 'week' },
          '>',
          { day: W12, window: 'week' },
          'pain has not yet fallen much after two weeks (less than half a point)',
          { after: TAPER_WEEKLY, plus: -0.5 },
        ),
        versusB('pain', '<', W32, 'then falls below continuing', { window: 'week', after: TAPER_WEEKLY }),
      ],
      question: {
        prompt: 'Why must a taper be supervised?',
        options: [
          {
            id: 'misuse',
            text: 'Mainly so the prescriber can watch for misuse of the remaining tablets',
            correct: false,
            feedback:
              'Supervision is for the patient’s safety and comfort — withdrawal, mood, pain — not surveillance. Screening for opioid use disorder is done openly and without blame.',
          },
          {
            id: 'any-speed',
            text: 'It need not be: a quick stop is just as safe',
            correct: false,
            feedback:
              'Fast reductions bring withdrawal and distress, and have been followed by more overdoses and mental-health crises (Agnoli 2021); step 4 shows an abrupt stop.',
          },
          {
            id: 'pace',
            text: 'To manage withdrawal and adjust the pace with the patient',
            correct: true,
            feedback: 'Each step can bring withdrawal; supervision lets the pace be slowed or paused.',
          },
        ],
      },
    },
    {
      id: 'guidelines',
      title: 'How fast? What guidelines advise',
      text: `The review’s reduction of 10–20 % per week is a common strategy, but faster than guidelines advise after long-term use. The CDC 2022 guideline: after a year or more on opioids, tapers of about 10 % per month or slower are often better tolerated; about 10 % per week can suit use over weeks to months; pauses are part of the plan. The HHS 2019 guide describes common tapers of 5–20 % every four weeks. Side A tapers 10 % per month; side B 10 % per week. ${safety('taper-risk')} ${safety('loss-of-tolerance')}`,
      safety: ['taper-risk', 'loss-of-tolerance'],
      setup: {
        preset: 'oih-maintained',
        edits: [taper(W12, 'month')],
        compare: { preset: 'taper-10-per-week' },
        tDays: W12,
        chart: 'time-course',
      },
      task: { kind: 'scrub-to', day: 240, prompt: 'Drag the time slider to about week 34 (day 240).' },
      explain:
        'In this model the weekly taper reaches lower pain sooner, because the model’s patient is driven only by sensitization and withdrawal. It leaves out what guidelines weigh: withdrawal distress, the patient’s agreement, mood, relapse, and overdose once tolerance is lost. Here the model is not the last word: the pace is set with the patient, usually slower after long-term use.',
      claims: [
        order(
          'pain',
          { side: 'b', day: 240, window: 'week' },
          '<',
          { day: 240, window: 'week' },
          'the weekly taper reaches lower pain sooner than the monthly one',
        ),
      ],
      question: {
        prompt:
          'A patient has taken opioids for three years. Which pace do guidelines suggest as a starting point?',
        options: [
          {
            id: 'monthly',
            text: 'Around 10 % a month or slower, adjusted with the patient',
            correct: true,
            feedback: 'After a year or more, slower tapers are often better tolerated (CDC 2022; HHS 2019).',
          },
          {
            id: 'review',
            text: '10–20 % each week, the common strategy that the review describes',
            correct: false,
            feedback:
              'That is a common strategy after short courses, but after long-term use guidelines advise slower steps.',
          },
          {
            id: 'at-once',
            text: 'Stop in one step: the faster it is over, the less it hurts',
            correct: false,
            feedback:
              'Abrupt stops bring intense withdrawal pain and risk (next step); the FDA warned against them in 2019.',
          },
        ],
      },
    },
    {
      id: 'withdrawal',
      title: 'What an abrupt stop does',
      text: `Stopping all at once is not a taper. ${safety('taper-risk')} ${safety('loss-of-tolerance')} Side B continues; stop the opioid in side A at week 12 to see why.`,
      safety: ['taper-risk', 'loss-of-tolerance'],
      setup: fromOihState(),
      task: {
        kind: 'edit',
        edit: 'opioid.stop',
        prompt: 'Stop the opioid at week 12 in side A, then play four weeks.',
      },
      explain:
        'Withdrawal peaked within the first days and pain hit the top of the scale for about two weeks before falling. Patients describe a similar withdrawal-associated pain, resolving in a median of 14 days; 44 % resumed opioids because of it (Rieb 2016) — and taking the old dose again after days off is when an overdose is most likely. In the model, sensitization then fades over months.',
      claims: [
        order('withdrawal', { day: W12 + 3 }, '>', 0.3, 'withdrawal peaks within the first days', {
          after: STOP,
        }),
        order('withdrawal', { day: W16 }, '<', 0.1, 'withdrawal has settled after about four weeks', {
          after: STOP,
        }),
        versusB('pain', '>', W12 + 3, 'pain is worse than continuing in the first days', { after: STOP }),
        versusB('pain', '<', W32, 'months later, pain is below continuing as sensitization fades', {
          window: 'week',
          after: STOP,
        }),
      ],
    },
    {
      id: 'rotation',
      experiment: { id: 'oih-management', title: 'Getting out of OIH: rotation and ketamine' },
      title: 'Opioid rotation',
      text: `Opioid rotation — switching to a different opioid — can be effective. The strategy leverages incomplete cross-tolerance between different opioids: tolerance to the old drug carries over only partly to the new one. The review singles out methadone and buprenorphine: switching to an opioid with NMDA receptor antagonist properties, it says, can be particularly beneficial. Correction: methadone’s d-isomer does block NMDA receptors (in rats, Davis 1999); buprenorphine does not, and patients maintained on either tolerated cold pain less well than controls, those on methadone least of all (Compton 2001). ${safety('rotation')} ${safety('methadone')} ${safety('buprenorphine-start')}`,
      safety: ['rotation', 'methadone', 'buprenorphine-start'],
      setup: fromOihState(),
      prediction: {
        prompt: 'Rotating to methadone, with the model’s 33 % fewer MME, will…',
        options: choices({
          cure: 'remove the OIH completely',
          help: 'lower pain somewhat',
          worse: 'make pain worse, because the dose is lower',
        }),
        answerId: 'help',
      },
      task: {
        kind: 'edit',
        edit: 'drug.rotate',
        prompt:
          'Rotate side A at week 12: choose methadone (or buprenorphine) and keep the model’s suggested reduction.',
      },
      explain:
        'Methadone lowered pain within two weeks, through the lower dose, its NMDA-blocking d-isomer and the tolerance that does not carry over fully, but the allodynia did not go: patients maintained on methadone still show OIH (Compton 2001). Buprenorphine lowers pain further in this model, through the antihyperalgesic effect measured in volunteers (Koppert 2005) — a size the model assumes, and probably generous: buprenorphine-maintained patients were hyperalgesic too.',
      claims: [
        versusB('pain', '<', W14, 'methadone lowers pain at first', { after: TO_METHADONE }),
        order('allodynia', { day: W32 }, '>', 0.2, 'on methadone the allodynia has not gone by week 32', {
          after: TO_METHADONE,
        }),
        order(
          'pain',
          { day: W16 },
          '<',
          { day: W16 },
          'buprenorphine lowers pain further than methadone in this model',
          { after: TO_BUPRENORPHINE, rightAfter: TO_METHADONE },
        ),
      ],
      question: {
        prompt: 'Why is buprenorphine not simply started on top of high-dose morphine?',
        options: [
          {
            id: 'precipitated',
            text: 'It displaces morphine from the receptors and can trigger withdrawal',
            correct: true,
            feedback:
              'A high-affinity partial agonist pushes the full agonist off the receptor, so the patient can plunge into withdrawal. It is started once withdrawal has begun, or by a low-dose method, by someone experienced.',
          },
          {
            id: 'blood-pressure',
            text: 'It blocks NMDA receptors and, on top of morphine, lowers blood pressure dangerously',
            correct: false,
            feedback:
              'Buprenorphine is not an NMDA antagonist. The problem is its grip on the µ receptor: a partial agonist that displaces the full one.',
          },
          {
            id: 'no-effect',
            text: 'It has no effect at all while morphine still fills the receptors',
            correct: false,
            feedback:
              'The reverse: its very high receptor affinity lets it displace morphine — which is exactly why it can precipitate withdrawal.',
          },
        ],
      },
    },
    {
      id: 'ketamine',
      title: 'Adjuvant medications: ketamine',
      text: `Adjuvant medications: adding non-opioid medicines can help manage pain during a taper. They include NMDA receptor antagonists, medications like ketamine that are used to counteract the process of central sensitization. ${safety('ketamine')}`,
      safety: ['ketamine'],
      setup: fromOihState('mechanisms'),
      task: {
        kind: 'edit',
        edit: 'adjuvant.set',
        adjuvant: 'ketamine',
        prompt: 'Add ketamine from week 12 in side A and play four weeks.',
      },
      explain:
        'NMDA upregulation fell and pain eased while morphine continued. Ketamine does not remove the cause, though: with the opioid unchanged, pain did not return to where it was before the opioid. In patients, small-dose ketamine prevented remifentanil hyperalgesia after surgery (Joly 2005) and stopped hyperalgesia spreading in volunteers without lowering their pain ratings (Koppert 2003); for established OIH in chronic pain it is little studied. How much it helps in the model is a teaching assumption.',
      claims: [
        versusB('nmda', '<', W16, 'NMDA upregulation falls with ketamine', { after: addAtW12('ketamine') }),
        versusB('pain', '<', W16, 'pain eases while morphine continues', { after: addAtW12('ketamine') }),
        order(
          'pain',
          { day: W16, window: 'week' },
          '>',
          6,
          'ketamine does not undo the OIH: pain stays above the 6/10 before the opioid',
          { after: addAtW12('ketamine') },
        ),
      ],
    },
    {
      id: 'gabapentinoids',
      title: 'Anticonvulsants: gabapentin and pregabalin',
      text: `Anticonvulsants such as gabapentin and pregabalin are effective in managing some neuropathic pain, and may ease hyperalgesia. In rats gabapentin prevented fentanyl hyperalgesia (Van Elstraete 2008); in patients pregabalin reduced pain after high-dose remifentanil (Lee 2013). ${safety('sedatives')}`,
      safety: ['sedatives'],
      setup: fromOihState(),
      task: {
        kind: 'edit',
        edit: 'adjuvant.set',
        adjuvant: 'gabapentinoid',
        prompt: 'Add a gabapentinoid from week 12 in side A and play two weeks.',
      },
      explain:
        'Pain eased somewhat in the model. The sizes are teaching assumptions; the breathing risk of combining them with opioids is not.',
      claims: [
        versusB('pain', '<', W14, 'pain eases with a gabapentinoid', { after: addAtW12('gabapentinoid') }),
      ],
    },
    {
      id: 'nsaids',
      title: 'NSAIDs and acetaminophen',
      text: 'While opioid doses are reduced, NSAIDs and acetaminophen can be used to manage the underlying pain — and they are not simply weaker painkillers: in a 12-month randomised trial in back and osteoarthritis pain, non-opioid medication was no worse than opioids for function and slightly better for pain intensity (Krebs 2018). For OIH itself, COX inhibitors reduced the hyperalgesic area after remifentanil in volunteers (Lenz 2011), but indomethacin did not reverse established OIH in mice (Li 2001). NSAIDs have their own risks for the stomach, kidneys and heart.',
      setup: fromOihState('body-map'),
      prediction: {
        prompt: 'An NSAID added in side A will mainly…',
        options: choices({
          reverse: 'reverse the sensitization',
          underlying: 'lower the disease pain and painful area, leaving sensitization',
        }),
        answerId: 'underlying',
      },
      task: {
        kind: 'edit',
        edit: 'adjuvant.set',
        adjuvant: 'nsaid',
        prompt: 'Add an NSAID from week 12 in side A.',
      },
      explain:
        'Pain eased and the painful area shrank, while NMDA upregulation stayed where it was: the NSAID eased the underlying inflammatory pain, not the OIH.',
      claims: [
        versusB('pain', '<', W14, 'pain eases with an NSAID', { after: addAtW12('nsaid') }),
        versusB('painArea', '<', W14, 'the painful area shrinks', { after: addAtW12('nsaid') }),
        order(
          'nmda',
          { day: W14 },
          '>',
          { day: W12 },
          'NMDA upregulation is untouched (within 10 % of where it was)',
          { after: addAtW12('nsaid'), plus: -0.04 },
        ),
      ],
      question: {
        prompt: 'What is the main role of NSAIDs and acetaminophen while an opioid is reduced?',
        options: [
          {
            id: 'underlying',
            text: 'Covering the underlying disease pain',
            correct: true,
            feedback: 'They treat the disease pain so the reduction is bearable.',
          },
          {
            id: 'reverse',
            text: 'Reversing the sensitization that opioids built up',
            correct: false,
            feedback: 'In mice, indomethacin did not reverse established OIH (Li 2001).',
          },
          {
            id: 'replace',
            text: 'Replacing the opioid at the same strength, with no risks',
            correct: false,
            feedback:
              'They can be as useful as opioids for function in back and osteoarthritis pain (Krebs 2018), but they have their own risks.',
          },
        ],
      },
    },
    {
      id: 'non-drug',
      title: 'Non-pharmacological strategies',
      text: 'Non-pharmacological strategies come first in current guidance, not last (CDC 2022). Physical and psychological therapies — exercise and physical therapy, cognitive-behavioral therapy (CBT), acupuncture, massage — can help manage pain and improve function while reducing reliance on opioids. The evidence differs: exercise, physical therapy and CBT have good evidence in chronic pain in general; for acupuncture and massage it is weaker; for OIH specifically there is little evidence for any of them.',
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
      claims: [
        versusB('pain', '<', W14, 'exercise lowers pain a little', { after: addAtW12('exercise') }),
        order('pain', { day: W14 }, '<', { day: W14 }, 'exercise more than CBT', {
          after: addAtW12('exercise'),
          rightAfter: addAtW12('cbt'),
        }),
        order('pain', { day: W14 }, '<', { day: W14 }, 'CBT more than acupuncture', {
          after: addAtW12('cbt'),
          rightAfter: addAtW12('acupuncture'),
        }),
      ],
      question: {
        prompt: 'How strong is the evidence for acupuncture and massage in OIH?',
        options: [
          {
            id: 'ketamine',
            text: 'As strong as for ketamine',
            correct: false,
            feedback:
              'Ketamine’s effect on OIH rests on animal and surgical studies; acupuncture and massage have little OIH data.',
          },
          {
            id: 'weak',
            text: 'Weak',
            correct: true,
            feedback:
              'They may help some patients feel and function better, but OIH-specific evidence is weak.',
          },
          {
            id: 'proven',
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
      text: 'Educating patients, before and during treatment, about what long-term opioid use risks — including OIH — is a crucial preventative measure. With an understanding of their condition, patients become active participants in their own pain management plan: it can empower them. The review’s conclusion on management focuses on three things: tapering or rotating opioids carefully, introducing non-opioid medications and therapies to control pain, and a greater understanding of OIH among clinicians and patients — essential for safer and more effective chronic pain management.',
      setup: {
        preset: 'oih-maintained',
        compare: { preset: 'taper-10-per-week' },
        tDays: W12,
        chart: 'time-course',
      },
      task: { kind: 'play-to', day: 240, prompt: 'Play both futures on to about week 34 (day 240).' },
      explain: `A picture of two futures — continuing (A) or a supervised taper (B) — is one way to explain OIH to a patient. By week 34 the tapered patient’s pain is below the continuing one’s and his allodynia has faded. ${safety('taper-risk')} ${safety('loss-of-tolerance')}`,
      safety: ['taper-risk', 'loss-of-tolerance'],
      claims: [
        order(
          'pain',
          { side: 'b', day: 240, window: 'week' },
          '<',
          { day: 240, window: 'week' },
          'the tapered patient’s pain is below continuing by week 34',
        ),
        order(
          'allodynia',
          { side: 'b', day: 240 },
          '<',
          { day: 240 },
          'the tapered patient’s allodynia has faded',
        ),
      ],
    },
    {
      id: 'conversation',
      title: 'Talking it through: a plan made together',
      text: `How OIH is explained matters as much as what is prescribed. Start from the patient’s own story (“the tablets stopped working, and now everything hurts”). Name OIH as something the drug does to the nervous system — not weakness, not his fault, not addiction — and say that it usually eases as the dose comes down. Then decide together: his goals (sleep, walking, work); the pace (after months of use perhaps 10 % a week, after years about 10 % a month or slower); that any step can be paused or slowed, never forced; what to do when withdrawal or pain flares; naloxone at home; and follow-up — a call within days of each early step, then regular visits. Write the plan down with him. ${safety('taper-risk')}`,
      safety: ['taper-risk'],
      setup: fromOihState(),
      task: {
        kind: 'edit',
        edit: 'taper.start',
        prompt: 'Start a taper at week 12 at the pace you would agree with this patient, and play on.',
      },
      question: {
        prompt: 'He asks: “So you are saying I made myself worse?” Which reply fits shared decision-making?',
        options: [
          {
            id: 'blame',
            text: 'Yes: the higher doses you kept asking for caused this, so now they must come down',
            correct: false,
            feedback:
              'Blame breaks trust and is not true: the dose was prescribed, and OIH is a drug effect. Patients who feel blamed are less likely to agree to a taper.',
          },
          {
            id: 'no-blame',
            text: 'No — the drug changed how your nerves handle pain. Shall we plan the next steps together?',
            correct: true,
            feedback:
              'Explain without blame, then decide together — goals, pace, pauses, naloxone and follow-up.',
          },
          {
            id: 'imposed',
            text: 'How it happened does not matter; starting today, the dose comes down by 20 % every single week.',
            correct: false,
            feedback: `An imposed, fast schedule is the taper most likely to fail and to harm. ${safety('taper-risk')}`,
            safety: ['taper-risk'],
          },
        ],
      },
    },
  ],
  summary: [
    'Address the cause: change the opioid slowly, supervised, with a plan made with the patient — non-drug and non-opioid care first.',
    'The review’s 10–20 % per week suits short courses; after long-term use, guidelines advise about 10 % a month or slower, with pauses (CDC 2022, HHS 2019). Fast or forced tapers carry risks of overdose and mental-health crisis (Agnoli 2021).',
    'A switch is not an MME sum: the new opioid starts substantially lower, set by an experienced clinician; methadone and buprenorphine each have their own cautions, and patients on either can still be hyperalgesic.',
    'Ketamine and gabapentinoids have limited evidence and real risks; NSAIDs/acetaminophen treat the underlying pain; exercise, PT and CBT help function.',
    'Explain OIH without blame, agree goals, pace, pauses, naloxone and follow-up.',
  ],
  referenceIds: [
    'seed',
    'cdc-2022',
    'hhs-2019',
    'fda-2019-taper',
    'agnoli-2021',
    'frank-2017',
    'darnall-2018',
    'rieb-2016',
    'davis-1999',
    'compton-2001',
    'koppert-2005',
    'robinson-2002',
    'chou-2014',
    'va-dod-2017',
    'joly-2005',
    'koppert-2003',
    'cohen-2018',
    'van-elstraete-2008',
    'lee-2013',
    'fda-2019-gabapentinoids',
    'gomes-2017',
    'krebs-2018',
    'lenz-2011',
    'li-2001',
  ],
};
