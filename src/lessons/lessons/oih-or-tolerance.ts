import type { Lesson, SimSetup } from '../types';

/** Side A: OIH (escalation-trap); side B: the same patient with tolerance only. Both get +50 % at week 12. */
const twins = (tDays: number, chart: NonNullable<SimSetup['chart']>): SimSetup => ({
  preset: 'escalation-trap',
  compare: { preset: 'tolerance-only' },
  tDays,
  chart,
  highlight: null,
});

/** Lesson 7: OIH or tolerance? The seed's comparison table, row by row, each row shown in the simulation. */
export const oihOrToleranceLesson: Lesson = {
  id: 'oih-or-tolerance',
  title: 'OIH or tolerance?',
  minutes: 10,
  dosing: true,
  objectives: [
    'Tell OIH from tolerance on each row of the comparison table: mechanism, pain characteristics, response to a dose increase, associated symptoms and treatment.',
    'Read a dose challenge on the time course and on the dose–response curves.',
    'Explain why the distinction matters: the management strategies are opposite.',
  ],
  steps: [
    {
      id: 'distinction',
      title: 'OIH vs. opioid tolerance: a critical distinction',
      text: 'Clinically, it’s crucial to differentiate OIH from opioid tolerance, as their management strategies are opposite. While both can result in a patient reporting that their medication is no longer effective, their underlying processes and responses to dose changes are different. Side A is a patient who develops OIH on 180 MME/day; side B is the same patient with tolerance only (the five OIH mechanisms switched off).',
      setup: twins(0, 'time-course'),
      prediction: {
        prompt: 'By week 12, how will the two patients’ pain compare?',
        options: [
          { id: 'same', text: 'The same: both have lost some relief' },
          { id: 'oih-worse', text: 'The OIH patient has more pain — more than before the opioid' },
          { id: 'tol-worse', text: 'The tolerance patient has more pain' },
        ],
        answerId: 'oih-worse',
      },
      task: { kind: 'play-to', day: 84, prompt: 'Play both patients to week 12 (day 84).' },
      explain:
        'Both lost part of the first day’s relief: that is tolerance, and both have it. The tolerance-only patient settled at about 2.5/10. The OIH patient climbed to about 8/10, above the 6/10 he started with. Both might say “it no longer works”.',
      question: {
        prompt: 'Why does telling the two apart matter so much?',
        options: [
          {
            id: 'a',
            text: 'Because the management strategies are opposite: more drug helps tolerance and worsens OIH.',
            correct: true,
            feedback: 'Right: the wrong diagnosis leads to the wrong direction of dose change.',
          },
          {
            id: 'b',
            text: 'Because OIH needs surgery and tolerance does not.',
            correct: false,
            feedback: 'Neither needs surgery. The difference is the direction of the opioid dose change.',
          },
          {
            id: 'c',
            text: 'It does not matter: both are treated by increasing the dose.',
            correct: false,
            feedback: 'Increasing the dose relieves tolerance but makes OIH worse, as the next steps show.',
          },
        ],
      },
    },
    {
      id: 'table',
      title: 'Comparison table: OIH vs. tolerance',
      text: 'The comparison table has three columns — Feature, Opioid-Induced Hyperalgesia (OIH), and Opioid Tolerance — and five rows. Each of the next steps shows one row in the simulation. Keep both patients on screen: side A (OIH) and side B (tolerance).',
      setup: twins(84, 'time-course'),
      task: {
        kind: 'chart',
        chart: 'mechanisms',
        prompt: 'Open the Mechanisms chart to see both patients’ mechanisms.',
      },
      explain:
        'In side A the five OIH mechanisms are up; in side B they are flat at zero, yet side B still has tolerance. Tolerance and OIH are different processes that often occur together.',
    },
    {
      id: 'row-mechanism',
      title: 'Row 1 — primary mechanism',
      text: 'Primary mechanism. OIH: increased pain sensitivity (central sensitization). Tolerance: decreased drug efficacy (receptor desensitization) — the same dose acts less because µ-opioid receptors desensitize and are internalized.',
      setup: twins(84, 'mechanisms'),
      mechanism: 'nmda',
      task: {
        kind: 'select',
        region: 'tolerance',
        prompt:
          'Select the tolerance region (the µ-opioid receptors on the nociceptor terminal) in the scene.',
      },
      explain:
        'The scene shows side A: µ-opioid receptors pulled inside the cell (tolerance) and a sensitized spinal neuron (OIH). Side B, the tolerance-only patient, has the same receptor change but no sensitization: to see it, choose B under “The pathway shows” in the Compare tab. OIH changes the pain system, tolerance changes the drug’s effect.',
      question: {
        prompt: 'Which pair is right?',
        options: [
          {
            id: 'a',
            text: 'OIH: central sensitization. Tolerance: receptor desensitization.',
            correct: true,
            feedback: 'Right: more sensitivity to pain versus less effect of the drug.',
          },
          {
            id: 'b',
            text: 'OIH: receptor desensitization. Tolerance: central sensitization.',
            correct: false,
            feedback:
              'Swapped: tolerance is the receptor side (less drug effect), OIH the pain-system side (more sensitivity).',
          },
          {
            id: 'c',
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
      text: 'Pain characteristics. OIH: pain may become more diffuse, spread to new areas, and change in quality (burning, aching, allodynic). Tolerance: pain typically remains at the original site and of the same quality.',
      setup: twins(84, 'time-course'),
      prediction: {
        prompt: 'On the body map at week 12…',
        options: [
          { id: 'both', text: 'both patients have pain in new areas' },
          { id: 'oih', text: 'only the OIH patient has pain in new areas' },
          { id: 'none', text: 'neither: pain stays where the disease is' },
        ],
        answerId: 'oih',
      },
      task: { kind: 'chart', chart: 'body-map', prompt: 'Open the Body map and compare sides A and B.' },
      explain:
        'The OIH patient’s pain covers seven regions, spreading from the back to the hips, chest and arms; the tolerance patient’s stays at the original site, the lower back and abdomen.',
    },
    {
      id: 'row-dose',
      title: 'Row 3 — response to dose increase: the dose challenge',
      text: 'Response to dose increase. OIH: pain paradoxically worsens. Tolerance: pain is relieved, and the previous level of analgesia is restored. Increasing the opioid dose will improve pain related to tolerance but will worsen pain caused by OIH. At week 12 both patients get 50 % more (180 → 270 MME/day).',
      setup: twins(77, 'time-course'),
      prediction: {
        prompt: 'Four weeks after the increase…',
        options: [
          { id: 'both-better', text: 'both have less pain' },
          { id: 'split', text: 'the tolerance patient has less pain; the OIH patient more' },
          { id: 'both-worse', text: 'both have more pain' },
        ],
        answerId: 'split',
      },
      task: { kind: 'play-to', day: 112, prompt: 'Play to week 16 (day 112).' },
      explain:
        'Tolerance patient: pain fell from about 2.5 to 1.8 and stayed there — relief restored. OIH patient: a dip on the first day (the added drug still gives some relief), then pain climbed above its level before the increase within two weeks. A short dose challenge can mislead: judge it over weeks, not a day.',
      question: {
        prompt:
          'A patient’s pain improves for a day after a dose increase, then becomes worse than before over two weeks, with new painful areas. Most likely?',
        options: [
          {
            id: 'a',
            text: 'OIH',
            correct: true,
            feedback:
              'Right: a brief dip from the added drug, then worsening and spreading as sensitization grows.',
          },
          {
            id: 'b',
            text: 'Tolerance, so the dose should be raised again',
            correct: false,
            feedback: 'With tolerance the relief would last and pain would stay at the original site.',
          },
          {
            id: 'c',
            text: 'Nothing: a one-day improvement proves the dose is right',
            correct: false,
            feedback: 'The first day misleads; the course over the next weeks tells OIH from tolerance.',
          },
        ],
      },
    },
    {
      id: 'dose-response',
      title: 'The dose challenge on the dose–response curves',
      text: 'Recognizing the signs — worsening or spreading pain despite dose increases — and distinguishing it from tolerance are critical first steps. The dose–response chart plots, for week 12, the pain after twelve more weeks at each daily dose: for this patient and for the same patient with tolerance only.',
      setup: twins(84, 'time-course'),
      prediction: {
        prompt: 'For the OIH patient, more daily dose means…',
        options: [
          { id: 'less', text: 'less pain all the way' },
          { id: 'u', text: 'less pain up to a point, then more pain' },
          { id: 'more', text: 'more pain from the smallest dose on' },
        ],
        answerId: 'u',
      },
      task: { kind: 'chart', chart: 'dose-response', prompt: 'Open the Dose–response chart.' },
      explain:
        'The tolerance-only curve keeps falling: more drug, less pain (shifted right, so more drug is needed for the same relief). The OIH curve has a lowest point; beyond it, each extra dose brings more pain. On the acute panel, tolerance is a rightward shift, while OIH also raises the pain at zero dose.',
      question: {
        prompt: 'On the acute dose–response panel, what marks tolerance?',
        options: [
          {
            id: 'a',
            text: 'A rightward shift: more drug is needed for the same relief',
            correct: true,
            feedback:
              'Right: in rats the spinal shift was about 31-fold after a week of intrathecal morphine (Dunbar 1996).',
          },
          {
            id: 'b',
            text: 'Higher pain with no drug at all',
            correct: false,
            feedback:
              'That is OIH: a lower pain threshold at zero dose. Tolerance alone leaves the baseline unchanged.',
          },
          {
            id: 'c',
            text: 'A leftward shift',
            correct: false,
            feedback: 'A leftward shift would mean the drug became more potent — the opposite of tolerance.',
          },
        ],
      },
    },
    {
      id: 'row-symptoms',
      title: 'Row 4 — associated symptoms',
      text: 'Associated symptoms. OIH: may include allodynia (pain from non-painful stimuli). Tolerance: usually not associated with new types of pain sensitivity like allodynia.',
      setup: { ...twins(30, 'body-map') },
      task: {
        kind: 'scrub-to',
        day: 84,
        prompt: 'Drag the time slider to week 12 and compare the allodynic areas.',
      },
      explain:
        'The OIH patient has allodynia over the back, abdomen, both hips and the chest; the tolerance patient has none at any time. Examining for allodynia (light touch, a cotton swab) is a simple bedside test.',
    },
    {
      id: 'row-treatment',
      title: 'Row 5 — effective treatment',
      text: 'Effective treatment. OIH: opioid dose reduction, rotation, or cessation; adding NMDA antagonists. Tolerance: opioid dose escalation or rotation. Rotation appears in both columns. Side A is the OIH patient kept at 240 MME/day; side B the tolerance patient kept at 180.',
      setup: {
        preset: 'oih-maintained',
        compare: { preset: 'tolerance-only-maintained' },
        tDays: 84,
        chart: 'time-course',
      },
      task: {
        kind: 'edit',
        edit: 'adjuvant.set',
        adjuvant: 'ketamine',
        prompt: 'Add ketamine (an NMDA antagonist) from week 12 in side A, then play two weeks.',
      },
      explain:
        'Ketamine brought the OIH patient’s pain from about 9 to about 4 within two weeks, because it blocks the NMDA drive. Lesson 8 shows dose reduction and rotation: in this model, pain first rises a little while the dose comes down and improves as sensitization fades.',
      question: {
        prompt: 'Which treatment appears in both columns of the table?',
        options: [
          {
            id: 'a',
            text: 'Opioid rotation',
            correct: true,
            feedback:
              'Right: incomplete cross-tolerance lets a new opioid work at a lower equivalent dose, which helps both.',
          },
          {
            id: 'b',
            text: 'Dose escalation',
            correct: false,
            feedback: 'Escalation is listed only for tolerance; in OIH it worsens pain.',
          },
          {
            id: 'c',
            text: 'NMDA antagonists',
            correct: false,
            feedback: 'NMDA antagonists are listed for OIH, where they counteract central sensitization.',
          },
        ],
      },
    },
  ],
  summary: [
    'Both OIH and tolerance make a patient say “it no longer works”; only OIH makes pain worse than before and spread.',
    'Mechanism: sensitization vs desensitization. Pain: diffuse and spreading vs same site. Dose increase: worse vs relieved. Allodynia: yes vs no.',
    'Treatment is opposite: reduce, rotate or stop and add an NMDA antagonist for OIH; escalate or rotate for tolerance.',
  ],
  referenceIds: ['seed', 'chu-2012', 'dunbar-1996', 'vanderah-2001', 'king-2005', 'chen-2009'],
};
