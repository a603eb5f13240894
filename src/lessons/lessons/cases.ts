import type { ScenarioEdit } from '../../app/scenario-edits';
import type { Lesson, SimSetup } from '../types';

const W12 = 84;

/** A plan's simulated course: the case's patient with the plan's edits (side A) against doing nothing (side B). */
const course = (
  preset: string,
  edits: readonly ScenarioEdit[],
  tDays: number,
  chart: NonNullable<SimSetup['chart']> = 'time-course',
): SimSetup => ({
  preset,
  edits,
  compare: { preset },
  tDays,
  play: true,
  chart,
});

const taper10 = (atDay: number, dose: number): ScenarioEdit => ({
  type: 'taper.start',
  atDay,
  currentDosePerDay: dose,
  percent: 10,
  per: 'week',
});

/**
 * Lesson 9: six virtual patients. For each, the learner examines or challenges in the simulation, chooses a
 * diagnosis, then chooses a plan and sees the simulated course of that plan (option setups).
 */
export const casesLesson: Lesson = {
  id: 'clinical-cases',
  title: 'Clinical cases',
  minutes: 10,
  dosing: true,
  objectives: [
    'Use a supervised dose change and an examination for allodynia and spread to tell OIH, tolerance, disease progression and withdrawal pain apart.',
    'Choose a plan that fits the diagnosis, and see its simulated course.',
    'Recognise mixed pictures: tolerance and OIH usually occur together.',
  ],
  steps: [
    {
      id: 'oih-workup',
      title: 'Case 1 — Mr A: worse on a higher dose',
      text: 'Mr A, 56, has chronic low back pain. Over three months his morphine was raised to 240 MME/day. His back pain is now worse than before he started, his hips and chest hurt, and his shirt is painful to wear. Test: a supervised dose challenge.',
      setup: { preset: 'oih-maintained', compare: null, tDays: W12, chart: 'time-course', highlight: null },
      task: {
        kind: 'edit',
        edit: 'dose.change',
        direction: 'up',
        prompt:
          'Do the supervised dose challenge: raise the dose by 25 % at week 12 (Dosing), then play four weeks.',
      },
      explain:
        'Pain dipped by about 0.4 for a few days, then crept back up and by four weeks was above its level before the increase, while the allodynia went on spreading (to an arm within days).',
      question: {
        prompt: 'Diagnosis?',
        options: [
          {
            id: 'oih',
            text: 'Opioid-induced hyperalgesia',
            correct: true,
            feedback: 'Right: worse and spreading pain despite dose increases, with allodynia.',
          },
          {
            id: 'tol',
            text: 'Tolerance',
            correct: false,
            feedback:
              'Tolerance would respond lastingly to the higher dose, and pain would stay at the original site without allodynia.',
          },
          {
            id: 'prog',
            text: 'Disease progression',
            correct: false,
            feedback:
              'Progression would keep pain at the diseased site and the added dose would relieve it; spreading allodynia points to OIH.',
          },
          {
            id: 'wd',
            text: 'Withdrawal pain',
            correct: false,
            feedback: 'He is on a steady, even raised, dose: no withdrawal.',
          },
        ],
      },
    },
    {
      id: 'oih-plan',
      title: 'Case 1 — plan for Mr A',
      text: 'Choose a plan. Side A shows the course of your choice; side B continues 240 MME/day.',
      setup: {
        preset: 'oih-maintained',
        compare: { preset: 'oih-maintained' },
        tDays: W12,
        chart: 'time-course',
      },
      question: {
        prompt: 'Plan?',
        options: [
          {
            id: 'escalate',
            text: 'Raise the dose by 50 %',
            correct: false,
            feedback: 'Pain rises further within weeks: more drug feeds OIH.',
            setup: course(
              'oih-maintained',
              [{ type: 'dose.change', atDay: W12, currentDosePerDay: 240, percent: 50 }],
              W12,
            ),
          },
          {
            id: 'taper-ketamine',
            text: 'Supervised taper with ketamine, explained to him as a shared plan',
            correct: true,
            feedback:
              'Pain falls to about 4–5/10 within two weeks and the allodynia fades while the dose comes down.',
            setup: course(
              'oih-maintained',
              [taper10(W12, 240), { type: 'adjuvant.set', kind: 'ketamine', on: true, atDay: W12 }],
              W12,
            ),
          },
          {
            id: 'buprenorphine',
            text: 'Rotate to buprenorphine with 25 % fewer MME',
            correct: true,
            feedback:
              'Also reasonable: pain falls over eight weeks in the model (its antihyperalgesic effect; the size is a teaching assumption).',
            setup: course(
              'oih-maintained',
              [
                {
                  type: 'drug.rotate',
                  atDay: W12,
                  currentDosePerDay: 240,
                  toDrug: 'buprenorphine',
                  reductionPercent: 25,
                },
              ],
              W12,
            ),
          },
          {
            id: 'stop',
            text: 'Stop the morphine today',
            correct: false,
            feedback:
              'Two weeks of withdrawal pain at the top of the scale; many patients resume opioids. A supervised taper is safer.',
            setup: course('oih-maintained', [{ type: 'opioid.stop', atDay: W12 }], W12),
          },
        ],
      },
    },
    {
      id: 'tolerance-workup',
      title: 'Case 2 — Ms B: relief wears off',
      text: 'Ms B, 44, takes 180 MME/day for pain after a hip fracture. Relief now wears off before the next dose. Pain is in the same hip, the same aching quality; nothing else hurts. Test: examine for allodynia and spread.',
      setup: {
        preset: 'tolerance-only-maintained',
        compare: null,
        tDays: W12,
        chart: 'time-course',
        highlight: null,
      },
      task: {
        kind: 'chart',
        chart: 'body-map',
        prompt: 'Examine her: open the Body map and look for allodynia and spread.',
      },
      explain: 'Pain stays at the original site; no region is allodynic.',
      question: {
        prompt: 'Diagnosis?',
        options: [
          {
            id: 'tol',
            text: 'Tolerance',
            correct: true,
            feedback: 'Right: less relief from the same dose, same site and quality, no allodynia.',
          },
          {
            id: 'oih',
            text: 'OIH',
            correct: false,
            feedback:
              'OIH would show spread and allodynia, and her pain would be above its level before the opioid.',
          },
          {
            id: 'wd',
            text: 'Withdrawal',
            correct: false,
            feedback:
              'End-of-dose wearing off can include mild withdrawal, but her dose is steady and nothing new hurts.',
          },
        ],
      },
    },
    {
      id: 'tolerance-plan',
      title: 'Case 2 — plan for Ms B',
      text: 'Choose a plan. Side B continues 180 MME/day.',
      setup: {
        preset: 'tolerance-only-maintained',
        compare: { preset: 'tolerance-only-maintained' },
        tDays: W12,
      },
      question: {
        prompt: 'Plan?',
        options: [
          {
            id: 'rotate',
            text: 'Rotate to methadone with a third fewer MME, supervised',
            correct: true,
            feedback:
              'Pain stays about the same on fewer MME: incomplete cross-tolerance at work. The seed lists rotation (or escalation) for tolerance; any increase is weighed against its risks (CDC 2022).',
            setup: course(
              'tolerance-only-maintained',
              [
                {
                  type: 'drug.rotate',
                  atDay: W12,
                  currentDosePerDay: 180,
                  toDrug: 'methadone',
                  reductionPercent: 33,
                },
              ],
              W12,
            ),
          },
          {
            id: 'ketamine',
            text: 'Ketamine for OIH',
            correct: false,
            feedback: 'She has no OIH to counteract; ketamine changes little here.',
            setup: course(
              'tolerance-only-maintained',
              [{ type: 'adjuvant.set', kind: 'ketamine', on: true, atDay: W12 }],
              W12,
            ),
          },
          {
            id: 'cut',
            text: 'Cut the dose by 30 % because “it must be OIH”',
            correct: false,
            feedback:
              'Without OIH, a cut simply loses relief: pain rises from about 2.5 to 3.3. Reducing can still be right for safety, but not as an OIH treatment.',
            setup: course(
              'tolerance-only-maintained',
              [{ type: 'dose.change', atDay: W12, currentDosePerDay: 180, percent: -30 }],
              W12,
            ),
          },
        ],
      },
    },
    {
      id: 'progression-workup',
      title: 'Case 3 — Mr C: the disease has grown',
      text: 'Mr C, 67, has bone metastases treated with 180 MME/day. A scan shows the tumour has grown, and his disease pain is now 9/10 without analgesia. His pain is at the same site; no allodynia. Test: a supervised dose challenge.',
      setup: {
        preset: 'tolerance-only-maintained',
        edits: [{ type: 'patient.baseline', value: 9 }],
        compare: null,
        tDays: W12,
        chart: 'time-course',
        highlight: null,
      },
      task: {
        kind: 'edit',
        edit: 'dose.change',
        direction: 'up',
        prompt: 'Raise the dose by 25 % at week 12 (Dosing) and play two weeks.',
      },
      explain: 'Pain fell from about 3.8 to about 3.1 and stayed lower; no spread, no allodynia.',
      question: {
        prompt: 'Diagnosis?',
        options: [
          {
            id: 'prog',
            text: 'Disease progression',
            correct: true,
            feedback: 'Right: more disease pain at the same site that responds to the opioid.',
          },
          {
            id: 'oih',
            text: 'OIH',
            correct: false,
            feedback: 'OIH pain would worsen with the higher dose and spread.',
          },
          { id: 'wd', text: 'Withdrawal pain', correct: false, feedback: 'His dose was not reduced.' },
        ],
      },
    },
    {
      id: 'progression-plan',
      title: 'Case 3 — plan for Mr C',
      text: 'Choose a plan. In the model only the opioid and adjuvants can be changed; treating the tumour itself is outside it.',
      setup: {
        preset: 'tolerance-only-maintained',
        edits: [{ type: 'patient.baseline', value: 9 }],
        compare: null,
        tDays: W12,
      },
      question: {
        prompt: 'Plan?',
        options: [
          {
            id: 'treat',
            text: 'Treat the disease (oncology) and adjust analgesia under supervision, watching for OIH signs',
            correct: true,
            feedback:
              'Right: the cause is the disease; a supervised dose adjustment relieved this virtual patient.',
            setup: course(
              'tolerance-only-maintained',
              [
                { type: 'patient.baseline', value: 9 },
                { type: 'dose.change', atDay: W12, currentDosePerDay: 180, percent: 30 },
              ],
              W12,
            ),
          },
          {
            id: 'taper',
            text: 'Taper for OIH',
            correct: false,
            feedback: 'He has no OIH; tapering would leave the disease pain untreated.',
            setup: course(
              'tolerance-only-maintained',
              [{ type: 'patient.baseline', value: 9 }, taper10(W12, 180)],
              W12,
            ),
          },
        ],
      },
    },
    {
      id: 'withdrawal-workup',
      title: 'Case 4 — Ms D: stopped on her own',
      text: 'Ms D, 50, took 240 MME/day for 12 weeks and stopped by herself three days ago. She sweats, has diarrhoea and her pain is 10/10, worst at her old injury site. Look at the withdrawal line of her time course.',
      setup: { preset: 'abrupt-stop', compare: null, tDays: 80, chart: 'mechanisms', highlight: null },
      task: {
        kind: 'scrub-to',
        day: 87,
        withinDays: 1,
        prompt: 'Drag the time slider to three days after the stop (day 87).',
      },
      explain:
        'Withdrawal peaked in the first days after the stop; in the model it falls below a tenth of its peak within about two weeks.',
      question: {
        prompt: 'Diagnosis?',
        options: [
          {
            id: 'wd',
            text: 'Withdrawal pain on top of OIH',
            correct: true,
            feedback: 'Right: an abrupt stop after weeks of high-dose opioid; she also has OIH from before.',
          },
          {
            id: 'prog',
            text: 'Disease progression',
            correct: false,
            feedback: 'Nothing suggests a new disease process; the timing follows the stop.',
          },
          {
            id: 'tol',
            text: 'Tolerance',
            correct: false,
            feedback: 'Tolerance explains less relief on a dose; she is taking none.',
          },
        ],
      },
    },
    {
      id: 'withdrawal-plan',
      title: 'Case 4 — plan for Ms D',
      text: 'Choose a plan. Side B shows her course with no opioid and support only.',
      setup: { preset: 'abrupt-stop', compare: { preset: 'abrupt-stop' }, tDays: 87 },
      question: {
        prompt: 'Plan?',
        options: [
          {
            id: 'restart-full',
            text: 'Restart 240 MME/day and raise it if needed',
            correct: false,
            feedback:
              'Withdrawal settles, but the OIH returns at full strength and pain climbs back to the top of the scale.',
            setup: course(
              'abrupt-stop',
              [{ type: 'dose.change', atDay: 87, currentDosePerDay: 240, percent: 0 }],
              87,
            ),
          },
          {
            id: 'support',
            text: 'Support her through withdrawal under supervision, with an NSAID and graded exercise; if withdrawal is severe, a supervised restart at a lower dose with a slow taper is an option',
            correct: true,
            feedback:
              'Right: withdrawal pain resolves in about two weeks (median 14 days in patients, Rieb 2016), and the OIH fades over months; by week 20 her pain is below where it started.',
            setup: course(
              'abrupt-stop',
              [
                { type: 'adjuvant.set', kind: 'nsaid', on: true, atDay: 87 },
                { type: 'adjuvant.set', kind: 'exercise', on: true, atDay: 87 },
              ],
              87,
            ),
          },
        ],
      },
    },
    {
      id: 'mixed-workup',
      title: 'Case 5 — Mr E: each increase helps for a day',
      text: 'Mr E, 39, started 60 MME/day; it was raised every two weeks to 240. Each increase helped for a day or two, then pain was worse than before, and his arms now ache too. Test: a supervised dose challenge at week 8.',
      setup: { preset: 'oih-escalation', compare: null, tDays: 56, chart: 'time-course', highlight: null },
      task: {
        kind: 'edit',
        edit: 'dose.change',
        direction: 'up',
        prompt: 'Raise the dose by 25 % at week 8 (Dosing) and play two weeks.',
      },
      explain:
        'Pain fell by about 0.4 within a day, then climbed back and passed its earlier level within two weeks: the added drug still gives some relief (tolerance can be overcome for a while), but sensitization grows faster.',
      question: {
        prompt: 'Diagnosis?',
        options: [
          {
            id: 'mixed',
            text: 'Both tolerance and OIH',
            correct: true,
            feedback:
              'Right: the short relief shows tolerance being overcome; the later worsening and spread show OIH.',
          },
          {
            id: 'tol',
            text: 'Tolerance only',
            correct: false,
            feedback: 'Tolerance only would not make pain worse than before and spread to his arms.',
          },
          {
            id: 'prog',
            text: 'Disease progression',
            correct: false,
            feedback: 'His disease is stable; the new pain tracks the dose increases.',
          },
        ],
      },
    },
    {
      id: 'mixed-plan',
      title: 'Case 5 — plan for Mr E',
      text: 'Choose a plan. Side B continues 240 MME/day.',
      setup: { preset: 'oih-escalation', compare: { preset: 'oih-escalation' }, tDays: 56 },
      question: {
        prompt: 'Plan?',
        options: [
          {
            id: 'buprenorphine',
            text: 'Rotate to buprenorphine with 25 % fewer MME, and start physical therapy',
            correct: true,
            feedback: 'Pain falls to about 3/10 over six weeks in the model, and the allodynia goes.',
            setup: course(
              'oih-escalation',
              [
                {
                  type: 'drug.rotate',
                  atDay: 56,
                  currentDosePerDay: 240,
                  toDrug: 'buprenorphine',
                  reductionPercent: 25,
                },
                { type: 'adjuvant.set', kind: 'exercise', on: true, atDay: 56 },
              ],
              56,
            ),
          },
          {
            id: 'escalate',
            text: 'Keep escalating: the relief after each increase shows it works',
            correct: false,
            feedback: 'The relief lasts a day; the OIH grows with every step.',
            setup: course(
              'oih-escalation',
              [{ type: 'dose.change', atDay: 56, currentDosePerDay: 240, percent: 50 }],
              56,
            ),
          },
        ],
      },
    },
    {
      id: 'moderate-workup',
      title: 'Case 6 — Ms F: a moderate dose',
      text: 'Ms F, 48, takes 78 MME/day for low back pain. After a month the relief is smaller than in the first week. Pain is in the same place; she has no allodynia. She asks whether she has “the opioid paradox”. Examine her.',
      setup: {
        preset: 'chu-2012-moderate-dose',
        compare: null,
        tDays: 14,
        chart: 'time-course',
        highlight: null,
      },
      task: {
        kind: 'chart',
        chart: 'body-map',
        prompt: 'Open the Body map and look for allodynia and spread.',
      },
      explain:
        'No spread, no allodynia, and her pain is still below where it started: tolerance without OIH, as in a randomised trial of a month of morphine at this dose (Chu 2012).',
      question: {
        prompt: 'Diagnosis?',
        options: [
          {
            id: 'tol',
            text: 'Some tolerance, no OIH',
            correct: true,
            feedback: 'Right: OIH depends on dose, duration and the person; here there is none.',
          },
          {
            id: 'oih',
            text: 'OIH, because every opioid causes it',
            correct: false,
            feedback: 'At a moderate dose for a month, the trial found tolerance but no OIH (Chu 2012).',
          },
          { id: 'wd', text: 'Withdrawal', correct: false, feedback: 'Her dose is steady.' },
        ],
      },
    },
    {
      id: 'moderate-plan',
      title: 'Case 6 — plan for Ms F',
      text: 'Choose a plan. Side B continues 78 MME/day.',
      setup: { preset: 'chu-2012-moderate-dose', compare: { preset: 'chu-2012-moderate-dose' }, tDays: 14 },
      question: {
        prompt: 'Plan?',
        options: [
          {
            id: 'double',
            text: 'Double the dose to restore the first week’s relief',
            correct: false,
            feedback:
              'At the higher dose, this virtual patient’s pain spreads to new regions and allodynia begins within two weeks: the dose crossed her OIH threshold.',
            setup: course(
              'chu-2012-moderate-dose',
              [{ type: 'dose.change', atDay: 14, currentDosePerDay: 78, percent: 100 }],
              14,
              'body-map',
            ),
          },
          {
            id: 'reassess',
            text: 'Explain tolerance and OIH to her, add exercise / physical therapy, and review regularly for signs of OIH',
            correct: true,
            feedback:
              'Right: education makes her a partner, and exercise helps function without more opioid.',
            setup: course(
              'chu-2012-moderate-dose',
              [{ type: 'adjuvant.set', kind: 'exercise', on: true, atDay: 14 }],
              14,
            ),
          },
        ],
      },
    },
  ],
  summary: [
    'OIH: pain worse than before, spreading, allodynia, worse after a dose increase. Tolerance: less relief, same site, relieved by more drug.',
    'Disease progression: more pain at the diseased site that responds to the opioid. Withdrawal pain: after a stop or fast cut, settles in about two weeks.',
    'Mixed pictures are common: a brief response to more drug followed by worsening means tolerance and OIH together.',
  ],
  referenceIds: ['seed', 'chu-2012', 'rieb-2016', 'koppert-2005', 'cdc-2022', 'frank-2017'],
};
