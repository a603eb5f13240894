import type { Lesson } from '../types';

/** Lesson 1: what OIH is and its signs (seed: "The Core of the Paradox", "Key symptoms"). */
export const paradoxLesson: Lesson = {
  id: 'paradox',
  title: 'The opioid paradox',
  minutes: 8,
  dosing: true,
  objectives: [
    'Define opioid-induced hyperalgesia (OIH) and say why it is called a paradox.',
    'Recognise its four signs: more pain sensitivity, pain spreading to new areas, pain that worsens as the dose rises, and allodynia.',
    'Read the time course and the body map of the simulation.',
  ],
  steps: [
    {
      id: 'core',
      title: 'The core of the paradox: when painkillers cause pain',
      text: 'The term “opioid paradox” refers to a phenomenon known clinically as opioid-induced hyperalgesia (OIH). It describes a state where exposure to opioids — medications designed to relieve pain — paradoxically causes a person to become more sensitive to painful stimuli. Here is a virtual patient with back pain of 6/10 who starts morphine 240 MME/day and keeps taking it for 12 weeks.',
      setup: { preset: 'oih-state', tDays: 0, chart: 'time-course', highlight: null, compare: null },
      prediction: {
        prompt: 'After 12 weeks on the same dose, the pain score will be…',
        options: [
          { id: 'lower', text: 'lower than before the opioid (about 2–3/10)' },
          { id: 'same', text: 'back to where it started (6/10)' },
          { id: 'higher', text: 'higher than before the opioid' },
        ],
        answerId: 'higher',
      },
      task: { kind: 'play-to', day: 84, prompt: 'Press Play and let the clock run to week 12 (day 84).' },
      explain:
        'Pain fell to about 2/10 on the first day: the painkiller worked. Then it climbed back past 6 within two weeks and reached about 9/10 by week 12, on an unchanged dose. Instead of reducing pain, the medication made the pain feel worse, and it can even cause new pain to appear in different areas of the body — the next step shows where.',
      question: {
        prompt: 'Which statement describes OIH?',
        options: [
          {
            id: 'a',
            text: 'The opioid itself makes the nervous system more sensitive to pain.',
            correct: true,
            feedback: 'Right: opioid exposure causes the sensitivity. That is why it is a paradox.',
          },
          {
            id: 'b',
            text: 'The drug simply wears off, so the original pain comes back.',
            correct: false,
            feedback:
              'That is tolerance. Tolerance alone can bring pain back towards 6/10, but not above it; here pain rose to 9/10, above where it started.',
          },
          {
            id: 'c',
            text: 'The disease got worse during the 12 weeks.',
            correct: false,
            feedback:
              'This virtual patient’s disease pain was set constant at 6/10 for the whole course. The extra pain came from the opioid.',
          },
        ],
      },
    },
    {
      id: 'spread',
      title: 'Pain spreads to new areas',
      text: 'Key symptoms of OIH include a noticeable increase in pain sensitivity, pain spreading to areas of the body that were not previously painful, and pain that worsens when the opioid dose is increased. At the start this patient’s pain was in the lower back and abdomen only.',
      setup: { preset: 'oih-state', tDays: 84, chart: 'time-course' },
      prediction: {
        prompt: 'At week 12, the painful areas on the body map will be…',
        options: [
          { id: 'same', text: 'the same two areas' },
          { id: 'more', text: 'more areas, including new ones' },
          { id: 'fewer', text: 'fewer areas, because the opioid treats them' },
        ],
        answerId: 'more',
      },
      task: { kind: 'chart', chart: 'body-map', prompt: 'Open the Body map chart.' },
      explain:
        'Pain now reaches both hips, the chest and both arms: areas that were not painful before. Sensitized spinal neurons receive input from a wider area, so pain becomes more diffuse.',
    },
    {
      id: 'allodynia',
      title: 'Allodynia: when clothing hurts',
      text: 'A particularly telling sign is allodynia, where a person experiences pain from stimuli that are not normally painful, such as the light touch of clothing. The body map marks allodynic areas separately from painful ones.',
      setup: { preset: 'oih-state', tDays: 0, chart: 'body-map' },
      prediction: {
        prompt: 'When will this patient first have an allodynic area?',
        options: [
          { id: 'day1', text: 'On the first day' },
          { id: 'week2', text: 'After about two weeks' },
          { id: 'never', text: 'Never: allodynia needs a nerve injury' },
        ],
        answerId: 'week2',
      },
      task: {
        kind: 'scrub-to',
        day: 14,
        prompt: 'Drag the time slider to week 2 (day 14) and look at the body map.',
      },
      explain:
        'By day 14 the lower back, abdomen and a hip are allodynic: light touch there now hurts. No injury was added; sensitization alone did it.',
      question: {
        prompt: 'A patient on long-term opioids says the waistband of her trousers now hurts. What is this?',
        options: [
          {
            id: 'allo',
            text: 'Allodynia — pain from a stimulus that is normally not painful',
            correct: true,
            feedback:
              'Right: light touch is not a painful stimulus, so pain from it is allodynia, a telling sign of OIH.',
          },
          {
            id: 'hyper',
            text: 'Hyperalgesia — more pain from a painful stimulus',
            correct: false,
            feedback:
              'Hyperalgesia is more pain from something that already hurts a little, such as a pinprick. A waistband is not painful at all, so this is allodynia.',
          },
          {
            id: 'tol',
            text: 'Tolerance',
            correct: false,
            feedback: 'Tolerance means less relief from the same dose. It does not make touch painful.',
          },
        ],
      },
    },
    {
      id: 'dose-up',
      title: 'Pain that worsens when the dose is increased',
      text: 'This counterintuitive effect presents a significant challenge in chronic pain management, and OIH can be difficult to distinguish from other conditions like opioid tolerance: both patients say “the medication does not work any more”. This patient took 180 MME/day for 12 weeks; then the dose was raised by 50 %.',
      setup: { preset: 'escalation-trap', tDays: 77, chart: 'time-course' },
      prediction: {
        prompt: 'Four weeks after the increase, pain will be…',
        options: [
          { id: 'better', text: 'better than before the increase' },
          { id: 'worse', text: 'worse than before the increase' },
        ],
        answerId: 'worse',
      },
      task: { kind: 'play-to', day: 112, prompt: 'Play to week 16 (day 112).' },
      explain:
        'The day after the increase pain dipped a little (the extra drug gave some relief), but within two weeks it was higher than before, with more allodynia and a larger painful area. More drug drove more sensitization. Lesson 7 compares this with a tolerance-only patient.',
      question: {
        prompt: 'Why is OIH a challenge in chronic pain management?',
        options: [
          {
            id: 'a',
            text: 'It looks like tolerance, but the usual answer to tolerance — more drug — makes OIH worse.',
            correct: true,
            feedback: 'Right: the two are hard to tell apart, and their management strategies are opposite.',
          },
          {
            id: 'b',
            text: 'It only happens after the opioid is stopped.',
            correct: false,
            feedback:
              'Here pain rose while the dose was being given, and rose further when it was increased.',
          },
          {
            id: 'c',
            text: 'It can be seen on a blood test.',
            correct: false,
            feedback:
              'There is no blood test for OIH. It is recognised clinically: pain that worsens or spreads despite dose increases, and allodynia.',
          },
        ],
      },
    },
    {
      id: 'conclusion',
      title: 'Where to go from here',
      text: 'Conclusion: the opioid paradox, or OIH, is a serious and challenging consequence of long-term opioid therapy, where the medications intended to relieve pain instead amplify it. It is driven by complex neuroplastic changes in the nervous system, leading to a state of heightened pain sensitivity. The next lessons take the mechanisms one at a time. For further reading, consider this resource on the pathophysiology and management of OIH from Taylor & Francis Online: “Mechanisms, Diagnosis, Prevention and Management of Opioid-Induced Hyperalgesia”.',
      setup: { preset: 'oih-state', tDays: 84, chart: 'mechanisms' },
      task: {
        kind: 'select',
        region: 'nmda',
        prompt:
          'In the pathway scene, select the NMDA region (spinal cord) to see where the first change happens.',
      },
      explain:
        'The mechanisms chart shows five processes rising while the dose stayed the same: NMDA receptors, descending facilitation from the RVM, glia, dynorphin and HCN2. Each has its own lesson.',
      question: {
        prompt: 'Which patients are at risk of OIH in this model?',
        options: [
          {
            id: 'a',
            text: 'Those on higher doses for longer, more so if they are susceptible',
            correct: true,
            feedback:
              'Right: OIH grows with dose and duration and varies between people. At a moderate dose for a month, patients in a trial had tolerance without OIH (Chu 2012).',
          },
          {
            id: 'b',
            text: 'Everyone who takes any opioid dose',
            correct: false,
            feedback:
              'No: in a randomised trial, a month of moderate-dose morphine caused tolerance but no measurable OIH (Chu 2012). Dose, duration and the person matter.',
          },
          {
            id: 'c',
            text: 'Only people who stop their opioid abruptly',
            correct: false,
            feedback:
              'Stopping abruptly causes withdrawal pain, but this patient developed OIH while still taking the drug.',
          },
        ],
      },
    },
  ],
  summary: [
    'OIH is increased pain sensitivity caused by opioid exposure: the painkiller makes pain worse.',
    'Signs: more pain sensitivity, pain spreading to new areas, pain that worsens when the dose is increased, and allodynia.',
    'It looks like tolerance, but more drug makes it worse — telling them apart is the first step.',
  ],
  referenceIds: ['seed', 'celerier-2000', 'chu-2012', 'king-2005', 'chen-2009'],
};
