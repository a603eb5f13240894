import type { Lesson } from '../types';
import { order, versusB } from '../claims';
import { W12 } from '../weeks';
import { switchOff } from '../edits';
import { choices } from '../choices';

const RVM_OFF = switchOff('rvm');

/** Lesson 3: descending facilitation from the RVM (the review's second mechanism). */
export const rvmLesson: Lesson = {
  id: 'rvm',
  title: 'Descending facilitation from the RVM',
  minutes: 7,
  dosing: true,
  objectives: [
    'Locate the rostral ventromedial medulla (RVM) and its ON and OFF cells.',
    'Explain how opioids switch brainstem control from inhibiting to facilitating spinal pain signals.',
    'Interpret the rat experiments in which blocking the RVM removed both OIH and apparent tolerance.',
  ],
  steps: [
    {
      id: 'pathway',
      title: 'Descending pain facilitation',
      text: 'The brainstem does not only receive pain signals: it also sends signals down that set how strongly the spinal cord passes them on. Opioids can activate descending pathways from one brainstem area specifically — the rostral ventromedial medulla, or RVM — that facilitate pain signals at the spinal cord level rather than inhibit them. The RVM’s OFF cells normally damp pain; its ON cells boost it. The patient is lesson 1’s model experiment: more susceptible to OIH than average, on 240 MME/day from the first day.',
      setup: { preset: 'oih-state', tDays: 0, chart: 'mechanisms', highlight: 'rvm', compare: null },
      mechanism: 'rvm',
      prediction: {
        prompt: 'On a steady dose, RVM facilitation will…',
        options: choices({
          keep: 'keep rising for as long as the dose is given',
          plateau: 'rise over one to two weeks, then level off',
          fall: 'rise in the first hours, then fall back',
        }),
        answerId: 'plateau',
      },
      task: {
        kind: 'play-to',
        day: 28,
        prompt: 'Play to week 4 (day 28) and follow the RVM line on the mechanisms chart.',
      },
      explain:
        'RVM facilitation rose over the first two weeks and then levelled off, well short of its maximum. In rats the facilitation appeared within about 3 days of continuous morphine, driven by cholecystokinin (CCK) released in the RVM. In the scene, ON cells now fire more than OFF cells.',
      claims: [
        order('rvm', { day: 14 }, '>', { day: 3 }, 'RVM facilitation rises over the first two weeks'),
        order('rvm', { day: 28 }, '<', 0.6, 'and levels off well short of its maximum'),
      ],
      question: {
        prompt: 'Where do the RVM’s descending signals act?',
        options: [
          {
            id: 'skin',
            text: 'On the nociceptor endings in the skin, where pain starts',
            correct: false,
            feedback: 'The RVM’s fibres run down the spinal cord and act there, not in the skin.',
          },
          {
            id: 'brain',
            text: 'Only on opioid receptors in the brain itself, not lower down',
            correct: false,
            feedback:
              'Its facilitating signals reach spinal pain neurons; that is why the pathway is called descending.',
          },
          {
            id: 'spinal',
            text: 'On pain transmission in the spinal cord (dorsal horn)',
            correct: true,
            feedback: 'The brainstem sends signals down to the spinal cord that make transmission easier.',
          },
        ],
      },
    },
    {
      id: 'continuous',
      experiment: { id: 'vanderah-2001', title: 'Hyperalgesia while the opioid is still being given' },
      title: 'OIH while the drug is still given',
      text: 'Rats received morphine continuously from a pellet. Is OIH only a withdrawal effect, or does it appear while the drug is still on board?',
      setup: { preset: 'vanderah-2001-continuous', tDays: 0, chart: 'time-course', highlight: 'rvm' },
      prediction: {
        prompt: 'On day 6 of continuous morphine, the rats’ pain threshold will be…',
        options: choices({
          above: 'above baseline: they are still on morphine',
          below: 'below baseline: hyperalgesia despite the morphine',
        }),
        answerId: 'below',
      },
      task: { kind: 'play-to', day: 6, prompt: 'Play to day 6.' },
      explain:
        'The threshold was above baseline on day 2 and below it from about day 3 on, while morphine was still being delivered — as Vanderah 2001 reported (tactile and thermal hypersensitivity during delivery, none with placebo).',
      claims: [
        order('threshold', { day: 2 }, '>', 1, 'above baseline on day 2'),
        order('threshold', { day: 4 }, '<', 1, 'below baseline by day 4 while morphine continues'),
      ],
      question: {
        prompt:
          'Blocking the RVM with lidocaine in those rats removed the hypersensitivity and also the rightward shift of the morphine dose–response. What does that say about tolerance?',
        options: [
          {
            id: 'masking',
            text: 'Part of what is measured as tolerance is OIH masking the drug’s effect.',
            correct: true,
            feedback: 'Remove the facilitation and the drug works again — some “tolerance” was hidden OIH.',
          },
          {
            id: 'numb',
            text: 'The lidocaine simply numbed the rats, so the test says nothing about tolerance.',
            correct: false,
            feedback:
              'The lidocaine was placed in the RVM and had no effect in placebo rats; it acted on the facilitation only.',
          },
          {
            id: 'same',
            text: 'Tolerance and OIH are one and the same process seen from two sides.',
            correct: false,
            feedback:
              'They overlap but differ: receptor desensitization remains when facilitation is blocked, and tolerance can exist without OIH (Chu 2012).',
          },
        ],
      },
    },
    {
      id: 'lesion',
      title: 'Switch off RVM facilitation',
      text: 'Side B is the OIH patient unchanged. In side A, set RVM facilitation to 0 — the model’s version of the RVM lesion — and compare pain at week 12.',
      setup: {
        preset: 'oih-state',
        compare: { preset: 'oih-state' },
        tDays: W12,
        chart: 'time-course',
        highlight: 'rvm',
      },
      prediction: {
        prompt: 'Without RVM facilitation, pain at week 12 will be…',
        options: choices({
          same: 'unchanged',
          lower: 'clearly lower, though not back to the first days',
          zero: 'zero',
        }),
        answerId: 'lower',
      },
      task: {
        kind: 'edit',
        edit: 'mechanism.set',
        mechanism: 'rvm',
        prompt: 'Set RVM facilitation to 0 in the mechanism controls.',
      },
      explain:
        'Pain at week 12 was clearly lower than the unchanged patient’s, though not back to the relief of the first days, and tolerance fell too, because in the model dynorphin needs descending facilitation to rise (a modelling choice based on the rat experiments). NMDA, glia and HCN2 still sensitize the patient, so some OIH remains.',
      claims: [
        versusB('pain', '<', W12, 'without the RVM, pain at week 12 is below the unchanged patient’s', {
          window: 'week',
          after: RVM_OFF,
        }),
        order('pain', { day: W12 }, '>', { side: 'b', day: 1 }, 'but not back to the first day’s relief', {
          after: RVM_OFF,
        }),
        versusB('toleranceFold', '<', W12, 'tolerance falls too', { after: RVM_OFF }),
        order('dynorphin', { day: W12 }, '<', 0.05, 'dynorphin does not rise without the RVM', {
          after: RVM_OFF,
        }),
      ],
      question: {
        prompt: 'Is an RVM block a treatment for patients?',
        options: [
          {
            id: 'standard',
            text: 'Yes: lidocaine injected into the brainstem is standard care',
            correct: false,
            feedback:
              'No such treatment exists for patients; turning off the “RVM on” switch in the app imitates the rat experiments.',
          },
          {
            id: 'experiment',
            text: 'No: it is an animal experiment that shows the mechanism',
            correct: true,
            feedback: 'Lidocaine in the RVM and spinal pathway lesions are laboratory tools, not therapies.',
          },
          {
            id: 'dose',
            text: 'Yes: a higher opioid dose quietens the RVM',
            correct: false,
            feedback:
              'The opposite: sustained opioid exposure is what switches the RVM towards facilitation.',
          },
        ],
      },
    },
  ],
  summary: [
    'Opioids activate descending pathways from the RVM that facilitate, rather than inhibit, spinal pain signals.',
    'In rats this appears within days while the drug is still given; CCK in the RVM drives it.',
    'Blocking the RVM removes OIH and part of the apparent tolerance — some “tolerance” is OIH in disguise.',
  ],
  referenceIds: ['seed', 'vanderah-2001', 'xie-2005', 'king-2005', 'chu-2012'],
};
