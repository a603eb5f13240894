import type { Lesson } from '../types';

/** Lesson 4: glia and neuroinflammation (seed: third mechanism bullet). */
export const gliaLesson: Lesson = {
  id: 'glia',
  title: 'Glia and neuroinflammation',
  minutes: 7,
  dosing: true,
  objectives: [
    'Name the glial cells involved (microglia, astrocytes) and what they release.',
    'Explain why glial activation needs days of opioid exposure rather than one dose.',
    'Describe what blocking glia or their cytokines did in rats, and how strong that evidence is.',
  ],
  steps: [
    {
      id: 'cells',
      title: 'Glial cell activation',
      text: 'Non-neuronal cells in the central nervous system, like microglia and astrocytes, can be activated by opioids. This activation leads to the release of pro-inflammatory substances (such as the cytokine IL-1β) that contribute to a neuroinflammatory state and enhanced pain signaling.',
      setup: { preset: 'oih-state', tDays: 0, chart: 'mechanisms', highlight: 'glia', compare: null },
      mechanism: 'glia',
      prediction: {
        prompt: 'Compared with NMDA upregulation, glial activation will rise…',
        options: [
          { id: 'faster', text: 'faster' },
          { id: 'slower', text: 'more slowly, over weeks' },
          { id: 'same', text: 'at the same speed' },
        ],
        answerId: 'slower',
      },
      task: { kind: 'play-to', day: 28, prompt: 'Play to week 4 and compare the glia and NMDA lines.' },
      explain:
        'Glia were barely active on day 3 and still rising at week 4, long after NMDA upregulation had jumped. In the model glia follow the activity of spinal pain neurons with a lag of days, and much of their effect passes through NMDA receptors (IL-1β enhances NMDA currents).',
      question: {
        prompt: 'Which cells are glia?',
        options: [
          {
            id: 'a',
            text: 'Microglia and astrocytes — non-neuronal cells of the nervous system',
            correct: true,
            feedback: 'Right: they support neurons and, when activated, release pro-inflammatory substances.',
          },
          {
            id: 'b',
            text: 'Nociceptors',
            correct: false,
            feedback: 'Nociceptors are neurons: the pain-sensing nerve cells. Glia are non-neuronal.',
          },
          {
            id: 'c',
            text: 'White blood cells in the painful tissue',
            correct: false,
            feedback:
              'Glia live in the central nervous system itself; this is neuroinflammation, not tissue inflammation.',
          },
        ],
      },
    },
    {
      id: 'five-days',
      title: 'One dose or five?',
      text: 'Rats received intrathecal morphine once a day for five days (side A) or only once (side B). Spinal cytokines rose after five daily doses but not after one (Johnston 2004).',
      setup: {
        preset: 'johnston-2004-glia',
        compare: { preset: 'johnston-2004-glia-1-dose' },
        tDays: 0,
        chart: 'mechanisms',
        highlight: 'glia',
      },
      prediction: {
        prompt: 'Glial activation after five daily doses, compared with one dose, will be…',
        options: [
          { id: 'same', text: 'about the same' },
          { id: 'much', text: 'several times higher' },
        ],
        answerId: 'much',
      },
      task: { kind: 'play-to', day: 5.5, prompt: 'Play to day 5.5, 36 hours after the fifth dose.' },
      explain:
        'After five doses glia were about five times as active as after one, and the threshold was still low 36 hours after the last dose: allodynia and hyperalgesia, as in the rats.',
      question: {
        prompt: 'Why does one dose activate glia so little?',
        options: [
          {
            id: 'a',
            text: 'Glia respond to days of sustained neuronal activity and opioid exposure, not to a single short exposure.',
            correct: true,
            feedback: 'Right: cytokines rose after five daily doses but not after one (Johnston 2004).',
          },
          {
            id: 'b',
            text: 'Because glia have no contact with opioids.',
            correct: false,
            feedback:
              'Opioids do reach and activate glia (through TLR4, among other routes); they just need days to do it.',
          },
          {
            id: 'c',
            text: 'Because one dose is too weak to relieve pain.',
            correct: false,
            feedback:
              'One dose gave strong analgesia in these rats; glial activation is a separate, slower process.',
          },
        ],
      },
    },
    {
      id: 'block',
      title: 'Quiet the glia',
      text: 'Blocking the cytokine IL-1 in rats prevented hyperalgesia and tolerance when given with morphine, and reversed established hyperalgesia when given later. The glial modulators ibudilast and propentofylline had similar effects. None of these is an approved treatment for OIH. Try the model’s glia knock-out in the OIH patient (side A); side B is unchanged.',
      setup: {
        preset: 'oih-state',
        compare: { preset: 'oih-state' },
        tDays: 84,
        chart: 'time-course',
        highlight: 'glia',
      },
      prediction: {
        prompt: 'Removing glial activation in this patient will lower pain at week 12…',
        options: [
          { id: 'lot', text: 'a lot, like removing NMDA' },
          { id: 'little', text: 'a little' },
        ],
        answerId: 'little',
      },
      task: { kind: 'edit', edit: 'mechanism.set', mechanism: 'glia', prompt: 'Set glial activation to 0.' },
      explain:
        'Pain fell from about 9.2 to 8.6: a modest share. In the model glia work mainly by amplifying NMDA, so their own share in this patient is small; in rats given five daily intrathecal doses, blocking glia removed more than half of the hyperalgesia. Evidence for glia in OIH is moderate and comes from animals.',
      question: {
        prompt: 'How strong is the evidence that glia cause OIH in patients?',
        options: [
          {
            id: 'a',
            text: 'Moderate, and from animals: glial inhibitors and cytokine blockers work in rats and mice',
            correct: true,
            feedback: 'Right: human data are lacking, and no glial drug is an approved treatment for OIH.',
          },
          {
            id: 'b',
            text: 'Proven in large clinical trials',
            correct: false,
            feedback: 'There are no such trials; the evidence comes from animal experiments.',
          },
          {
            id: 'c',
            text: 'None at all',
            correct: false,
            feedback:
              'Several rodent studies found glial activation tracking tolerance and hyperalgesia, and blockers preventing or reversing it (Johnston 2004; Hutchinson 2009; Raghavendra 2004).',
          },
        ],
      },
    },
  ],
  summary: [
    'Opioids activate microglia and astrocytes, which release pro-inflammatory substances: a neuroinflammatory state that enhances pain signalling.',
    'It needs days of exposure, not one dose, and lags behind the neuronal changes.',
    'Blocking glia or IL-1 prevents and reverses OIH in rodents; the human evidence is still missing.',
  ],
  referenceIds: ['seed', 'johnston-2004'],
};
