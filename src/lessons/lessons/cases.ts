import type { ScenarioEdit } from '../../app/scenario-edits';
import { safety } from '../../content/safety';
import type { Lesson, SetupScenario, SimSetup } from '../types';
import { cohortShare, order, versusB } from '../claims';
import { LESSON_COHORT } from '../setups';
import { W8, W12, W14, W16, W20, W24 } from '../weeks';
import { taper, add, rotate, change, restart, stop } from '../edits';

/**
 * A plan's course as the model predicts it: the case's patient (a preset, or a case's own scenario) with the
 * plan's edits (side A) against the same patient carrying on as before (side B, with the same `base` edits).
 */
const course = (
  patient: string | SetupScenario,
  edits: readonly ScenarioEdit[],
  tDays: number,
  base: readonly ScenarioEdit[] = [],
  chart: NonNullable<SimSetup['chart']> = 'time-course',
): SimSetup => {
  if (typeof patient !== 'string')
    return { scenario: patient, edits, compare: { scenario: patient }, tDays, play: true, chart };
  return {
    preset: patient,
    edits: [...base, ...edits],
    compare: base.length ? { preset: patient, edits: base } : { preset: patient },
    tDays,
    play: true,
    chart,
  };
};

/**
 * A hip patient on 180 MME/day of morphine for 16 weeks who is not susceptible to OIH: tolerance builds, the
 * OIH mechanisms never start (the same course as the tolerance-only preset, whose mechanisms are switched
 * off — but nothing is switched off in a patient). The disease's pain is in the right hip alone.
 */
const hipPatient = (title: string, baseline: number): SetupScenario => ({
  title,
  scenario: {
    durationDays: W16,
    patient: {
      susceptibility: 0,
      disease: { kind: 'constant', baseline, site: 'right-hip', areaFraction: 0.05 },
    },
    regimens: [{ kind: 'fixed', drug: 'morphine', route: 'oral', dosePerDay: 180, everyHours: 4 }],
  },
});
/** Ms B: osteoarthritis of the right hip. */
const MS_B = hipPatient('Ms B: hip osteoarthritis', 6);
/** Mr C: a growing metastasis in the right hip, its pain raised from 6 to 9. */
const MR_C = hipPatient('Mr C: metastasis in the hip', 9);
/** Ms F is followed for 12 weeks, so that a plan made after her first month can be watched. */
const LONGER: readonly ScenarioEdit[] = [{ type: 'duration.set', days: W12 }];

/**
 * Lesson 9: six virtual patients, each worked up as in clinic — history, examination, checks and a
 * differential — then a plan. The work-up's test, where one is needed, is a supervised reduction or switch;
 * each plan shows the model's prediction of its course beside carrying on as before.
 */
export const casesLesson: Lesson = {
  id: 'clinical-cases',
  title: 'Clinical cases',
  minutes: 10,
  dosing: true,
  objectives: [
    'Work up a patient whose opioid “no longer works”: history, examination, prescription records and urine tests, and a differential that includes disease progression, withdrawal, opioid use disorder, neuropathic or central pain and distress.',
    'Use a supervised dose reduction or switch — not an increase — as the test, and read the model’s prediction of it.',
    'Choose a plan that fits the diagnosis, with naloxone and follow-up, and see the model’s prediction of its course.',
  ],
  steps: [
    {
      id: 'oih-workup',
      title: 'Case 1 — Mr A: worse on a higher dose',
      text: `Mr A, 56, has chronic low back pain. Over three months his morphine was raised step by step to 240 MME/day. His back pain is now worse than before he started, his hips and chest hurt, and his shirt is painful to wear. History: each increase helped for a day or two; he sleeps and walks less; his mood is low but he has no thoughts of self-harm; no alcohol or other drugs; he takes the tablets as prescribed. Examination: brushing the skin of his back and flanks hurts (allodynia); pinprick hurts more than normal beyond the original area; ten repeated pinpricks build to a burning pain (exaggerated temporal summation); no new weakness, numbness or other red flags; withdrawal score (COWS) 1 just before a dose. Checks: the prescription-monitoring record (PDMP) shows one prescriber and one pharmacy; the urine drug test shows morphine only. In the model he is kept at 240 MME/day from the start, a simplification of his three months of increases, and set more susceptible to OIH than average. The test: a supervised, slow dose reduction agreed with him, watching whether pain and allodynia ease over the following weeks. Side A shows the model’s prediction; side B continues 240 MME/day.`,
      setup: {
        preset: 'oih-maintained',
        compare: { preset: 'oih-maintained' },
        tDays: W12,
        chart: 'time-course',
        highlight: null,
      },
      task: {
        kind: 'edit',
        edit: 'taper.start',
        prompt:
          'Start the supervised reduction: Dosing → Taper, 10 % of the dose each week from week 12. Then play on to week 24.',
      },
      explain: `The model predicts pain holding about level for the first weeks (the relief lost with each cut made up by sensitization fading, with mild withdrawal), then, by week 24, pain well below continuing and less allodynia. A reduction that eases pain and allodynia over weeks supports OIH; one that leaves the pain where it was points elsewhere. In people the change is usually gentler: pain stayed the same or improved in most studies of dose reduction (Frank 2017). The simulation will also show you what a higher dose would do — but raising the dose is not a test to do to a patient. ${safety('taper-risk')} ${safety('loss-of-tolerance')}`,
      safety: ['taper-risk', 'loss-of-tolerance'],
      claims: [
        versusB(
          'pain',
          '>',
          W12 + 14,
          'pain about level for the first weeks (within half a point of carrying on at week 14)',
          { window: 'week', plus: -0.5, after: [taper(W12)] },
        ),
        versusB('pain', '<', W24, 'by week 24 pain is below continuing', {
          window: 'week',
          after: [taper(W12)],
        }),
        versusB('allodynia', '<', W24, 'by week 24 there is less allodynia than continuing', {
          after: [taper(W12)],
        }),
      ],
      question: {
        prompt: 'What is the most likely diagnosis?',
        options: [
          {
            id: 'fibro',
            text: 'A new central pain syndrome such as fibromyalgia',
            correct: false,
            feedback:
              'Widespread pain with allodynia can be fibromyalgia, and it belongs in the differential. Here it arose with the dose increases, and what settles it is how the pain answers the reduction.',
          },
          {
            id: 'tol',
            text: 'Tolerance',
            correct: false,
            feedback:
              'Tolerance lessens relief; it does not make pain worse than before the opioid, spread it to hips and chest, or make a shirt hurt.',
          },
          {
            id: 'oih',
            text: 'Opioid-induced hyperalgesia',
            correct: true,
            feedback:
              'As a diagnosis of exclusion: worse, spreading pain with allodynia and temporal summation on a steady high dose, no red flags, no withdrawal between doses, nothing to suggest opioid use disorder, and pain that eases as the dose comes down.',
          },
          {
            id: 'prog',
            text: 'Disease progression, such as a new disc prolapse',
            correct: false,
            feedback:
              'Always consider it, but a disc or a root would hurt in its own territory with a neurological sign; his pain spread to the hips and chest with no red flags and no new deficit.',
          },
          {
            id: 'wd',
            text: 'Withdrawal between doses',
            correct: false,
            feedback:
              'His withdrawal score before a dose is 1, and the pain does not rise and fall with the dosing times.',
          },
        ],
      },
    },
    {
      id: 'oih-plan',
      title: 'Case 1 — plan for Mr A',
      text: 'Choose a plan. Side A shows the model’s prediction for your choice; side B continues 240 MME/day.',
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
            text: 'Raise the dose by 50 % and review him in four weeks',
            correct: false,
            feedback: `The model predicts a brief dip, then more allodynia and no lasting relief compared with carrying on. ${safety('overdose-dose')}`,
            safety: ['overdose-dose'],
            setup: course('oih-maintained', [change(W12, 50)], W12),
            claims: [
              versusB('allodynia', '>', W20, 'more allodynia than carrying on'),
              versusB('pain', '>', W20, 'no lasting relief compared with carrying on', { window: 'week' }),
            ],
          },
          {
            id: 'taper',
            text: 'Agree a slow taper, add physical therapy, give naloxone and arrange follow-up every few weeks',
            correct: true,
            feedback: `The model predicts pain about level for the first weeks, then well below carrying on, with fading allodynia. ${safety('taper-risk')} ${safety('loss-of-tolerance')}`,
            safety: ['taper-risk', 'loss-of-tolerance'],
            setup: course('oih-maintained', [taper(W12), add('exercise', W12)], W12),
            claims: [
              versusB('pain', '<', W24, 'pain below carrying on by week 24', { window: 'week' }),
              versusB('allodynia', '<', W24, 'allodynia fades compared with carrying on'),
            ],
          },
          {
            id: 'ketamine',
            text: 'Keep the dose as it is and add a course of low-dose ketamine to calm the nervous system down',
            correct: false,
            feedback: `The model predicts some relief, but the cause stays: his pain remains above where it was before the opioid. ${safety('ketamine')}`,
            safety: ['ketamine'],
            setup: course('oih-maintained', [add('ketamine', W12)], W12),
            claims: [
              versusB('pain', '<', W14, 'some relief with ketamine'),
              order('pain', { day: W16, window: 'week' }, '>', 6, 'but pain remains above 6/10'),
            ],
          },
          {
            id: 'buprenorphine',
            text: 'Switch to buprenorphine, started by an experienced clinician, with naloxone and weekly follow-up',
            correct: true,
            feedback: `Reasonable in experienced hands. The model predicts a large fall in pain — from an antihyperalgesic effect whose size it assumes, probably generously: buprenorphine-maintained patients were hyperalgesic too (Compton 2001). ${safety('rotation')} ${safety('buprenorphine-start')}`,
            safety: ['rotation', 'buprenorphine-start'],
            setup: course('oih-maintained', [rotate(W12, 'buprenorphine')], W12),
            claims: [versusB('pain', '<', W16, 'a large fall in pain on buprenorphine')],
          },
          {
            id: 'stop',
            text: 'Stop the morphine today: it is the cause',
            correct: false,
            feedback: `The model predicts withdrawal peaking within days and pain above carrying on for about two weeks. ${safety('taper-risk')} ${safety('loss-of-tolerance')}`,
            safety: ['taper-risk', 'loss-of-tolerance'],
            setup: course('oih-maintained', [stop(W12)], W12),
            claims: [
              order('withdrawal', { day: W12 + 3 }, '>', 0.3, 'withdrawal peaks within days'),
              versusB('pain', '>', W12 + 3, 'pain above carrying on in the first days'),
            ],
          },
        ],
      },
    },
    {
      id: 'tolerance-workup',
      title: 'Case 2 — Ms B: relief wears off',
      text: 'Ms B, 44, has osteoarthritis of the right hip and takes 180 MME/day, raised gradually over the last year. Lately the relief wears off before each next dose. History: the pain is in the same hip, with the same aching quality; nothing else hurts; she walks less but sleeps well; mood is fine; no other substances; no early refills. Examination: the hip hurts on movement; light touch and pinprick feel normal; no temporal summation; mild yawning and sweating before the next dose (COWS 2). Checks: the PDMP record shows one prescriber; the urine drug test shows only what she is prescribed. In the model she is not susceptible to OIH: tolerance builds, but the OIH mechanisms never start.',
      setup: {
        scenario: MS_B,
        compare: null,
        tDays: W12,
        chart: 'time-course',
        highlight: null,
      },
      task: {
        kind: 'chart',
        chart: 'body-map',
        prompt: 'Examine her in the model: open the Body map and look for allodynia and spread.',
      },
      explain:
        'Pain stays at the original site in the model; no region is allodynic. Whatever the diagnosis, 180 MME/day carries a high overdose risk.',
      claims: [
        order('painArea', { day: W12 }, '<', 0.13, 'pain stays at the original site'),
        order('allodynia', { day: W12 }, '<', 0.02, 'no allodynia'),
      ],
      question: {
        prompt: 'What is the most likely diagnosis?',
        options: [
          {
            id: 'tol',
            text: 'Tolerance, with wearing-off before each dose',
            correct: true,
            feedback:
              'Less relief from the same dose, same site and quality, no allodynia — and mild end-of-dose withdrawal.',
          },
          {
            id: 'oih',
            text: 'OIH',
            correct: false,
            feedback:
              'OIH would bring spread, allodynia or exaggerated temporal summation, and pain above its level before the opioid; she has none of these.',
          },
          {
            id: 'oud',
            text: 'Opioid use disorder',
            correct: false,
            feedback:
              'Nothing suggests it: no early refills, one prescriber, an expected urine test. It is still worth asking about, without accusing.',
          },
          {
            id: 'prog',
            text: 'Worsening osteoarthritis of the hip',
            correct: false,
            feedback:
              'Possible in time, but her pain has not grown — only the relief shortens before each dose. An X-ray is not needed to explain that.',
          },
        ],
      },
    },
    {
      id: 'tolerance-plan',
      title: 'Case 2 — plan for Ms B',
      text: 'Choose a plan. Side A shows the model’s prediction; side B continues 180 MME/day.',
      setup: {
        scenario: MS_B,
        compare: { scenario: MS_B },
        tDays: W12,
      },
      question: {
        prompt: 'Plan?',
        options: [
          {
            id: 'raise',
            text: 'Raise the dose by 25 % to overcome the tolerance',
            correct: false,
            feedback: `The model predicts a little less pain — tolerance can be overcome for a while — but the gain is small for the added risk. ${safety('overdose-dose')}`,
            safety: ['overdose-dose'],
            setup: course(MS_B, [change(W12, 25)], W12),
            claims: [versusB('pain', '<', W16, 'a little less pain on the higher dose')],
          },
          {
            id: 'hold',
            text: 'Hold the dose, add exercise therapy and CBT, give naloxone, offer a slow taper if she agrees, and review in a month',
            correct: true,
            feedback: `The model predicts slightly less pain with the therapies at the same dose. At 180 MME/day a slow, voluntary taper is worth offering for safety — her choice, at her pace. ${safety('naloxone')} ${safety('taper-risk')}`,
            safety: ['naloxone', 'taper-risk'],
            setup: course(MS_B, [add('exercise', W12), add('cbt', W12)], W12),
            claims: [versusB('pain', '<', W16, 'slightly less pain with the therapies')],
          },
          {
            id: 'methadone',
            text: 'Switch to methadone, taking a third off the MME total as the conversion, and keep her usual review',
            correct: false,
            feedback: `A switch is not an MME sum, and methadone is a poor first choice here. The model shows incomplete cross-tolerance — pain barely higher on fewer MME — but its 33 % is a teaching device. ${safety('rotation')} ${safety('methadone')}`,
            safety: ['rotation', 'methadone'],
            setup: course(MS_B, [rotate(W12, 'methadone')], W12),
            claims: [
              order('pain', { day: W16 }, '<', 3.5, 'pain barely higher on fewer MME'),
              versusB('dose', '<', W16, 'on fewer MME'),
            ],
          },
          {
            id: 'cut',
            text: 'Cut the dose by 30 % this week, because it must be OIH',
            correct: false,
            feedback: `Without OIH a cut simply loses relief — the model predicts pain rising — and a 30 % cut at once is a fast taper. ${safety('taper-risk')}`,
            safety: ['taper-risk'],
            setup: course(MS_B, [change(W12, -30)], W12),
            claims: [versusB('pain', '>', W16, 'pain rises after the cut')],
          },
        ],
      },
    },
    {
      id: 'progression-workup',
      title: 'Case 3 — Mr C: the disease has grown',
      text: 'Mr C, 67, has prostate cancer with bone metastases and takes 180 MME/day. Over two weeks his right hip pain has become severe, worse at night and on standing. History: the same hip, the same deep ache, only stronger; he has lost weight; he is low but engaged; no other substances. Examination: marked tenderness over the right hip; strength, reflexes and sensation in the legs are normal; no allodynia; no withdrawal signs. Checks: a scan shows a growing metastasis in the hip. In the model his disease pain is raised from 6 to 9 out of 10, and he is not susceptible to OIH: he has tolerance without OIH.',
      setup: {
        scenario: MR_C,
        compare: null,
        tDays: W12,
        chart: 'time-course',
        highlight: null,
      },
      task: {
        kind: 'chart',
        chart: 'body-map',
        prompt: 'Examine him in the model: open the Body map and look for allodynia and spread.',
      },
      explain: 'The pain is at the diseased site only; no spread, no allodynia.',
      claims: [
        order('painArea', { day: W12 }, '<', 0.13, 'no spread'),
        order('allodynia', { day: W12 }, '<', 0.02, 'no allodynia'),
      ],
      question: {
        prompt: 'What is the most likely diagnosis?',
        options: [
          {
            id: 'oih',
            text: 'OIH',
            correct: false,
            feedback:
              'OIH would spread beyond the hip and bring allodynia; his pain is local and the scan explains it.',
          },
          {
            id: 'root',
            text: 'Nerve-root pain from a spinal metastasis',
            correct: false,
            feedback:
              'Worth checking in anyone with bone metastases, but root pain shoots along a dermatome with neurological signs; his is a deep local ache with normal neurology.',
          },
          {
            id: 'prog',
            text: 'Disease progression',
            correct: true,
            feedback: 'More disease pain at the same site, explained by the scan.',
          },
          {
            id: 'wd',
            text: 'Withdrawal between doses',
            correct: false,
            feedback:
              'His dose is steady, he has no withdrawal signs, and the pain does not follow the dosing times.',
          },
        ],
      },
    },
    {
      id: 'progression-plan',
      title: 'Case 3 — plan for Mr C',
      text: 'Choose a plan. The model can change only the opioid and the add-on treatments; radiotherapy itself is outside it. Side B continues 180 MME/day.',
      setup: {
        scenario: MR_C,
        compare: { scenario: MR_C },
        tDays: W12,
      },
      question: {
        prompt: 'Plan?',
        options: [
          {
            id: 'treat',
            text: 'Refer for radiotherapy and raise the opioid under close review, with naloxone and follow-up',
            correct: true,
            feedback: `Treat the cause — radiotherapy often relieves bone pain — and adjust analgesia in the meantime. He has tolerance, not OIH, and the model predicts less pain on the higher dose. ${safety('overdose-dose')}`,
            safety: ['overdose-dose'],
            setup: course(MR_C, [change(W12, 30)], W12),
            claims: [versusB('pain', '<', W14, 'less pain on the higher dose')],
          },
          {
            id: 'taper',
            text: 'Start a slow taper in case this is OIH, and see him again in two weeks',
            correct: false,
            feedback: `He has no OIH; the model predicts his pain rising as the dose falls, with the tumour untreated. ${safety('taper-risk')} ${safety('loss-of-tolerance')}`,
            safety: ['taper-risk', 'loss-of-tolerance'],
            setup: course(MR_C, [taper(W12)], W12),
            claims: [versusB('pain', '>', W16, 'pain rises as the dose falls')],
          },
          {
            id: 'nsaid',
            text: 'Add an NSAID for the bone pain, keep the opioid dose unchanged, and wait to see how he settles',
            correct: false,
            feedback:
              'An NSAID can help bone pain, and the model predicts some relief, but this leaves the growing metastasis untreated and his severe pain under-treated.',
            setup: course(MR_C, [add('nsaid', W12)], W12),
            claims: [versusB('pain', '<', W14, 'some relief with an NSAID')],
          },
        ],
      },
    },
    {
      id: 'withdrawal-workup',
      title: 'Case 4 — Ms D: stopped on her own',
      text: `Ms D, 50, took 240 MME/day for 12 weeks after spine surgery. Her prescriber retired, she could not get a new prescription, and she stopped three days ago. History: she sweats, yawns, has diarrhoea and goosebumps; her pain is 10/10, worst at the surgical scar; she is frightened and wants to “get off opioids”; no other drugs. Examination: dilated pupils, runny nose, restless; withdrawal score (COWS) 14, moderate; no allodynia beyond the scar. Checks: the PDMP record shows one prescriber and her last supply five weeks ago; the urine drug test shows morphine only. In the model she is set more susceptible to OIH than average and has OIH from her weeks on 240 MME/day. ${safety('taper-risk')} ${safety('loss-of-tolerance')}`,
      safety: ['taper-risk', 'loss-of-tolerance'],
      setup: { preset: 'abrupt-stop', compare: null, tDays: 80, chart: 'mechanisms', highlight: null },
      task: {
        kind: 'scrub-to',
        day: 87,
        withinDays: 1,
        prompt: 'Drag the time slider to three days after the stop (day 87) and find the withdrawal line.',
      },
      explain:
        'Withdrawal peaked in the first days after the stop; the model predicts it falls to a low level within about two weeks.',
      claims: [
        order('withdrawal', { day: 87 }, '>', 0.3, 'withdrawal peaks in the first days after the stop'),
        order('withdrawal', { day: W14 }, '<', 0.1, 'and falls to a low level within about two weeks'),
      ],
      question: {
        prompt: 'What is the most likely diagnosis?',
        options: [
          {
            id: 'wd',
            text: 'Opioid withdrawal, on top of OIH',
            correct: true,
            feedback: 'An abrupt stop after weeks of a high dose, with OIH from before.',
          },
          {
            id: 'prog',
            text: 'A complication at the surgical site',
            correct: false,
            feedback:
              'Check the wound, but the timing follows the stop, and sweating, yawning, diarrhoea and dilated pupils are withdrawal.',
          },
          {
            id: 'oud',
            text: 'Opioid use disorder',
            correct: false,
            feedback:
              'Stopping because the supply ran out is not a use disorder; the PDMP record and urine test fit her story. Ask, without accusing, and screen if there are signs.',
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
      text: `Choose a plan. Side A shows the model’s prediction; side B is her course with no opioid and no other help. ${safety('loss-of-tolerance')} ${safety('taper-risk')}`,
      safety: ['loss-of-tolerance', 'taper-risk'],
      setup: { preset: 'abrupt-stop', compare: { preset: 'abrupt-stop' }, tDays: 87 },
      question: {
        prompt: 'Plan?',
        options: [
          {
            id: 'restart-full',
            text: 'Restart her old 240 MME/day so the withdrawal stops at once',
            correct: false,
            feedback: `The model predicts the withdrawal settling but the OIH returning, with pain climbing back up — and in a real patient, the old dose after days off can stop her breathing. ${safety('loss-of-tolerance')} ${safety('taper-risk')}`,
            safety: ['loss-of-tolerance', 'taper-risk'],
            setup: course('abrupt-stop', [restart(87, 240)], 87),
            claims: [
              versusB('withdrawal', '<', 91, 'withdrawal settles on the old dose'),
              versusB('pain', '>', W24, 'pain climbs back up as the OIH returns'),
            ],
          },
          {
            id: 'support',
            text: 'Treat the withdrawal symptoms, add an NSAID and graded exercise, give naloxone, and see her within days',
            correct: true,
            feedback: `The model predicts withdrawal settling within about two weeks (a median of 14 days in patients, Rieb 2016) and pain then falling below its level before the stop as the OIH fades. Her tolerance is falling, so naloxone matters. ${safety('loss-of-tolerance')} ${safety('taper-risk')}`,
            safety: ['loss-of-tolerance', 'taper-risk'],
            setup: course('abrupt-stop', [add('nsaid', 87), add('exercise', 87)], 87),
            claims: [
              order('withdrawal', { day: 101 }, '<', 0.1, 'withdrawal settles within about two weeks'),
              order('pain', { day: 200 }, '<', { day: W12 }, 'pain falls below its level before the stop'),
            ],
          },
          {
            id: 'low-restart',
            text: 'Restart at a quarter of her old dose, supervised, and taper slowly, with naloxone and follow-up',
            correct: true,
            feedback: `Also reasonable if her withdrawal is severe or she prefers it: the model predicts withdrawal easing within days and pain falling as the dose comes down. ${safety('loss-of-tolerance')} ${safety('taper-risk')}`,
            safety: ['loss-of-tolerance', 'taper-risk'],
            setup: course('abrupt-stop', [restart(87, 60), taper(87)], 87),
            claims: [
              versusB('withdrawal', '<', 91, 'withdrawal eases within days'),
              order('pain', { day: 200 }, '<', { day: 88 }, 'pain falls as the dose comes down'),
            ],
          },
        ],
      },
    },
    {
      id: 'mixed-workup',
      title: 'Case 5 — Mr E: each increase helps for a day',
      text: `Mr E, 39, hurt his back at work two months ago. He started on 60 MME/day; it was raised every two weeks to 240. Each increase helped for a day or two, then the pain was worse than before, and now it hurts beyond his back too. He asks for more. History: poor sleep, off work, anxious; he asked for one early refill; little alcohol; no other drugs reported. Examination: allodynia over the back; pinprick hurts more well away from the injury; exaggerated temporal summation; COWS 3 before the morning dose. Checks: the PDMP record shows prescriptions from two clinicians last month; the urine drug test shows morphine only. In the model he is set more susceptible to OIH than average. ${safety('oud-check')} ${safety('overdose-dose')}`,
      safety: ['oud-check', 'overdose-dose'],
      setup: { preset: 'oih-escalation', compare: null, tDays: W8, chart: 'time-course', highlight: null },
      task: { kind: 'chart', chart: 'body-map', prompt: 'Examine him in the model: open the Body map.' },
      explain:
        'In the model his painful area has spread well beyond his back, with allodynia, after each rise in dose — tolerance being overcome for a day, sensitization growing faster.',
      claims: [
        order('painArea', { day: W8 }, '>', { day: 7 }, 'the painful area has spread beyond his back'),
        order('allodynia', { day: W8 }, '>', 0.3, 'with allodynia'),
        order('pain', { day: 29 }, '<', { day: 28 }, 'each increase helps for a day'),
        order('pain', { day: 41 }, '>', { day: 28 }, 'then pain is worse than before the increase'),
      ],
      question: {
        prompt: 'Two prescribers and an early refill request: what comes next?',
        options: [
          {
            id: 'ignore',
            text: 'Nothing more: OIH explains the whole picture',
            correct: false,
            feedback:
              'OIH may be part of it, but two prescribers and an early refill call for an assessment for opioid use disorder before anything else is decided.',
          },
          {
            id: 'assess',
            text: 'A calm, structured assessment for opioid use disorder',
            correct: true,
            feedback:
              'Ask openly and without blame, review the PDMP and urine test with him, and if he has opioid use disorder, offer medication for it.',
          },
          {
            id: 'discharge',
            text: 'End the prescribing relationship at once: he is misusing his tablets',
            correct: false,
            feedback:
              'Abandoning him removes care when risk is highest; FDA and HHS warn against sudden discontinuation. Assess, then treat.',
          },
          {
            id: 'raise',
            text: 'Raise the dose again so that he no longer looks elsewhere for more',
            correct: false,
            feedback: `More drug feeds the OIH, and a higher dose in someone who may have opioid use disorder is dangerous. ${safety('overdose-dose')}`,
            safety: ['overdose-dose'],
          },
        ],
      },
    },
    {
      id: 'mixed-plan',
      title: 'Case 5 — plan for Mr E',
      text: `The assessment finds no opioid use disorder but a mixed picture of tolerance and OIH. Here the test and the treatment are the same: a supervised reduction or switch, watched over weeks. Choose a plan. Side A shows the model’s prediction; side B continues 240 MME/day. His rapid increases raised his overdose risk as well: ${safety('overdose-dose')}`,
      safety: ['overdose-dose'],
      setup: { preset: 'oih-escalation', compare: { preset: 'oih-escalation' }, tDays: W8 },
      question: {
        prompt: 'Plan?',
        options: [
          {
            id: 'escalate',
            text: 'Keep escalating: each increase brings him a day of relief',
            correct: false,
            feedback: `The model predicts more allodynia than carrying on and no lasting relief. ${safety('overdose-dose')}`,
            safety: ['overdose-dose'],
            setup: course('oih-escalation', [change(W8, 50)], W8),
            claims: [
              versusB('allodynia', '>', W12, 'more allodynia than carrying on'),
              versusB('pain', '>', W12, 'no lasting relief compared with carrying on', { window: 'week' }),
            ],
          },
          {
            id: 'taper',
            text: 'Agree a slow taper with physical therapy and CBT, naloxone, and follow-up within a week',
            correct: true,
            feedback: `The model predicts pain below carrying on within weeks, falling further as the dose comes down. ${safety('taper-risk')} ${safety('loss-of-tolerance')}`,
            safety: ['taper-risk', 'loss-of-tolerance'],
            setup: course('oih-escalation', [taper(W8), add('exercise', W8), add('cbt', W8)], W8),
            claims: [
              versusB('pain', '<', W12, 'pain below carrying on within weeks'),
              order('pain', { day: W24 }, '<', { day: W12 }, 'falling further as the dose comes down'),
            ],
          },
          {
            id: 'buprenorphine',
            text: 'Switch to buprenorphine with an experienced clinician, add physical therapy, naloxone and weekly follow-up',
            correct: true,
            feedback: `Also reasonable. The model predicts a large fall in pain, from an antihyperalgesic effect whose size it assumes. ${safety('rotation')} ${safety('buprenorphine-start')}`,
            safety: ['rotation', 'buprenorphine-start'],
            setup: course('oih-escalation', [rotate(W8, 'buprenorphine'), add('exercise', W8)], W8),
            claims: [versusB('pain', '<', W12, 'a large fall in pain on buprenorphine')],
          },
          {
            id: 'pregabalin',
            text: 'Add pregabalin for the new, spreading pain and keep the dose',
            correct: false,
            feedback: `The model predicts some relief, but the OIH is left to grow, and at 240 MME/day the combination is dangerous. ${safety('sedatives')}`,
            safety: ['sedatives'],
            setup: course('oih-escalation', [add('gabapentinoid', W8)], W8),
            claims: [versusB('pain', '<', W12, 'some relief with pregabalin')],
          },
        ],
      },
    },
    {
      id: 'moderate-workup',
      title: 'Case 6 — Ms F: a moderate dose',
      text: 'Ms F, 48, started morphine for low back pain a month ago and now takes 78 MME/day. The relief is a little smaller than in the first week. She read about “the opioid paradox” and asks whether she has it. History: the pain is in the same place; she walks more than before; sleep and mood are fine; no other substances. Examination: no allodynia, pinprick normal, no temporal summation, no withdrawal signs. Checks: the PDMP record shows one prescriber.',
      setup: {
        preset: 'chu-2012-moderate-dose',
        edits: LONGER,
        compare: null,
        tDays: 28,
        chart: 'time-course',
        highlight: null,
      },
      task: {
        kind: 'chart',
        chart: 'body-map',
        prompt: 'Open the Body map and look for allodynia and spread.',
      },
      explain:
        'The model predicts tolerance without OIH at this dose and duration: the tolerance factor has grown, but there is no spread, no allodynia, and the pain threshold is at its baseline — as in a randomised trial of a month of morphine at this dose (Chu 2012).',
      claims: [
        order('toleranceFold', { day: 28 }, '>', { day: 2 }, 'the tolerance factor has grown'),
        order('allodynia', { day: 28 }, '<', 0.1, 'no allodynia'),
        order('painArea', { day: 28 }, '<', 0.13, 'no spread'),
        order('threshold', { day: 28 }, '>', 0.95, 'the pain threshold is at its baseline'),
      ],
      question: {
        prompt: 'What is the most likely diagnosis?',
        options: [
          {
            id: 'oih',
            text: 'OIH, because every opioid eventually causes it',
            correct: false,
            feedback: 'At a moderate dose for a month, the trial found tolerance but no OIH (Chu 2012).',
          },
          {
            id: 'oud',
            text: 'Early opioid use disorder',
            correct: false,
            feedback: 'Nothing in her history or records suggests it; she is functioning better, not worse.',
          },
          {
            id: 'tol',
            text: 'Some tolerance, no OIH',
            correct: true,
            feedback: 'OIH depends on dose, duration and the person; here there is none.',
          },
          {
            id: 'wd',
            text: 'Withdrawal between doses',
            correct: false,
            feedback: 'Her dose is steady and she has no withdrawal signs.',
          },
        ],
      },
    },
    {
      id: 'moderate-plan',
      title: 'Case 6 — plan for Ms F',
      text: 'Choose a plan. Side A shows the model’s prediction; side B continues 78 MME/day.',
      setup: {
        preset: 'chu-2012-moderate-dose',
        edits: LONGER,
        compare: { preset: 'chu-2012-moderate-dose', edits: LONGER },
        tDays: 28,
      },
      question: {
        prompt: 'Plan?',
        options: [
          {
            id: 'reassess',
            text: 'Explain tolerance and OIH, add exercise therapy, give naloxone, and review her regularly',
            correct: true,
            feedback: `Education makes her a partner, and the model predicts a little less pain with exercise at the same dose. ${safety('naloxone')}`,
            safety: ['naloxone'],
            setup: course('chu-2012-moderate-dose', [add('exercise', 28)], 28, LONGER),
            claims: [versusB('pain', '<', W8, 'a little less pain with exercise')],
          },
          {
            id: 'double',
            text: 'Double the dose to bring back the first week’s relief',
            correct: false,
            feedback: `In the model her pain spreads and allodynia begins within weeks on the doubled dose: this virtual patient crossed the model’s drive threshold for OIH — a modelling assumption, not a dose known to apply to people. ${safety('overdose-dose')}`,
            safety: ['overdose-dose'],
            setup: course('chu-2012-moderate-dose', [change(28, 100)], 28, LONGER, 'body-map'),
            claims: [
              versusB('allodynia', '>', W8, 'allodynia begins within weeks on the doubled dose'),
              versusB('painArea', '>', W8, 'pain spreads on the doubled dose'),
            ],
          },
          {
            id: 'stop',
            text: 'Stop the morphine this week, before OIH can start',
            correct: false,
            feedback: `She has no OIH and is doing better on it; the model predicts withdrawal and more pain within days. If she wants to come off, a gradual taper is the way. ${safety('taper-risk')} ${safety('loss-of-tolerance')}`,
            safety: ['taper-risk', 'loss-of-tolerance'],
            setup: course('chu-2012-moderate-dose', [stop(28)], 28, LONGER),
            claims: [
              versusB('withdrawal', '>', 31, 'withdrawal within days'),
              versusB('pain', '>', 31, 'more pain within days'),
            ],
          },
        ],
      },
    },
    {
      id: 'debrief',
      title: 'Debrief — Ms F among 200 patients like her',
      text: 'Each case was one virtual patient, and a real patient is one of many who differ. Here Ms F is followed for 12 weeks on 78 MME/day. The model can draw 200 patients like her — the same dose and the same disease, each with their own susceptibility to OIH and their own speed of clearing morphine — and show where she sits among them.',
      setup: {
        preset: 'chu-2012-moderate-dose',
        edits: LONGER,
        compare: null,
        tDays: W12,
        chart: 'time-course',
        highlight: null,
      },
      cohort: LESSON_COHORT,
      task: {
        kind: 'cohort',
        prompt: 'Open the 200 patients like her and find her line (thick dashed) on the fan at week 12.',
      },
      explain:
        'At week 12 her pain is above that of about half of them: a typical patient, in the middle of the fan. About two in three patients like her have tolerance only, with no sign of OIH, and a few have more pain than without the opioid — on the same dose, only because they differ in susceptibility and in how fast they clear morphine. No test tells in advance who will be among the few, so her plan keeps regular review.',
      claims: [
        cohortShare('below-this-patient', 'about half', 'her pain is above that of about half of them', W12),
        cohortShare(
          'tolerance-only',
          'about two in three',
          'About two in three patients like her have tolerance only',
          W12,
        ),
        cohortShare('worse', 'a few', 'a few have more pain than without the opioid', W12),
        cohortShare('tolerance-only', 'most', 'most patients like her have no OIH', W12),
      ],
      question: {
        prompt: 'What does the cohort add to Ms F’s care?',
        options: [
          {
            id: 'never',
            text: 'Nothing: she has no OIH now, so she never will.',
            correct: false,
            feedback:
              'A few patients like her are worse off than without the opioid by week 12. Her course can change with time and dose, which is why she is reviewed.',
          },
          {
            id: 'review',
            text: 'A reason to keep reviewing her: most patients like her have no OIH, but some do.',
            correct: true,
            feedback:
              'OIH depends on dose, duration and the person. Regular review of pain, function, spread and allodynia finds it if it comes.',
          },
          {
            id: 'measure',
            text: 'A reason to measure her susceptibility, as the model does.',
            correct: false,
            feedback:
              'Susceptibility is the model’s teaching device. No clinical measure of it exists: quantitative sensory testing is a research tool without clinical cut-offs.',
          },
        ],
      },
    },
  ],
  summary: [
    'OIH is a diagnosis of exclusion: worse and spreading pain, allodynia and temporal summation on a steady or rising dose — after progression, withdrawal, opioid use disorder, neuropathic or central pain and distress are considered.',
    'The test is a supervised reduction or switch, watched over weeks; a dose increase is not a test to do to a patient.',
    'Check the PDMP record and a urine test, screen for opioid use disorder without blame, and offer medication for it when present.',
    'Every plan at these doses includes naloxone and follow-up; tapers are slow and agreed, switches start well below the MME sum, and an old dose is never simply restarted.',
    'Each case is one patient among many who differ: on the same dose most have no OIH and some do, so every patient is reviewed.',
  ],
  referenceIds: [
    'seed',
    'cdc-2022',
    'cdc-2016',
    'agnoli-2021',
    'fda-2019-taper',
    'hhs-2019',
    'chu-2012',
    'frank-2017',
    'rieb-2016',
    'compton-2001',
    'koppert-2005',
    'robinson-2002',
    'chou-2014',
    'cohen-2018',
    'fda-2019-gabapentinoids',
    'gomes-2017',
    'higgins-2019',
  ],
};
