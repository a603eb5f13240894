/**
 * Fletcher & Martinez 2014, the perioperative experiment the bands added in issue 14, as the Experiments view
 * shows it: hours from the start of surgery, pain on the trials' 100 mm scale.
 */
import { FLETCHER_2014 } from './citations';
import type { Experiment } from './experiment';

const FLETCHER_READS = [
  [1, 9.4, 4.4, 14.5],
  [4, 7.1, 2.8, 11.3],
  [24, 3, 0.4, 5.6],
] as const;
export const FLETCHER_EXPERIMENT: Experiment = {
  id: 'fletcher-2014',
  items: ['Fletcher 2014'],
  title: 'More remifentanil during surgery, more pain after it',
  citation: FLETCHER_2014,
  alsoCites: [],
  species: 'patient',
  question:
    'Do patients given high intraoperative opioid doses have more pain after surgery than those given less?',
  whyItMattered:
    'Pooling 27 trials (1494 patients), it found small but significant increases in pain after surgery with high doses, mainly with remifentanil, and more morphine use over the first 24 h; acute tolerance may explain part of it. Among the strongest clinical evidence for OIH.',
  design: {
    drug: 'remifentanil i.v. during surgery',
    doseText: '0.40 vs 0.05 µg/kg/min for 3 h of abdominal surgery (the model’s two arms; the trials varied)',
    schedule: [
      { atHours: 0, untilHours: 3, label: 'remifentanil during surgery (high or low dose)' },
      ...FLETCHER_READS.map(([h]) => ({ atHours: 3 + h, label: `pain read ${h} h after surgery` })),
    ],
    assay: 'postoperative pain on a 100 mm visual analogue scale',
    groups: ['high-dose remifentanil', 'low-dose remifentanil'],
  },
  presets: [
    { group: 'high-dose remifentanil', preset: 'fletcher-2014-remifentanil-high' },
    { group: 'low-dose remifentanil', preset: 'fletcher-2014-remifentanil-low' },
  ],
  plots: [
    {
      id: 'extra-pain',
      kind: 'time',
      title: 'Extra pain after surgery with the high dose',
      series: 'painScore',
      timeUnit: 'hours',
      from: 0,
      to: 30,
      yLabel: 'pain, high minus low dose',
      yUnit: 'mm (0–100 VAS)',
      curves: [
        {
          group: 'high minus low dose',
          contrast: 'difference',
          of: 'fletcher-2014-remifentanil-high',
          against: 'fletcher-2014-remifentanil-low',
          scale: 10,
        },
      ],
    },
  ],
  published: FLETCHER_READS.map(([h, y, low, high]) => ({
    plot: 'extra-pain',
    group: 'high minus low dose',
    x: 3 + h,
    y,
    low,
    high,
    source: 'abstract' as const,
    note: `mean difference ${y} (95 % CI ${low}–${high}) ${h} h after surgery; read in the abstract`,
  })),
  honestLine:
    'The model’s extra pain is smaller than the pooled difference (accepted range 2–20 mm at 1 h). One virtual patient stands for 27 trials (abdominal surgery, pain 6/10 halving in 3 days, remifentanil 0.40 vs 0.05 µg/kg/min for 3 h), and the larger dose adds sensitization only through a small linear part of the NMDA drive (a teaching assumption).',
  whatIf: {
    kind: 'dose',
    label: 'high-dose arm’s remifentanil rate',
    unit: 'µg/kg/min',
    min: 0.05,
    max: 0.6,
    step: 0.05,
    default: 0.4,
    appliesTo: 'fletcher-2014-remifentanil-high',
  },
};
