import type { Lesson } from '../types';

/** Lesson 6: HCN2 in nociceptors (seed: fifth mechanism bullet; the evidence is recent and thin). */
export const hcn2Lesson: Lesson = {
  id: 'hcn2',
  title: 'HCN2 channels in nociceptors',
  minutes: 6,
  dosing: true,
  objectives: [
    'Explain how HCN2 channels set the excitability of peripheral nociceptors.',
    'Say why the HCN2 mechanism of OIH is recent and less established than the others.',
    'Judge the size of HCN2’s share in the simulation, and why the model keeps it small.',
  ],
  steps: [
    {
      id: 'periphery',
      title: 'HCN2 ion channels',
      text: 'Recent research suggests that chronic opioid exposure enhances the activity of HCN2 ion channels in peripheral pain-sensing neurons (nociceptors), increasing their excitability and contributing directly to OIH. Unlike the other four mechanisms, this one is outside the central nervous system.',
      setup: { preset: 'oih-state', tDays: 28, chart: 'mechanisms', highlight: 'hcn2', compare: null },
      mechanism: 'hcn2',
      task: {
        kind: 'select',
        region: 'hcn2',
        prompt: 'Select the HCN2 region on the nociceptor in the pathway scene.',
      },
      explain:
        'HCN2 channels open in response to cAMP inside the cell and make a neuron fire more easily. In the scene the nociceptor fires more for the same stimulus while HCN2 is raised.',
      question: {
        prompt: 'Where are the HCN2 channels of this mechanism?',
        options: [
          {
            id: 'a',
            text: 'In peripheral nociceptors',
            correct: true,
            feedback: 'Right: it is the only one of the five mechanisms in the peripheral nervous system.',
          },
          {
            id: 'b',
            text: 'In the RVM of the brainstem',
            correct: false,
            feedback:
              'The RVM is the descending facilitation mechanism (lesson 3). HCN2 is on the nociceptors.',
          },
          {
            id: 'c',
            text: 'In spinal glia',
            correct: false,
            feedback:
              'Glia release cytokines (lesson 4). HCN2 channels are on the pain-sensing neurons themselves.',
          },
        ],
      },
    },
    {
      id: 'evidence',
      title: 'How sure are we?',
      text: 'This is recent, less established evidence. What is solid: removing HCN2 from nociceptors in mice left normal pain thresholds but abolished inflammatory and nerve-injury pain (Emery 2011) — pain other than OIH. A 2024 mouse study reports that the HCN blocker ivabradine prevents remifentanil-induced hyperalgesia. That removing HCN2 abolishes OIH has not been confirmed in a primary paper, so the model gives HCN2 a modest weight.',
      setup: {
        preset: 'oih-state',
        compare: { preset: 'oih-state' },
        tDays: 84,
        chart: 'time-course',
        highlight: 'hcn2',
      },
      prediction: {
        prompt: 'Removing HCN2 in side A will lower pain at week 12…',
        options: [
          { id: 'lot', text: 'a lot' },
          { id: 'little', text: 'only a little' },
        ],
        answerId: 'little',
      },
      task: { kind: 'edit', edit: 'mechanism.set', mechanism: 'hcn2', prompt: 'Set HCN2 to 0 in side A.' },
      explain:
        'Pain fell only from about 9.2 to 8.9. That small share is a modelling choice that reflects thin evidence, not a measured fact: if future studies confirm a large role, the weight should grow.',
      question: {
        prompt: 'A classmate says “HCN2 is the main cause of OIH”. What do you answer?',
        options: [
          {
            id: 'a',
            text: 'It is a recent, promising hypothesis; the evidence in OIH is still thin.',
            correct: true,
            feedback:
              'Right: state the evidence strength. The NMDA, RVM and dynorphin mechanisms rest on far more work.',
          },
          {
            id: 'b',
            text: 'Yes: knocking out HCN2 abolished OIH in many trials.',
            correct: false,
            feedback:
              'No such trials exist. The knockout study (Emery 2011) was about inflammatory and neuropathic pain, not OIH.',
          },
          {
            id: 'c',
            text: 'No: HCN2 has nothing to do with pain.',
            correct: false,
            feedback:
              'HCN2 clearly matters for inflammatory and nerve pain in mice; its role in OIH is what is uncertain.',
          },
        ],
      },
    },
    {
      id: 'gabapentinoid',
      title: 'A lever in the model',
      text: 'The app lets a gabapentinoid (gabapentin or pregabalin) lower NMDA drive and HCN2 excitability. How strongly they act on HCN2 is a teaching assumption, not a measured value. Add one from week 12 in side A.',
      setup: {
        preset: 'oih-maintained',
        compare: { preset: 'oih-maintained' },
        tDays: 84,
        chart: 'mechanisms',
        highlight: 'hcn2',
      },
      task: {
        kind: 'edit',
        edit: 'adjuvant.set',
        adjuvant: 'gabapentinoid',
        prompt: 'Add a gabapentinoid from week 12 in the treatment controls, then play two weeks.',
      },
      explain:
        'HCN2 halved within two weeks and pain fell by about one point. In patients, pregabalin reduced pain after high-dose remifentanil (Lee 2013), and gabapentin prevented fentanyl hyperalgesia in rats (Van Elstraete 2008); neither study measured HCN2.',
      question: {
        prompt: 'Which statement about the gabapentinoid’s effect on HCN2 in this app is honest?',
        options: [
          {
            id: 'a',
            text: 'It is a teaching assumption; the clinical studies showed less OIH but did not measure HCN2.',
            correct: true,
            feedback: 'Right: the model links the two for teaching; the link itself is not measured.',
          },
          {
            id: 'b',
            text: 'Gabapentin is proven to block HCN2 in patients.',
            correct: false,
            feedback: 'No study in the facts behind this app measured HCN2 in patients.',
          },
          {
            id: 'c',
            text: 'Gabapentinoids have no effect on OIH.',
            correct: false,
            feedback: 'They prevented OIH in rats and reduced pain after high-dose remifentanil in patients.',
          },
        ],
      },
    },
  ],
  summary: [
    'Chronic opioids may enhance HCN2 channels in peripheral nociceptors, making them more excitable.',
    'This is recent, less established evidence: HCN2 clearly drives inflammatory and nerve pain, its role in OIH is emerging.',
    'The model keeps HCN2’s share small until the evidence grows.',
  ],
  referenceIds: ['seed', 'emery-2011', 'van-elstraete-2008', 'lee-2013'],
};
