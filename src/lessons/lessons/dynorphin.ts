import type { Lesson } from '../types';

/** Lesson 5: spinal dynorphin (seed: fourth mechanism bullet). */
export const dynorphinLesson: Lesson = {
  id: 'dynorphin',
  title: 'Spinal dynorphin',
  minutes: 6,
  dosing: true,
  objectives: [
    'Describe dynorphin as an endogenous opioid peptide acting on kappa receptors.',
    'Explain how high spinal dynorphin promotes pain and weakens opioid relief.',
    'Connect dynorphin to the finding that part of “tolerance” is OIH.',
  ],
  steps: [
    {
      id: 'rise',
      title: 'Spinal dynorphins rise with long-term opioids',
      text: 'Long-term opioid administration can increase levels of dynorphin, an endogenous opioid peptide that acts on kappa-opioid receptors. At high levels, dynorphin can paradoxically promote pain signaling.',
      setup: { preset: 'oih-state', tDays: 0, chart: 'mechanisms', highlight: 'dynorphin', compare: null },
      mechanism: 'dynorphin',
      prediction: {
        prompt: 'Spinal dynorphin will reach most of its level…',
        options: [
          { id: 'hours', text: 'within hours' },
          { id: 'weeks', text: 'over two to four weeks' },
          { id: 'never', text: 'only after the opioid stops' },
        ],
        answerId: 'weeks',
      },
      task: { kind: 'play-to', day: 28, prompt: 'Play to week 4 (day 28).' },
      explain:
        'Dynorphin was low in week 1 and reached most of its level by week 4. In the model it needs both descending facilitation from the RVM and spinal NMDA activity to rise, so it comes after them.',
      question: {
        prompt: 'Dynorphin is an endogenous opioid. Why does more of it make pain worse?',
        options: [
          {
            id: 'a',
            text: 'At high levels it promotes pain signalling and weakens opioid relief in the spinal cord.',
            correct: true,
            feedback:
              'Right: in rats, spinal dynorphin rose during opioid infusion and was needed for both the abnormal pain and part of the tolerance (Vanderah 2000).',
          },
          {
            id: 'b',
            text: 'It blocks µ-opioid receptors like naloxone.',
            correct: false,
            feedback:
              'Dynorphin acts mainly on kappa receptors; its pain-promoting effect at high levels does not come from blocking µ receptors.',
          },
          {
            id: 'c',
            text: 'It does not: more endogenous opioid always means less pain.',
            correct: false,
            feedback:
              'That is the paradox: at the high spinal levels reached during long-term opioids, dynorphin promotes pain.',
          },
        ],
      },
    },
    {
      id: 'scene',
      title: 'Where dynorphin acts',
      text: 'Dynorphin is released in the dorsal horn of the spinal cord, where the nociceptor hands its signal to the projection neuron.',
      setup: { preset: 'oih-state', tDays: 56, chart: 'mechanisms', highlight: 'dynorphin' },
      task: {
        kind: 'select',
        region: 'dynorphin',
        prompt: 'Select the dynorphin region in the pathway scene.',
      },
      explain:
        'The mechanism card gives the evidence: in rats, an antiserum that neutralizes dynorphin in the spinal cord blocked the allodynia, reversed the thermal hyperalgesia and restored the potency of spinal morphine (Vanderah 2000).',
      question: {
        prompt: 'After neutralizing spinal dynorphin, morphine worked better again. What does that show?',
        options: [
          {
            id: 'a',
            text: 'Part of the measured tolerance was caused by dynorphin-driven OIH.',
            correct: true,
            feedback:
              'Right: the receptors had not lost all their effect; rising pain signalling was masking it.',
          },
          {
            id: 'b',
            text: 'The antiserum is itself a strong painkiller.',
            correct: false,
            feedback:
              'In saline-infused rats the antiserum had no effect. It only worked where dynorphin was raised.',
          },
          {
            id: 'c',
            text: 'Dynorphin causes tolerance but has no effect on pain.',
            correct: false,
            feedback: 'Neutralizing it also blocked the allodynia and hyperalgesia, so it does affect pain.',
          },
        ],
      },
    },
    {
      id: 'antiserum',
      title: 'Remove dynorphin',
      text: 'Side B is the OIH patient unchanged. Set dynorphin to 0 in side A and compare.',
      setup: {
        preset: 'oih-state',
        compare: { preset: 'oih-state' },
        tDays: 84,
        chart: 'time-course',
        highlight: 'dynorphin',
      },
      prediction: {
        prompt:
          'Without dynorphin, the patient’s tolerance (how much more drug the same relief needs) will be…',
        options: [
          { id: 'same', text: 'unchanged: tolerance is a receptor effect' },
          { id: 'lower', text: 'lower, and pain lower too' },
        ],
        answerId: 'lower',
      },
      task: { kind: 'edit', edit: 'mechanism.set', mechanism: 'dynorphin', prompt: 'Set dynorphin to 0.' },
      explain:
        'Pain at week 12 fell from about 9/10 to about 5/10 and the tolerance factor from about 5 to about 3.4. Dynorphin both sensitizes and masks the opioid’s effect; receptor desensitization remains, so tolerance does not vanish.',
      question: {
        prompt: 'Which receptors does dynorphin act on?',
        options: [
          {
            id: 'a',
            text: 'Kappa-opioid receptors',
            correct: true,
            feedback: 'Right: dynorphin is the endogenous ligand of kappa-opioid receptors.',
          },
          {
            id: 'b',
            text: 'NMDA receptors only',
            correct: false,
            feedback:
              'Its main target is the kappa-opioid receptor, although at high levels it also has non-opioid actions.',
          },
          {
            id: 'c',
            text: 'HCN2 channels',
            correct: false,
            feedback: 'HCN2 channels are on nociceptors and are another mechanism (lesson 6).',
          },
        ],
      },
    },
  ],
  summary: [
    'Long-term opioids raise spinal dynorphin, an endogenous opioid peptide acting on kappa receptors.',
    'At high levels it paradoxically promotes pain signalling and weakens opioid relief.',
    'Neutralizing it in rats removed abnormal pain and restored morphine’s potency.',
  ],
  referenceIds: ['seed', 'vanderah-2000', 'vanderah-2001'],
};
