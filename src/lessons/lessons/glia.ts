import type { Lesson } from '../types';
import { order, versusB } from '../claims';
import { W12 } from '../weeks';
import { switchOff } from '../edits';
import { choices } from '../choices';

const GLIA_OFF = switchOff('glia');

/** Lesson 4: glia and neuroinflammation (the review's third mechanism). */
export const gliaLesson: Lesson = {
  id: 'glia',
  title: 'Glia and neuroinflammation',
  minutes: 7,
  dosing: true,
  objectives: [
    'Name the glial cells involved (microglia, astrocytes) and what they release.',
    'Explain why glial activation needs days of opioid exposure rather than one dose.',
    'Describe what blocking glia or their cytokines did in rats, how strong that evidence is, and what is still debated.',
  ],
  steps: [
    {
      id: 'cells',
      title: 'Glial cell activation',
      text: 'Neurons are not the only cells involved. Non-neuronal cells of the central nervous system, like microglia and astrocytes, can be activated by opioids too. Activated glia release pro-inflammatory substances (such as the cytokine IL-1β); these contribute to a neuroinflammatory state, and the activation leads to enhanced pain signaling. The patient is again lesson 1’s model experiment: more susceptible to OIH than average, on 240 MME/day from day 0.',
      setup: { preset: 'oih-state', tDays: 0, chart: 'mechanisms', highlight: 'glia', compare: null },
      mechanism: 'glia',
      prediction: {
        prompt: 'Compared with NMDA upregulation, glial activation will rise…',
        options: choices({
          faster: 'faster',
          slower: 'more slowly, over weeks',
          same: 'at the same speed',
        }),
        answerId: 'slower',
      },
      task: { kind: 'play-to', day: 28, prompt: 'Play to week 4 and compare the glia and NMDA lines.' },
      explain:
        'Glia were barely active on day 3 and still rising at week 4, long after NMDA upregulation had jumped. In the model glia follow the activity of spinal pain neurons with a lag of days, and much of their effect passes through NMDA receptors (IL-1β enhances NMDA currents) — a modelling choice. How opioids switch glia on is debated: the immune receptor TLR4 was proposed, but spinal microglia carry no µ-opioid receptors, and mice lacking µ receptors only on their nociceptors developed neither tolerance nor OIH (Corder 2017).',
      claims: [
        order('glia', { day: 3 }, '<', 0.05, 'glia barely active on day 3'),
        order('glia', { day: 28 }, '>', { day: 14 }, 'glia still rising at week 4'),
        order('nmda', { day: 3 }, '>', 0.25, 'NMDA had jumped by day 3'),
      ],
      question: {
        prompt: 'Which cells are glia?',
        options: [
          {
            id: 'nociceptors',
            text: 'Nociceptors — the sensory neurons that carry pain signals to the spinal cord',
            correct: false,
            feedback: 'Nociceptors are neurons: the pain-sensing nerve cells. Glia are non-neuronal.',
          },
          {
            id: 'white-cells',
            text: 'White blood cells that gather in the painful tissue after an injury',
            correct: false,
            feedback:
              'Glia live in the central nervous system itself; this is neuroinflammation, not inflammation of the tissue.',
          },
          {
            id: 'glia',
            text: 'Microglia and astrocytes — non-neuronal cells of the nervous system',
            correct: true,
            feedback: 'They support neurons and, when activated, release pro-inflammatory substances.',
          },
        ],
      },
    },
    {
      id: 'five-days',
      experiment: { id: 'johnston-2004', title: 'Glia join in after days, not after one dose' },
      title: 'One dose or five?',
      text: 'Rats received intrathecal morphine (into the fluid around the spinal cord) once a day for five days (side A) or only once (side B). Spinal cytokines rose after five daily doses but not after one (Johnston 2004).',
      setup: {
        preset: 'johnston-2004-glia',
        // The one-dose course is followed for a week too, so both are seen at the same time.
        compare: { preset: 'johnston-2004-glia-1-dose', edits: [{ type: 'duration.set', days: 7 }] },
        tDays: 0,
        chart: 'mechanisms',
        highlight: 'glia',
      },
      prediction: {
        prompt: 'Glial activation after five daily doses, compared with one dose, will be…',
        options: choices({
          same: 'about the same',
          much: 'several times higher',
        }),
        answerId: 'much',
      },
      task: { kind: 'play-to', day: 5.5, prompt: 'Play to day 5.5, 36 hours after the fifth dose.' },
      explain:
        'After five doses glia were several times as active as after one, and the threshold was still low 36 hours after the last dose: allodynia and hyperalgesia, as in the rats.',
      claims: [
        versusB('glia', '>', 5.5, 'five doses activate glia more than one'),
        order('glia', { day: 5.5 }, '>', 0.3, 'five doses: clearly active'),
        order('glia', { side: 'b', day: 5.5 }, '<', 0.15, 'one dose: hardly active'),
        order('threshold', { day: 5.5 }, '<', 1, 'the threshold is still low 36 hours after the fifth dose'),
      ],
      question: {
        prompt: 'Why does one dose activate glia so little?',
        options: [
          {
            id: 'days',
            text: 'Glia respond to days of sustained activity, not to one short exposure',
            correct: true,
            feedback: 'Cytokines rose after five daily doses but not after one (Johnston 2004).',
          },
          {
            id: 'reach',
            text: 'Opioids cannot reach glia at all, because glia carry no receptors for them',
            correct: false,
            feedback:
              'Glia are activated after days of opioid. How is debated — through TLR4, or through the busy neurons they surround — but spinal microglia do lack µ-opioid receptors (Corder 2017).',
          },
          {
            id: 'weak',
            text: 'A single dose is too weak to relieve pain in these rats',
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
        tDays: W12,
        chart: 'time-course',
        highlight: 'glia',
      },
      prediction: {
        prompt: 'Removing glial activation in this patient will lower pain at week 12…',
        options: choices({
          lot: 'a lot, like removing NMDA',
          little: 'a little',
        }),
        answerId: 'little',
      },
      task: { kind: 'edit', edit: 'mechanism.set', mechanism: 'glia', prompt: 'Set glial activation to 0.' },
      explain:
        'Pain fell only a little: a modest share. In the model glia work mainly by amplifying NMDA, so their own share in this patient is small — a modelling choice; in rats given five daily intrathecal doses, blocking glia removed more than half of the hyperalgesia. The evidence for glia in OIH is moderate and comes from animals.',
      claims: [
        versusB('pain', '<', W12, 'without glia, pain at week 12 is lower', {
          window: 'week',
          after: GLIA_OFF,
        }),
        order('pain', { day: W12, window: 'week' }, '>', 7, 'but only a little: still well above 6/10', {
          after: GLIA_OFF,
        }),
      ],
      question: {
        prompt: 'How strong is the evidence that glia cause OIH in patients?',
        options: [
          {
            id: 'strong',
            text: 'Strong: large clinical trials in patients on opioids',
            correct: false,
            feedback: 'There are no such trials; the evidence comes from animal experiments.',
          },
          {
            id: 'none',
            text: 'None: no experiment has ever linked glia to OIH',
            correct: false,
            feedback:
              'Several rodent studies found glial activation tracking tolerance and hyperalgesia, and blockers preventing or reversing it (Johnston 2004; Hutchinson 2009; Raghavendra 2004).',
          },
          {
            id: 'moderate',
            text: 'Moderate, and from rodents',
            correct: true,
            feedback:
              'Human data are lacking, how opioids reach glia is debated (Corder 2017), and no glial drug is an approved treatment for OIH.',
          },
        ],
      },
    },
  ],
  summary: [
    'Opioids activate microglia and astrocytes, which release pro-inflammatory substances: a neuroinflammatory state that enhances pain signalling.',
    'It needs days of exposure, not one dose, and lags behind the neuronal changes.',
    'Blocking glia or IL-1 prevents and reverses OIH in rodents; how opioids reach glia (TLR4?) is debated, and human evidence is missing.',
  ],
  referenceIds: ['seed', 'johnston-2004', 'hutchinson-2009', 'raghavendra-2004', 'corder-2017'],
};
