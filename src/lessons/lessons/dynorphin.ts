import type { Lesson } from '../types';
import { order, versusB } from '../claims';
import { W12 } from '../weeks';
import { switchOff } from '../edits';
import { choices } from '../choices';

const DYNORPHIN_OFF = switchOff('dynorphin');

/** Lesson 5: spinal dynorphin (the review's fourth mechanism, corrected: its pain-promoting action is largely non-opioid). */
export const dynorphinLesson: Lesson = {
  id: 'dynorphin',
  title: 'Spinal dynorphin',
  minutes: 6,
  dosing: true,
  objectives: [
    'Describe dynorphin as an endogenous opioid peptide whose usual target is the kappa receptor.',
    'Explain how high spinal dynorphin promotes pain — largely through non-opioid targets — and weakens opioid relief.',
    'Connect dynorphin to the finding that part of “tolerance” is OIH.',
  ],
  steps: [
    {
      id: 'rise',
      title: 'Spinal dynorphins rise with long-term opioids',
      text: 'Dynorphin is one of the body’s own (endogenous) opioid peptides; at ordinary levels it acts mainly on kappa-opioid receptors. Long-term opioid administration can increase its levels in the spinal cord, and at high levels dynorphin can paradoxically promote pain signaling. The review stops at kappa receptors, but the experiments go further: the pain-promoting action of spinal dynorphin is largely non-opioid. It survives naloxone, which blocks opioid receptors, yet not NMDA blockers (Vanderah 1996; Laughlin 1997), and it also acts on bradykinin receptors (Lai 2006). The patient is lesson 1’s model experiment: more susceptible to OIH than average, on 240 MME/day from day 0.',
      setup: { preset: 'oih-state', tDays: 0, chart: 'mechanisms', highlight: 'dynorphin', compare: null },
      mechanism: 'dynorphin',
      prediction: {
        prompt: 'Spinal dynorphin will reach most of its level…',
        options: choices({
          hours: 'within hours',
          weeks: 'over two to four weeks',
          never: 'only after the opioid stops',
        }),
        answerId: 'weeks',
      },
      task: { kind: 'play-to', day: 28, prompt: 'Play to week 4 (day 28).' },
      explain:
        'Dynorphin was low in week 1 and had risen far by week 4. In the model it needs both descending facilitation from the RVM and spinal NMDA activity to rise, so it comes after them — a modelling choice built on the rat experiments.',
      claims: [
        order('dynorphin', { day: 7 }, '<', 0.3, 'dynorphin is low in week 1'),
        order('dynorphin', { day: 28 }, '>', { day: 7 }, 'and has risen far by week 4'),
      ],
      question: {
        prompt: 'Dynorphin is an endogenous opioid. Why does more of it make pain worse?',
        options: [
          {
            id: 'naloxone',
            text: 'It blocks µ-opioid receptors the way naloxone does, so the drug has nothing to act on',
            correct: false,
            feedback:
              'Dynorphin does not work like naloxone; in rats, naloxone did not even stop dynorphin’s pain-promoting effect (Vanderah 1996).',
          },
          {
            id: 'non-opioid',
            text: 'At high levels it excites spinal pain neurons through non-opioid targets',
            correct: true,
            feedback:
              'Through NMDA and bradykinin receptors rather than opioid receptors. In rats, spinal dynorphin rose during opioid infusion and was needed for both the abnormal pain and part of the tolerance (Vanderah 2000).',
          },
          {
            id: 'never',
            text: 'It does not: more of the body’s own opioid can only ever mean less pain, never more',
            correct: false,
            feedback:
              'That is the paradox: at the high spinal levels reached during long-term opioids, dynorphin promotes pain.',
          },
        ],
      },
    },
    {
      id: 'scene',
      experiment: {
        id: 'dunbar-yaksh-1996',
        title: 'A week of spinal morphine shifts its dose–response 31-fold',
      },
      title: 'Where dynorphin acts',
      text: 'Dynorphin is released in the dorsal horn of the spinal cord, where the nociceptor hands its signal to the projection neuron.',
      setup: { preset: 'oih-state', tDays: 56, chart: 'mechanisms', highlight: 'dynorphin' },
      task: {
        kind: 'select',
        region: 'dynorphin',
        prompt: 'Select the dynorphin region in the pathway scene.',
      },
      explain:
        'The mechanism card gives the evidence: in rats, an antiserum that neutralizes dynorphin, given intrathecally (into the spinal fluid), blocked the allodynia, reversed the thermal hyperalgesia and restored the potency of spinal morphine (Vanderah 2000).',
      question: {
        prompt: 'After neutralizing spinal dynorphin, morphine worked better again. What does that show?',
        options: [
          {
            id: 'masking',
            text: 'Part of the measured tolerance was caused by dynorphin-driven OIH',
            correct: true,
            feedback: 'The receptors had not lost all their effect; rising pain signalling was masking it.',
          },
          {
            id: 'painkiller',
            text: 'The antibodies against dynorphin are themselves a strong painkiller',
            correct: false,
            feedback:
              'In saline-infused rats the antiserum had no effect. It only worked where dynorphin was raised.',
          },
          {
            id: 'tolerance-only',
            text: 'Dynorphin causes tolerance only and leaves pain sensitivity untouched',
            correct: false,
            feedback: 'Neutralizing it also blocked the allodynia and hyperalgesia, so it does affect pain.',
          },
        ],
      },
    },
    {
      id: 'antiserum',
      title: 'Remove dynorphin',
      text: 'Side B is the OIH patient unchanged. Set dynorphin to 0 in side A and compare. The model reports tolerance as a tolerance factor: how many times more drug the same relief needs.',
      setup: {
        preset: 'oih-state',
        compare: { preset: 'oih-state' },
        tDays: W12,
        chart: 'time-course',
        highlight: 'dynorphin',
      },
      prediction: {
        prompt:
          'Without dynorphin, the patient’s tolerance (how much more drug the same relief needs) will be…',
        options: choices({
          same: 'unchanged: tolerance is a receptor effect',
          lower: 'lower, and pain lower too',
        }),
        answerId: 'lower',
      },
      task: { kind: 'edit', edit: 'mechanism.set', mechanism: 'dynorphin', prompt: 'Set dynorphin to 0.' },
      explain:
        'At week 12 pain was well below the unchanged patient’s, and the tolerance factor was lower too, though still well above 1. Dynorphin both sensitizes and masks the opioid’s effect; receptor desensitization remains, so tolerance does not vanish.',
      claims: [
        versusB('pain', '<', W12, 'without dynorphin, pain at week 12 is below the unchanged patient’s', {
          window: 'week',
          after: DYNORPHIN_OFF,
        }),
        versusB('toleranceFold', '<', W12, 'the tolerance factor is lower', { after: DYNORPHIN_OFF }),
        order('toleranceFold', { day: W12 }, '>', 1.5, 'but tolerance does not vanish', {
          after: DYNORPHIN_OFF,
        }),
      ],
      question: {
        prompt: 'Through which targets does spinal dynorphin mainly promote pain?',
        options: [
          {
            id: 'kappa',
            text: 'Kappa-opioid receptors, the target of the body’s own dynorphin',
            correct: false,
            feedback:
              'Kappa is its classic opioid target, but its pain-promoting action survived naloxone and was blocked by an NMDA antagonist (Vanderah 1996; Laughlin 1997).',
          },
          {
            id: 'hcn2',
            text: 'HCN2 channels on the nociceptors’ peripheral endings',
            correct: false,
            feedback: 'HCN2 channels are on nociceptors and are another mechanism (lesson 6).',
          },
          {
            id: 'non-opioid',
            text: 'Non-opioid targets: NMDA and bradykinin receptors',
            correct: true,
            feedback:
              'At high spinal levels dynorphin acts largely outside the opioid system (Laughlin 1997; Lai 2006).',
          },
        ],
      },
    },
  ],
  summary: [
    'Long-term opioids raise spinal dynorphin, an endogenous opioid peptide whose usual target is the kappa receptor.',
    'At high levels it promotes pain signalling largely through non-opioid targets (NMDA and bradykinin receptors) and weakens opioid relief.',
    'Neutralizing it in rats removed abnormal pain and restored morphine’s potency.',
  ],
  referenceIds: ['seed', 'vanderah-2000', 'vanderah-1996', 'laughlin-1997', 'lai-2006', 'vanderah-2001'],
};
