import type { Lesson } from '../types';
import { order, versusB } from '../claims';
import { W12 } from '../weeks';
import { switchOff } from '../edits';
import { choices } from '../choices';

const NMDA_OFF = switchOff('nmda');

/** Lesson 2: NMDA receptors and central sensitization (the review's "Neurobiology", first bullet). */
export const nmdaLesson: Lesson = {
  id: 'nmda',
  title: 'NMDA receptors and central sensitization',
  minutes: 8,
  dosing: true,
  objectives: [
    'Explain how long-term opioids disturb the body’s pain homeostasis and lead to central sensitization.',
    'Describe the role of spinal NMDA receptors of the glutamate (glutamatergic) system in OIH.',
    'Predict and observe what blocking NMDA receptors does in the simulation and in rats.',
  ],
  steps: [
    {
      id: 'homeostasis',
      title: 'Neurobiology: how does OIH happen?',
      text: 'How OIH arises is not yet fully understood: the mechanisms behind it are complex, but research points to several key neurobiological changes. The body keeps its pain signalling in balance through a natural regulation system, known as homeostasis. Opioids used long term disrupt that balance — pain-promoting systems are turned up to oppose the drug — and this leads to central sensitization, a state in which the central nervous system becomes hyperexcitable. The key proposed mechanisms include five processes, drawn together on the mechanisms chart. The patient is lesson 1’s model experiment: set to be more susceptible to OIH than average and kept on 240 MME/day from the first day.',
      setup: { preset: 'oih-state', tDays: 0, chart: 'mechanisms', highlight: 'nmda', compare: null },
      prediction: {
        prompt: 'Which mechanism will rise first after the opioid starts?',
        options: choices({
          glia: 'Glial activation',
          nmda: 'NMDA receptor upregulation',
          dynorphin: 'Spinal dynorphin',
        }),
        answerId: 'nmda',
      },
      task: {
        kind: 'play-to',
        day: 7,
        prompt: 'Play to the end of week 1 (day 7) and watch the mechanisms chart.',
      },
      explain:
        'By day 3 NMDA upregulation was well on its way, while glia and dynorphin had hardly begun; they rose over the following weeks. In the model the fast NMDA change comes first and the slower ones add to it — an ordering built from rat experiments.',
      claims: [
        order('nmda', { day: 3 }, '>', 0.25, 'NMDA well on its way by day 3'),
        order('glia', { day: 3 }, '<', 0.05, 'glia hardly begun by day 3'),
        order('dynorphin', { day: 3 }, '<', 0.1, 'dynorphin hardly begun by day 3'),
        order('glia', { day: 28 }, '>', { day: 3 }, 'glia rise over the following weeks'),
        order('dynorphin', { day: 28 }, '>', { day: 3 }, 'dynorphin rises over the following weeks'),
      ],
      question: {
        prompt: 'What does “central sensitization” mean?',
        options: [
          {
            id: 'tissue',
            text: 'The injured tissue becomes more inflamed, so nociceptors fire more at the source.',
            correct: false,
            feedback:
              'That describes peripheral sensitization, in the tissue and its nerve endings. Central means the spinal cord and brain.',
          },
          {
            id: 'receptors',
            text: 'Opioid receptors in the brain grow more sensitive to the drug with each dose.',
            correct: false,
            feedback: 'With repeated doses receptors become less responsive to the drug: that is tolerance.',
          },
          {
            id: 'central',
            text: 'The spinal cord and brain become hyperexcitable and amplify pain.',
            correct: true,
            feedback: 'The central nervous system, not the injured tissue, turns the volume up.',
          },
        ],
      },
    },
    {
      id: 'receptor',
      title: 'NMDA receptor activation',
      text: 'The N-methyl-D-aspartate (NMDA) receptor is part of the central glutamatergic system: glutamate is the transmitter that opens it. (The review writes “glutaminergic”, a slip — glutamine is a different molecule.) It is believed to be a primary driver of OIH. Long opioid use can lead spinal pain neurons to carry more of these receptors (upregulation) and to open them more often (activation), which enhances the transmission of pain signals.',
      setup: { preset: 'oih-state', tDays: 28, chart: 'mechanisms', highlight: 'nmda' },
      mechanism: 'nmda',
      task: {
        kind: 'select',
        region: 'nmda',
        prompt: 'Select the NMDA region in the spinal cord of the pathway scene.',
      },
      explain:
        'The scene shows glutamate opening more NMDA receptors on the spinal projection neuron, which fires more for the same input from the nociceptor. In the model the level keeps creeping up for as long as the dose is given.',
      claims: [
        order('nmda', { day: W12 }, '>', { day: 28 }, 'the NMDA level keeps creeping up on the same dose'),
      ],
      question: {
        prompt: 'What do opioids do to spinal NMDA receptors in OIH?',
        options: [
          {
            id: 'up',
            text: 'More receptors, opened more often: pain signals pass on more easily',
            correct: true,
            feedback: 'Upregulated, activated NMDA receptors enhance the transmission of pain signals.',
          },
          {
            id: 'block',
            text: 'They block them — that is part of how opioids relieve pain in the first place',
            correct: false,
            feedback:
              'Opioids relieve pain through µ-opioid receptors. Blocking NMDA receptors is what ketamine does, and that works against OIH.',
          },
          {
            id: 'nothing',
            text: 'Nothing: NMDA receptors matter for memory, not for pain',
            correct: false,
            feedback:
              'NMDA receptors also sit on spinal pain neurons and are believed to be a primary driver of OIH.',
          },
        ],
      },
    },
    {
      id: 'block',
      title: 'Remove NMDA upregulation',
      text: 'Side B shows the same patient unchanged. Switch NMDA upregulation off in side A — the model’s knock-out, an experiment no one can do in a patient — and compare the two at week 12.',
      setup: {
        preset: 'oih-state',
        compare: { preset: 'oih-state' },
        tDays: W12,
        chart: 'time-course',
        highlight: 'nmda',
      },
      prediction: {
        prompt: 'Without NMDA upregulation, pain at week 12 will be…',
        options: choices({
          same: 'about the same: the other four mechanisms make up for it',
          lower: 'clearly lower',
          higher: 'higher',
        }),
        answerId: 'lower',
      },
      task: {
        kind: 'edit',
        edit: 'mechanism.set',
        mechanism: 'nmda',
        prompt: 'In the mechanism controls, set NMDA upregulation to 0.',
      },
      explain:
        'At week 12 pain was far below the unchanged patient’s — even below his 6/10 before the opioid — and the allodynia had almost gone. In the model NMDA is a hub: glia act partly through NMDA receptors and dynorphin needs spinal NMDA activity, so removing it removes more than its own share. That wiring is a modelling choice. Tolerance fell too, as it did in rats given the NMDA blocker MK-801 with morphine (Trujillo & Akil 1991).',
      claims: [
        versusB('pain', '<', W12, 'without NMDA, pain at week 12 is below the unchanged patient’s', {
          window: 'week',
          after: NMDA_OFF,
        }),
        order(
          'pain',
          { day: W12, window: 'week' },
          '<',
          6,
          'without NMDA, pain at week 12 is below the 6/10 before the opioid',
          { after: NMDA_OFF },
        ),
        order('allodynia', { day: W12 }, '<', 0.1, 'without NMDA the allodynia has almost gone', {
          after: NMDA_OFF,
        }),
        versusB('toleranceFold', '<', W12, 'without NMDA tolerance is lower', { after: NMDA_OFF }),
      ],
      question: {
        prompt:
          'In rats, ketamine given before fentanyl prevented the delayed hyperalgesia (Célèrier 2000). What does that suggest for patients?',
        options: [
          {
            id: 'painkiller',
            text: 'Ketamine is simply a stronger painkiller than fentanyl',
            correct: false,
            feedback:
              'In that experiment ketamine on its own relieved no pain. It worked by stopping the sensitization, not by adding analgesia.',
          },
          {
            id: 'block',
            text: 'Blocking NMDA receptors can stop sensitization from building up',
            correct: true,
            feedback:
              'This is why NMDA receptor antagonists are listed among the treatments of OIH. In people the best evidence is for prevention around surgery (Joly 2005).',
          },
          {
            id: 'rats',
            text: 'Nothing useful for patients: results in rats never carry over to people',
            correct: false,
            feedback:
              'Species differ, but in volunteers S-ketamine also stopped hyperalgesia spreading after remifentanil (Koppert 2003), although it did not lower their pain ratings.',
          },
        ],
      },
    },
    {
      id: 'rat',
      experiment: {
        id: 'celerier-2000',
        title: 'One fentanyl series: hours of analgesia, then days of hyperalgesia',
      },
      title: 'The experiment: ketamine before fentanyl',
      text: 'Rats received four fentanyl injections in one hour. Side B received ketamine first. The chart shows the paw-pressure threshold: above 1 means analgesia, below 1 means hyperalgesia.',
      setup: {
        preset: 'celerier-2000-fentanyl-100',
        compare: { preset: 'celerier-2000-fentanyl-ketamine' },
        tDays: 0,
        chart: 'time-course',
      },
      prediction: {
        prompt: 'One day after the injections, the rats without ketamine will have…',
        options: choices({
          normal: 'a normal threshold',
          low: 'a lowered threshold (hyperalgesia) lasting days',
        }),
        answerId: 'low',
      },
      task: { kind: 'play-to', day: 5, prompt: 'Play to day 5.' },
      explain:
        'Analgesia lasted a few hours; then the threshold fell below baseline and took days to recover (published: up to 5 days, with a fall of up to about 30 %). With ketamine first, the threshold stayed close to baseline.',
      claims: [
        order(
          'threshold',
          { day: 2 },
          '<',
          0.95,
          'without ketamine the threshold is below baseline on day 2',
        ),
        order(
          'threshold',
          { side: 'b', day: 2 },
          '>',
          { day: 2 },
          'with ketamine first the threshold stays higher on day 2',
        ),
        order('threshold', { day: 7 }, '>', { day: 2 }, 'the threshold recovers over the following days'),
      ],
    },
  ],
  summary: [
    'Long-term opioids upset pain homeostasis: pain-promoting systems are turned up, leading to central sensitization.',
    'NMDA receptors of the glutamate (glutamatergic) system are upregulated and activated — believed to be a primary driver of OIH.',
    'Blocking NMDA (ketamine, MK-801) prevents OIH in animals and much of tolerance; it prevents more than it reverses, and in people the evidence is mostly around surgery.',
  ],
  referenceIds: [
    'seed',
    'celerier-2000',
    'trujillo-1991',
    'dunbar-1996',
    'koppert-2003',
    'joly-2005',
    'laulin-1999',
  ],
};
