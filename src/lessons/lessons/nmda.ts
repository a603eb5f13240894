import type { Lesson } from '../types';

/** Lesson 2: NMDA receptors and central sensitization (seed: "Neurobiology", first bullet). */
export const nmdaLesson: Lesson = {
  id: 'nmda',
  title: 'NMDA receptors and central sensitization',
  minutes: 8,
  dosing: true,
  objectives: [
    'Explain how long-term opioids disturb the body’s pain homeostasis and lead to central sensitization.',
    'Describe the role of spinal NMDA receptors of the glutamate system in OIH.',
    'Predict and observe what blocking NMDA receptors does in the simulation and in rats.',
  ],
  steps: [
    {
      id: 'homeostasis',
      title: 'Neurobiology: how does OIH happen?',
      text: 'The mechanisms behind OIH are complex and not yet fully understood, but research points to several key neurobiological changes. When opioids are used long-term, they can disrupt the body’s natural pain regulation system, known as homeostasis: pain-promoting systems are switched up to oppose the drug. This leads to a state of central sensitization, where the central nervous system becomes hyperexcitable. Key proposed mechanisms include five processes, shown together on the mechanisms chart.',
      setup: { preset: 'oih-state', tDays: 0, chart: 'mechanisms', highlight: 'nmda', compare: null },
      prediction: {
        prompt: 'Which mechanism will rise first after the opioid starts?',
        options: [
          { id: 'nmda', text: 'NMDA receptor upregulation' },
          { id: 'glia', text: 'Glial activation' },
          { id: 'dynorphin', text: 'Spinal dynorphin' },
        ],
        answerId: 'nmda',
      },
      task: {
        kind: 'play-to',
        day: 7,
        prompt: 'Play to the end of week 1 (day 7) and watch the mechanisms chart.',
      },
      explain:
        'NMDA upregulation was already a third of the way up on day 1; dynorphin and glia took days to weeks. In the model the fast NMDA change comes first, and the slower ones (RVM, glia, dynorphin) add to it.',
      question: {
        prompt: 'What does “central sensitization” mean?',
        options: [
          {
            id: 'a',
            text: 'The spinal cord and brain become hyperexcitable, so pain signals are amplified.',
            correct: true,
            feedback: 'Right: the central nervous system, not the injured tissue, turns the volume up.',
          },
          {
            id: 'b',
            text: 'The injured tissue becomes more inflamed.',
            correct: false,
            feedback: 'That would be peripheral sensitization. Central means the spinal cord and brain.',
          },
          {
            id: 'c',
            text: 'The opioid receptors in the brain become more sensitive to the drug.',
            correct: false,
            feedback: 'The opposite happens with tolerance: receptors become less responsive to the drug.',
          },
        ],
      },
    },
    {
      id: 'receptor',
      title: 'NMDA receptor activation',
      text: 'The N-methyl-D-aspartate (NMDA) receptor system, part of the central glutaminergic (glutamate) system, is believed to be a primary driver of OIH. Opioid use can lead to the upregulation and activation of these receptors on spinal pain neurons, which enhances the transmission of pain signals.',
      setup: { preset: 'oih-state', tDays: 28, chart: 'mechanisms', highlight: 'nmda' },
      mechanism: 'nmda',
      task: {
        kind: 'select',
        region: 'nmda',
        prompt: 'Select the NMDA region in the spinal cord of the pathway scene.',
      },
      explain:
        'The scene shows glutamate opening more NMDA receptors on the spinal projection neuron, which fires more for the same input from the nociceptor. The level keeps creeping up for as long as the dose is given.',
      question: {
        prompt: 'What do opioids do to spinal NMDA receptors in OIH?',
        options: [
          {
            id: 'a',
            text: 'Upregulate and activate them, enhancing the transmission of pain signals',
            correct: true,
            feedback: 'Right: more and more active NMDA receptors pass pain signals on more easily.',
          },
          {
            id: 'b',
            text: 'Block them, which is how opioids relieve pain',
            correct: false,
            feedback:
              'Opioids relieve pain through µ-opioid receptors. Blocking NMDA receptors is what ketamine does, and it counteracts OIH.',
          },
          {
            id: 'c',
            text: 'Nothing: NMDA receptors only matter in memory',
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
      text: 'Side B shows the same patient unchanged. Switch NMDA upregulation off in side A (the model’s knock-out, an experiment you cannot do in a patient) and compare the two over 12 weeks.',
      setup: {
        preset: 'oih-state',
        compare: { preset: 'oih-state' },
        tDays: 84,
        chart: 'time-course',
        highlight: 'nmda',
      },
      prediction: {
        prompt: 'Without NMDA upregulation, pain at week 12 will be…',
        options: [
          { id: 'same', text: 'about the same: the other four mechanisms make up for it' },
          { id: 'lower', text: 'much lower, close to the relief of the first days' },
          { id: 'higher', text: 'higher' },
        ],
        answerId: 'lower',
      },
      task: {
        kind: 'edit',
        edit: 'mechanism.set',
        mechanism: 'nmda',
        prompt: 'In the mechanism controls, set NMDA upregulation to 0.',
      },
      explain:
        'Pain at week 12 fell from about 9/10 to about 3/10 and the allodynia almost vanished. In the model NMDA is a hub: glia act partly through NMDA receptors and dynorphin needs spinal NMDA activity, so removing it removes more than its own share. Tolerance also fell by about half, as MK-801 did in rats (Trujillo & Akil 1991).',
      question: {
        prompt:
          'In rats, ketamine given before fentanyl prevented the delayed hyperalgesia (Célèrier 2000). What does that suggest for patients?',
        options: [
          {
            id: 'a',
            text: 'NMDA antagonists such as low-dose ketamine may counteract central sensitization.',
            correct: true,
            feedback:
              'Right: this is why the seed lists NMDA receptor antagonists among the treatments of OIH.',
          },
          {
            id: 'b',
            text: 'Ketamine is a stronger painkiller, so the opioid can be stopped.',
            correct: false,
            feedback:
              'In that experiment ketamine alone had no analgesic effect. It worked by blocking the sensitization, not by relieving pain itself.',
          },
          {
            id: 'c',
            text: 'Nothing: rats are too different from people.',
            correct: false,
            feedback:
              'Species differ, but in human volunteers S-ketamine also abolished the spread of hyperalgesia after remifentanil (Koppert 2003).',
          },
        ],
      },
    },
    {
      id: 'rat',
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
        options: [
          { id: 'normal', text: 'a normal threshold' },
          { id: 'low', text: 'a lowered threshold (hyperalgesia) lasting days' },
        ],
        answerId: 'low',
      },
      task: { kind: 'play-to', day: 5, prompt: 'Play to day 5.' },
      explain:
        'Analgesia lasted a few hours; then the threshold fell about 20 % below baseline and took about a week to recover (published: up to 5 days, maximum fall about 30 %). With ketamine first, the threshold hardly moved.',
    },
  ],
  summary: [
    'Long-term opioids upset pain homeostasis: pain-promoting systems are turned up, leading to central sensitization.',
    'NMDA receptors of the glutamate system are upregulated and activated — believed to be a primary driver of OIH.',
    'Blocking NMDA (ketamine, MK-801) prevents OIH in animals and much of tolerance; it prevents more than it reverses.',
  ],
  referenceIds: ['seed', 'celerier-2000', 'trujillo-1991', 'dunbar-1996', 'koppert-2003', 'laulin-1999'],
};
