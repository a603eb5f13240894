import { safety } from '../../content/safety';
import type { Lesson } from '../types';
import { dipThenRise, onCurve, order, versusB } from '../claims';
import { twins } from '../setups';
import { W12, W14, W16 } from '../weeks';
import { add } from '../edits';
import { choices } from '../choices';

const KETAMINE = [add('ketamine', W12)];

/** Lesson 7: OIH or tolerance? The review's comparison, one feature at a time, each shown in the simulation. */
export const oihOrToleranceLesson: Lesson = {
  id: 'oih-or-tolerance',
  title: 'OIH or tolerance?',
  minutes: 10,
  dosing: true,
  objectives: [
    'Tell OIH from tolerance feature by feature: mechanism, pain characteristics, response to a dose increase, associated symptoms and treatment.',
    'Read a dose increase on the time course and on the dose–response curves — and say why, in a patient, the test is a supervised reduction instead.',
    'Explain why the distinction matters: the two call for opposite changes of dose.',
  ],
  steps: [
    {
      id: 'distinction',
      title: 'OIH vs. opioid tolerance: a critical distinction',
      text: 'Both can result in a patient reporting the same thing — the medication is no longer effective — yet the underlying processes are different, and so are their responses to dose changes. That is why it is crucial, clinically, to differentiate OIH from opioid tolerance: their management strategies are opposite. Side A is a patient of typical susceptibility who develops OIH on 180 MME/day; side B is the same patient with tolerance only (the five OIH mechanisms switched off — possible only in a model).',
      setup: twins(0, 'time-course'),
      prediction: {
        prompt: 'By week 12, how will the two patients’ pain compare?',
        options: choices({
          same: 'The same: both have lost some relief',
          'oih-worse': 'The OIH patient has more pain — more than before the opioid',
          'tol-worse': 'The tolerance patient has more pain',
        }),
        answerId: 'oih-worse',
      },
      task: { kind: 'play-to', day: W12, prompt: 'Play both patients to week 12 (day 84).' },
      explain:
        'Both built tolerance: their tolerance factor rose over the weeks. The tolerance-only patient’s pain stayed well below the 6/10 he started with; the OIH patient’s climbed above it. Both might say “it no longer works”.',
      claims: [
        order('toleranceFold', { day: W12 }, '>', { day: 1 }, 'the OIH patient builds tolerance'),
        order(
          'toleranceFold',
          { side: 'b', day: W12 },
          '>',
          { side: 'b', day: 1 },
          'the tolerance-only patient builds tolerance',
        ),
        order(
          'pain',
          { side: 'b', day: W12, window: 'week' },
          '<',
          6,
          'the tolerance-only patient stays below 6/10',
        ),
        order('pain', { day: W12, window: 'week' }, '>', 6, 'the OIH patient climbs above 6/10'),
      ],
      question: {
        prompt: 'Why does telling the two apart matter so much?',
        options: [
          {
            id: 'blood',
            text: 'Only OIH shows up on routine blood tests, so it needs no clinical judgement',
            correct: false,
            feedback:
              'Neither shows up on a blood test; both are judged from the history, examination and course.',
          },
          {
            id: 'opposite',
            text: 'They call for opposite dose changes, and the wrong one harms',
            correct: true,
            feedback:
              'More drug relieves tolerance but feeds OIH; less drug helps OIH but loses relief in tolerance.',
          },
          {
            id: 'same',
            text: 'It does not matter: both call for the same change of dose',
            correct: false,
            feedback: 'They respond in opposite directions to a dose change, as the next steps show.',
          },
        ],
      },
    },
    {
      id: 'table',
      title: 'Comparison table: OIH vs. tolerance',
      text: 'The review sets the two side by side in a comparison table: for each feature, what opioid-induced hyperalgesia (OIH) looks like and what opioid tolerance looks like. The next steps take the features one at a time in the simulation — mechanism, pain, response to a dose increase, associated symptoms and treatment. Keep both patients on screen: side A (OIH) and side B (tolerance).',
      setup: twins(W12, 'time-course'),
      task: {
        kind: 'chart',
        chart: 'mechanisms',
        prompt: 'Open the Mechanisms chart to see both patients’ mechanisms.',
      },
      explain:
        'In side A the OIH mechanisms are up; in side B they are flat at zero, yet side B still has tolerance. Tolerance and OIH are different processes that often occur together.',
      claims: [
        order('nmda', { day: W12 }, '>', 0.3, 'side A: NMDA is up'),
        order('nmda', { side: 'b', day: W12 }, '<', 0.01, 'side B: NMDA is flat at zero'),
        order('toleranceFold', { side: 'b', day: W12 }, '>', 1.5, 'side B still has tolerance'),
      ],
    },
    {
      id: 'row-mechanism',
      title: 'Row 1 — primary mechanism',
      text: 'Primary mechanism. OIH: increased pain sensitivity, from central sensitization. Tolerance: decreased drug efficacy, from receptor desensitization — the same dose acts less because µ-opioid receptors uncouple from their signalling. Morphine pulls few receptors into the cell (Kim 2008); the scene’s receptors drawn inside the cell are its simplified picture of desensitization.',
      setup: twins(W12, 'mechanisms'),
      mechanism: 'nmda',
      task: {
        kind: 'select',
        region: 'tolerance',
        prompt:
          'Select the tolerance region (the µ-opioid receptors on the nociceptor terminal) in the scene.',
      },
      explain:
        'The scene shows side A: desensitized µ-opioid receptors (tolerance) and a sensitized spinal neuron (OIH). Side B, the tolerance-only patient, has the same receptor change but no sensitization: to see it, choose B under “The pathway shows” in the Compare tab. OIH changes the pain system; tolerance changes the drug’s effect. In mice, both start at µ receptors on nociceptors (Corder 2017).',
      question: {
        prompt: 'Which pair is right?',
        options: [
          {
            id: 'right',
            text: 'OIH: central sensitization. Tolerance: receptors desensitize.',
            correct: true,
            feedback: 'More sensitivity to pain versus less effect of the drug.',
          },
          {
            id: 'swapped',
            text: 'OIH: receptor desensitization. Tolerance: central sensitization of the cord.',
            correct: false,
            feedback:
              'Swapped: tolerance is the receptor side (less drug effect), OIH the pain-system side (more sensitivity).',
          },
          {
            id: 'liver',
            text: 'Both: faster breakdown of the drug in the liver.',
            correct: false,
            feedback:
              'Neither is mainly about drug breakdown; the model keeps drug levels the same in both patients.',
          },
        ],
      },
    },
    {
      id: 'row-pain',
      title: 'Row 2 — pain characteristics',
      text: 'Pain characteristics. With OIH, pain may become diffuse, spread to new areas and change its quality (burning, aching, hurting to touch). With tolerance, pain typically remains at the original site, with the same quality.',
      setup: twins(W12, 'time-course'),
      prediction: {
        prompt: 'On the body map at week 12…',
        options: choices({
          both: 'both patients have pain in new areas',
          oih: 'only the OIH patient has pain in new areas',
          none: 'neither: pain stays where the disease is',
        }),
        answerId: 'oih',
      },
      task: { kind: 'chart', chart: 'body-map', prompt: 'Open the Body map and compare sides A and B.' },
      explain:
        'The OIH patient’s painful area has spread from the back to new regions; the tolerance patient’s stays at the original site, the lower back and abdomen.',
      claims: [
        versusB('painArea', '>', W12, 'the OIH patient’s painful area is larger'),
        order(
          'painArea',
          { side: 'b', day: W12 },
          '<',
          0.13,
          'the tolerance patient’s painful area does not grow',
        ),
      ],
    },
    {
      id: 'row-dose',
      experiment: {
        id: 'escalation-trap',
        title: 'The escalation trap: a higher dose helps for days, then hurts',
      },
      title: 'Row 3 — response to dose increase: the dose challenge',
      text: `Response to a dose increase, in the review’s words reduced to their core: with OIH, pain paradoxically worsens; with tolerance, pain is relieved and the previous level of analgesia is restored. So increasing the opioid dose should improve pain related to tolerance and worsen pain caused by OIH. At week 12 both virtual patients get 50 % more (180 → 270 MME/day). A model can try this safely; in a patient, raising the dose is not the way to test for OIH — a supervised reduction is (lesson 9). ${safety('overdose-dose')}`,
      safety: ['overdose-dose'],
      setup: twins(77, 'time-course'),
      prediction: {
        prompt: 'Four weeks after the increase…',
        options: choices({
          'both-better': 'both have less pain',
          split: 'the tolerance patient has less pain; the OIH patient more',
          'both-worse': 'both have more pain',
        }),
        answerId: 'split',
      },
      task: { kind: 'play-to', day: W16, prompt: 'Play to week 16 (day 112).' },
      explain:
        'Tolerance patient: pain fell and stayed lower — relief restored, bought with a higher overdose risk. OIH patient: a dip on the first day (the added drug still gives some relief), then pain above its level before the increase within two weeks. A short dose change can mislead: judge it over weeks, not a day.',
      claims: [
        order(
          'pain',
          { side: 'b', day: W16, window: 'week' },
          '<',
          { side: 'b', day: W12, window: 'week' },
          'the tolerance patient’s pain falls and stays lower',
        ),
        ...dipThenRise(
          W12,
          'the OIH patient’s pain dips on the first day',
          'then rises above its level before the increase within two weeks',
        ),
      ],
      question: {
        prompt:
          'A patient’s pain improves for a day after a dose increase, then becomes worse than before over two weeks, with new painful areas. Most likely?',
        options: [
          {
            id: 'tolerance',
            text: 'Tolerance that has not yet been fully overcome',
            correct: false,
            feedback: 'With tolerance the relief would last and the pain would stay at its original site.',
          },
          {
            id: 'oih',
            text: 'OIH, perhaps with tolerance alongside',
            correct: true,
            feedback:
              'A brief dip from the added drug, then worsening and spreading as sensitization grows. Before concluding, rule out new disease and withdrawal between doses (lesson 9).',
          },
          {
            id: 'nothing',
            text: 'Nothing new: a one-day improvement shows the dose suits him',
            correct: false,
            feedback: 'The first day misleads; the course over the following weeks tells OIH from tolerance.',
          },
        ],
      },
    },
    {
      id: 'dose-response',
      experiment: { id: 'dose-response-shape', title: 'With OIH, the dose–response curve turns back up' },
      title: 'The dose challenge on the dose–response curves',
      text: 'Two first steps are critical: recognizing the signs — worsening or spreading pain despite dose increases — and distinguishing OIH from tolerance. The dose–response chart plots, for week 12, the pain the model predicts after twelve more weeks at each daily dose, for this patient and for his tolerance-only twin. The curves are the model’s: where this patient’s curve turns up is a property of this virtual patient, not a dose threshold that applies to people.',
      setup: twins(W12, 'time-course'),
      prediction: {
        prompt: 'For the OIH patient, more daily dose means…',
        options: choices({
          less: 'less pain all the way',
          u: 'less pain up to a point, then more pain',
          more: 'more pain from the smallest dose on',
        }),
        answerId: 'u',
      },
      task: { kind: 'chart', chart: 'dose-response', prompt: 'Open the Dose–response chart.' },
      explain:
        'The tolerance-only curve keeps falling: more drug, less pain (shifted right, so more drug is needed for the same relief). The OIH curve has a lowest point; beyond it, extra dose brings more pain. On the acute panel, tolerance is a rightward shift, while OIH also raises the pain at zero dose.',
      claims: [
        order(
          'pain',
          onCurve(W12, 'maintained', 240, 'tolerance-only'),
          '<',
          onCurve(W12, 'maintained', 60, 'tolerance-only'),
          'the tolerance-only curve falls: less pain at 240 than at 60 MME/day',
        ),
        order(
          'pain',
          onCurve(W12, 'maintained', 240),
          '>',
          onCurve(W12, 'maintained', 100),
          'the OIH curve turns up: more pain at 240 than at 100 MME/day',
        ),
        order(
          'pain',
          onCurve(W12, 'maintained', 85),
          '<',
          onCurve(W12, 'maintained', 1),
          'the OIH curve has a lowest point: less pain near 85 MME/day than at the lowest dose shown',
        ),
        order(
          'pain',
          onCurve(W12, 'acute', 60, 'tolerance-only'),
          '>',
          onCurve(W12, 'acute', 60, 'naive'),
          'acute panel: tolerance needs more drug for the same relief',
        ),
        order(
          'pain',
          onCurve(W12, 'acute', 0.001),
          '>',
          onCurve(W12, 'acute', 0.001, 'naive'),
          'acute panel: OIH raises the pain at the lowest dose',
        ),
      ],
      question: {
        prompt: 'On the acute dose–response panel, what marks tolerance?',
        options: [
          {
            id: 'baseline',
            text: 'Higher pain even when no drug is given at all',
            correct: false,
            feedback:
              'That is OIH: more pain at zero dose. Tolerance alone leaves the pain without drug unchanged.',
          },
          {
            id: 'left',
            text: 'A leftward shift of the whole curve',
            correct: false,
            feedback: 'A leftward shift would mean the drug became more potent — the opposite of tolerance.',
          },
          {
            id: 'right',
            text: 'A rightward shift: the same relief needs more drug',
            correct: true,
            feedback:
              'In rats the spinal shift was about 31-fold after a week of intrathecal morphine (Dunbar 1996).',
          },
        ],
      },
    },
    {
      id: 'row-symptoms',
      title: 'Row 4 — associated symptoms',
      text: `Associated symptoms. OIH: may include allodynia (pain from non-painful stimuli). Tolerance: usually not associated with new types of pain sensitivity like allodynia. Both patients here had their dose raised by half at week 12. ${safety('overdose-dose')}`,
      safety: ['overdose-dose'],
      setup: { ...twins(30, 'body-map') },
      task: {
        kind: 'scrub-to',
        day: W16,
        prompt:
          'Drag the time slider to week 16, four weeks after both doses were raised, and compare the allodynic areas.',
      },
      explain:
        'The OIH patient has allodynia over several regions; the tolerance patient has none at any time. Examining for allodynia (a soft brush, cotton wool) is a simple bedside test — though nerve injury and CRPS cause allodynia too.',
      claims: [
        order('allodynia', { day: W16 }, '>', 0.5, 'the OIH patient has allodynia at week 16'),
        order('allodynia', { side: 'b', day: 28 }, '<', 0.02, 'the tolerance patient has none at week 4'),
        order('allodynia', { side: 'b', day: W12 }, '<', 0.02, 'the tolerance patient has none at week 12'),
      ],
    },
    {
      id: 'row-treatment',
      title: 'Row 5 — effective treatment',
      text: 'Effective treatment, as the review’s table lists it. OIH: opioid dose reduction, rotation or cessation; adding NMDA antagonists. Tolerance: opioid dose escalation or rotation. Two corrections: escalation buys relief at a higher overdose risk, and cessation means a supervised taper, not a sudden stop (lesson 8). Side A is lesson 1’s model patient — more susceptible to OIH than average — kept at 240 MME/day; side B the tolerance patient kept at 180.',
      setup: {
        preset: 'oih-maintained',
        compare: { preset: 'tolerance-only-maintained' },
        tDays: W12,
        chart: 'time-course',
      },
      task: {
        kind: 'edit',
        edit: 'adjuvant.set',
        adjuvant: 'ketamine',
        prompt: 'Add ketamine (an NMDA antagonist) from week 12 in side A, then play two weeks.',
      },
      explain: `In the model ketamine lowered the OIH patient’s pain within two weeks, because it blocks the NMDA drive; how much is a teaching assumption. ${safety('ketamine')} Lesson 8 shows dose reduction and rotation.`,
      safety: ['ketamine'],
      claims: [
        order(
          'pain',
          { day: W14 },
          '<',
          { day: W14 },
          'with ketamine, pain two weeks later is lower than without',
          { after: KETAMINE, rightAfter: [] },
        ),
      ],
      question: {
        prompt: 'Why can switching to another opioid help both a tolerant and a hyperalgesic patient?',
        options: [
          {
            id: 'cross',
            text: 'Tolerance to one opioid carries over only partly to another',
            correct: true,
            feedback:
              'Incomplete cross-tolerance. It is also why a switch starts the new opioid well below its calculated equivalent: MME is not a conversion tool (CDC 2022).',
          },
          {
            id: 'nmda',
            text: 'Every opioid also blocks NMDA receptors, which undoes OIH',
            correct: false,
            feedback:
              'Most do not. Methadone’s d-isomer blocks NMDA receptors in rats (Davis 1999); buprenorphine acts differently.',
          },
          {
            id: 'potency',
            text: 'The new opioid is stronger milligram for milligram, so less is needed',
            correct: false,
            feedback:
              'MME factors already try to express potency — roughly, and not well enough to convert doses. The gain comes from incomplete cross-tolerance.',
          },
        ],
      },
    },
  ],
  summary: [
    'Both OIH and tolerance make a patient say “it no longer works”; only OIH makes pain worse than before and spread.',
    'Mechanism: sensitization vs desensitization. Pain: diffuse and spreading vs same site. Dose increase: worse vs relieved. Allodynia: yes vs no.',
    'Treatment differs: for OIH, reduce slowly with the patient, rotate, or consider an NMDA antagonist; for tolerance, weigh any increase against its overdose risk, or rotate. In patients, the test is a supervised reduction, not an increase.',
  ],
  referenceIds: [
    'seed',
    'chu-2012',
    'dunbar-1996',
    'vanderah-2001',
    'king-2005',
    'chen-2009',
    'kim-2008',
    'corder-2017',
    'davis-1999',
    'cdc-2016',
    'cdc-2022',
    'cohen-2018',
  ],
};
