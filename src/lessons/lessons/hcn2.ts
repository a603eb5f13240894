import { safety } from '../../content/safety';
import type { Lesson } from '../types';
import { order, versusB } from '../claims';
import { W12, W14 } from '../weeks';
import { add, switchOff } from '../edits';
import { choices } from '../choices';

const HCN2_OFF = switchOff('hcn2');
const GABAPENTINOID = [add('gabapentinoid', W12)];

/** Lesson 6: HCN2 in nociceptors (the review's fifth mechanism; the evidence is recent and thin). */
export const hcn2Lesson: Lesson = {
  id: 'hcn2',
  title: 'HCN2 channels in nociceptors',
  minutes: 6,
  dosing: true,
  objectives: [
    'Explain how HCN2 channels set the excitability of peripheral nociceptors.',
    'Say why the HCN2 mechanism of OIH is recent and less established than the others, and name the other peripheral player.',
    'Judge the size of HCN2’s share in the simulation, and why the model keeps it small.',
  ],
  steps: [
    {
      id: 'periphery',
      title: 'HCN2 ion channels',
      text: 'The mechanisms so far sit in the spinal cord or brainstem. HCN2 channels sit on nociceptors — the peripheral pain-sensing neurons — and help set how easily they fire. Recent research suggests that chronic opioid exposure enhances their activity, increasing nociceptor excitability; if so, HCN2 would be contributing directly to OIH from outside the central nervous system. It would not be the only peripheral player: in mice, µ-opioid receptors on the same nociceptors start both tolerance and OIH (Corder 2017). The patient is lesson 1’s model experiment: more susceptible to OIH than average, on 240 MME/day from day 0.',
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
            id: 'rvm',
            text: 'In the RVM of the brainstem',
            correct: false,
            feedback:
              'The RVM is the descending facilitation mechanism (lesson 3). HCN2 is on the nociceptors.',
          },
          {
            id: 'nociceptors',
            text: 'In peripheral nociceptors',
            correct: true,
            feedback:
              'On the pain-sensing neurons themselves. They share the periphery with the nociceptors’ µ-opioid receptors, which started tolerance and OIH in mice (Corder 2017).',
          },
          {
            id: 'glia',
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
      text: 'This is recent, less established evidence. What is solid: removing HCN2 from nociceptors in mice left normal pain thresholds but abolished inflammatory and nerve-injury pain (Emery 2011) — pain other than OIH. A 2024 mouse study reports that the HCN blocker ivabradine prevents hyperalgesia after remifentanil. That removing HCN2 abolishes OIH has not been confirmed in a primary paper, so the model gives HCN2 a modest weight.',
      setup: {
        preset: 'oih-state',
        compare: { preset: 'oih-state' },
        tDays: W12,
        chart: 'time-course',
        highlight: 'hcn2',
      },
      prediction: {
        prompt: 'Removing HCN2 in side A will lower pain at week 12…',
        options: choices({
          lot: 'a lot',
          little: 'only a little',
        }),
        answerId: 'little',
      },
      task: { kind: 'edit', edit: 'mechanism.set', mechanism: 'hcn2', prompt: 'Set HCN2 to 0 in side A.' },
      explain:
        'Pain fell only a little. That small share is a modelling choice that reflects thin evidence, not a measured fact: if future studies confirm a large role, the weight should grow.',
      claims: [
        versusB('pain', '<', W12, 'without HCN2, pain at week 12 is lower', {
          window: 'week',
          after: HCN2_OFF,
        }),
        versusB('pain', '>', W12, 'but only a little: less than one point lower than with HCN2', {
          window: 'week',
          plus: -1,
          after: HCN2_OFF,
        }),
        order('pain', { day: W12, window: 'week' }, '>', 7, 'still well above 6/10', { after: HCN2_OFF }),
      ],
      question: {
        prompt: 'A classmate says “HCN2 is the main cause of OIH”. What do you answer?',
        options: [
          {
            id: 'hypothesis',
            text: 'A recent hypothesis; the evidence for it in OIH is still thin',
            correct: true,
            feedback:
              'State the evidence strength. The NMDA, RVM and dynorphin mechanisms rest on far more work.',
          },
          {
            id: 'trials',
            text: 'Agreed: removing HCN2 abolished OIH in several clinical trials',
            correct: false,
            feedback:
              'No such trials exist. The knockout study (Emery 2011) was about inflammatory and nerve-injury pain, in mice.',
          },
          {
            id: 'unrelated',
            text: 'Wrong: HCN2 has nothing at all to do with pain of any kind',
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
      text: `The app lets a gabapentinoid (gabapentin or pregabalin) lower NMDA drive and HCN2 excitability. How strongly they act on HCN2 is a teaching assumption, not a measured value. Add one from week 12 in side A; side B stays on the opioid alone. ${safety('sedatives')}`,
      safety: ['sedatives'],
      setup: {
        preset: 'oih-maintained',
        compare: { preset: 'oih-maintained' },
        tDays: W12,
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
        'HCN2 fell within two weeks and pain eased somewhat. In patients, pregabalin reduced pain after high-dose remifentanil (Lee 2013), and gabapentin prevented fentanyl hyperalgesia in rats (Van Elstraete 2008); neither study measured HCN2.',
      claims: [
        versusB('hcn2', '<', W14, 'with a gabapentinoid, HCN2 falls within two weeks', {
          after: GABAPENTINOID,
        }),
        versusB('pain', '<', W14, 'and pain eases', { after: GABAPENTINOID }),
      ],
      question: {
        prompt: 'What do the studies behind this lever show?',
        options: [
          {
            id: 'measured',
            text: 'That gabapentin blocks HCN2 channels in patients, measured directly in nerves',
            correct: false,
            feedback: 'No study behind this app measured HCN2 in patients.',
          },
          {
            id: 'nothing',
            text: 'That gabapentinoids made no difference to OIH in any study so far',
            correct: false,
            feedback:
              'They prevented OIH in rats and reduced pain after high-dose remifentanil in patients (Van Elstraete 2008; Lee 2013).',
          },
          {
            id: 'less-oih',
            text: 'Less OIH-like pain with gabapentinoids, but no HCN2 measurement',
            correct: true,
            feedback:
              'The model links the two for teaching; the link itself is not measured. And in patients on opioids, gabapentinoids bring their own breathing risk.',
          },
        ],
      },
    },
  ],
  summary: [
    'Chronic opioids may enhance HCN2 channels in peripheral nociceptors, making them more excitable.',
    'This is recent, less established evidence: HCN2 clearly drives inflammatory and nerve pain, its role in OIH is emerging; µ-opioid receptors on nociceptors are another peripheral player.',
    'The model keeps HCN2’s share small until the evidence grows; gabapentinoids act on it only by assumption, and add to opioid breathing risk.',
  ],
  referenceIds: [
    'seed',
    'emery-2011',
    'xiao-2024',
    'corder-2017',
    'van-elstraete-2008',
    'lee-2013',
    'fda-2019-gabapentinoids',
    'gomes-2017',
  ],
};
