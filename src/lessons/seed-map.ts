import { glossary, glossarySlug } from '../content/glossary';
import { lessonReferences } from '../content/lesson-references';
import { mechanismText, toleranceText } from '../content/mechanisms';
import { references } from '../content/references';
import { safetyNotes, type SafetyTag } from '../content/safety';
import type { SeedClaimId } from '../content/seed-claims';
import { READY_LECTURE, type Lecture } from './lectures';
import { LESSONS } from './lessons/index';

/**
 * Where the app teaches each claim of the source review (src/content/seed-claims.ts), in its own words: a lesson
 * step, a lecture scene, a mechanism card, a glossary entry, a safety note or a reference.
 * test/lessons/seed-coverage.test.ts checks that every claim has a target and that every target exists; whether
 * a target really teaches its claim, in our words, is for review, not for a word count.
 */
type CardId = keyof typeof mechanismText | 'tolerance';

export type SeedTargetKind = 'step' | 'lecture' | 'glossary' | 'card' | 'safety' | 'reference';

export type SeedTarget =
  /** A lesson step: `step:<lesson id>/<step id>`. */
  | `step:${string}/${string}`
  /** A lecture scene: `lecture:<lecture id>/<scene id>`. */
  | `lecture:${string}/${string}`
  /** A glossary entry, by its slug (glossarySlug). */
  | `glossary:${string}`
  /** A mechanism card (or the tolerance card) of the mechanism panel. */
  | `card:${CardId}`
  | `safety:${SafetyTag}`
  /** An id of src/content/references.ts or src/content/lesson-references.ts. */
  | `reference:${string}`;

export const seedMap: Readonly<Record<SeedClaimId, readonly [SeedTarget, ...SeedTarget[]]>> = {
  // The core of the paradox
  'paradox-is-oih': [
    'step:paradox/core',
    'glossary:opioid-induced-hyperalgesia-oih',
    'lecture:oih-in-15-minutes/paradox',
  ],
  'oih-more-sensitive': [
    'step:paradox/core',
    'step:paradox/conclusion',
    'glossary:opioid-induced-hyperalgesia-oih',
    'lecture:oih-in-15-minutes/paradox',
  ],
  'pain-worse': ['step:paradox/core', 'lecture:oih-in-15-minutes/paradox'],
  'pain-spreads': [
    'step:paradox/spread',
    'step:oih-or-tolerance/row-pain',
    'glossary:opioid-induced-hyperalgesia-oih',
    'lecture:oih-in-15-minutes/signs',
  ],
  'management-challenge': ['step:paradox/dose-up', 'lecture:oih-in-15-minutes/dose-up'],
  'hard-to-tell-from-tolerance': [
    'step:paradox/dose-up',
    'step:oih-or-tolerance/distinction',
    'lecture:oih-in-15-minutes/dose-up',
  ],
  'sign-sensitivity': ['step:paradox/spread', 'lecture:oih-in-15-minutes/signs'],
  'dose-up-oih-worse': [
    'step:paradox/dose-up',
    'step:oih-or-tolerance/row-dose',
    'lecture:oih-in-15-minutes/dose-up',
    'lecture:oih-in-15-minutes/dose-challenge',
  ],
  'allodynia-sign': [
    'step:paradox/allodynia',
    'step:oih-or-tolerance/row-symptoms',
    'glossary:allodynia',
    'lecture:oih-in-15-minutes/signs',
  ],
  'allodynia-defined': ['step:paradox/allodynia', 'glossary:allodynia', 'lecture:oih-in-15-minutes/signs'],
  // Neurobiology
  'not-fully-understood': ['step:nmda/homeostasis', 'lecture:oih-in-15-minutes/mechanisms'],
  'several-changes': [
    'step:nmda/homeostasis',
    'step:paradox/conclusion',
    'lecture:oih-in-15-minutes/mechanisms',
  ],
  'homeostasis-disrupted': ['step:nmda/homeostasis', 'lecture:oih-in-15-minutes/mechanisms'],
  'central-sensitization': [
    'step:nmda/homeostasis',
    'glossary:central-sensitization',
    'lecture:oih-in-15-minutes/mechanisms',
  ],
  'nmda-glutamate': ['step:nmda/receptor', 'glossary:nmda-receptor', 'card:nmda'],
  'nmda-primary-driver': ['step:nmda/receptor', 'step:nmda/block', 'lecture:oih-in-15-minutes/nmda'],
  'nmda-upregulated': ['step:nmda/receptor', 'glossary:nmda-receptor', 'card:nmda'],
  'nmda-transmission': ['step:nmda/receptor', 'card:nmda', 'lecture:oih-in-15-minutes/nmda'],
  'rvm-descending': ['step:rvm/pathway', 'card:rvm', 'glossary:descending-facilitation'],
  'rvm-site': ['step:rvm/pathway', 'glossary:rvm'],
  'rvm-facilitates': [
    'step:rvm/pathway',
    'card:rvm',
    'glossary:descending-facilitation',
    'lecture:oih-in-15-minutes/rvm',
  ],
  'glia-activated': ['step:glia/cells', 'glossary:glia', 'card:glia', 'lecture:oih-in-15-minutes/glia'],
  'glia-release': ['step:glia/cells', 'glossary:cytokine', 'card:glia'],
  'glia-neuroinflammation': ['step:glia/cells', 'card:glia', 'lecture:oih-in-15-minutes/glia'],
  'dynorphin-rises': ['step:dynorphin/rise', 'card:dynorphin', 'lecture:oih-in-15-minutes/dynorphin'],
  'dynorphin-kappa': ['step:dynorphin/rise', 'glossary:dynorphin', 'card:dynorphin'],
  'dynorphin-promotes-pain': [
    'step:dynorphin/rise',
    'step:dynorphin/antiserum',
    'card:dynorphin',
    'lecture:oih-in-15-minutes/dynorphin',
  ],
  'hcn2-recent': ['step:hcn2/periphery', 'step:hcn2/evidence', 'card:hcn2', 'lecture:oih-in-15-minutes/hcn2'],
  'hcn2-enhanced': ['step:hcn2/periphery', 'card:hcn2', 'glossary:hcn2-channel'],
  'nociceptors-peripheral': ['step:hcn2/periphery', 'glossary:nociceptor'],
  'hcn2-excitability': ['step:hcn2/periphery', 'card:hcn2', 'lecture:oih-in-15-minutes/hcn2'],
  // OIH versus tolerance
  'must-differentiate': ['step:oih-or-tolerance/distinction', 'lecture:oih-in-15-minutes/dose-challenge'],
  'opposite-management': ['step:oih-or-tolerance/distinction', 'lecture:oih-in-15-minutes/dose-challenge'],
  'same-complaint': [
    'step:oih-or-tolerance/distinction',
    'step:paradox/dose-up',
    'lecture:oih-in-15-minutes/dose-challenge',
  ],
  'different-processes': ['step:oih-or-tolerance/distinction', 'step:oih-or-tolerance/table'],
  'dose-up-tolerance-better': [
    'step:oih-or-tolerance/row-dose',
    'glossary:tolerance',
    'lecture:oih-in-15-minutes/dose-challenge',
  ],
  'oih-mechanism': ['step:oih-or-tolerance/row-mechanism', 'glossary:central-sensitization'],
  'tolerance-mechanism': ['step:oih-or-tolerance/row-mechanism', 'glossary:tolerance', 'card:tolerance'],
  'oih-pain-quality': ['step:oih-or-tolerance/row-pain'],
  'tolerance-pain-stays': [
    'step:oih-or-tolerance/row-pain',
    'step:clinical-cases/tolerance-workup',
    'lecture:oih-in-15-minutes/dose-challenge',
  ],
  'tolerance-no-allodynia': ['step:oih-or-tolerance/row-symptoms', 'step:clinical-cases/tolerance-workup'],
  'oih-treatment': [
    'step:oih-or-tolerance/row-treatment',
    'step:managing-oih/taper',
    'step:managing-oih/rotation',
  ],
  'tolerance-treatment': [
    'step:oih-or-tolerance/row-treatment',
    'card:tolerance',
    'safety:overdose-dose',
    'step:clinical-cases/tolerance-plan',
  ],
  // Managing the paradox
  'treat-the-cause': ['step:managing-oih/cause', 'lecture:oih-in-15-minutes/taper'],
  individualized: ['step:managing-oih/cause', 'step:managing-oih/conversation'],
  combination: ['step:managing-oih/cause', 'lecture:oih-in-15-minutes/support'],
  'taper-most-important': ['step:managing-oih/taper', 'glossary:tapering', 'lecture:oih-in-15-minutes/taper'],
  'taper-supervised': [
    'step:managing-oih/taper',
    'step:managing-oih/withdrawal',
    'safety:taper-risk',
    'lecture:oih-in-15-minutes/taper',
  ],
  'taper-pace': [
    'step:managing-oih/taper',
    'step:managing-oih/guidelines',
    'glossary:tapering',
    'safety:taper-risk',
    'lecture:oih-in-15-minutes/taper',
  ],
  'taper-pain-improves': ['step:managing-oih/taper', 'glossary:tapering', 'lecture:oih-in-15-minutes/taper'],
  'rotation-effective': [
    'step:managing-oih/rotation',
    'glossary:opioid-rotation',
    'lecture:oih-in-15-minutes/rotation',
  ],
  'cross-tolerance': [
    'step:managing-oih/rotation',
    'step:oih-or-tolerance/row-treatment',
    'glossary:incomplete-cross-tolerance',
    'safety:rotation',
    'lecture:oih-in-15-minutes/rotation',
  ],
  'rotation-nmda-opioid': ['step:managing-oih/rotation', 'lecture:oih-in-15-minutes/rotation'],
  'methadone-buprenorphine': [
    'step:managing-oih/rotation',
    'glossary:nmda-antagonist',
    'safety:methadone',
    'safety:buprenorphine-start',
    'lecture:oih-in-15-minutes/rotation',
  ],
  adjuvants: ['step:managing-oih/ketamine', 'glossary:adjuvant', 'lecture:oih-in-15-minutes/support'],
  'nmda-antagonists': [
    'step:managing-oih/ketamine',
    'step:oih-or-tolerance/row-treatment',
    'glossary:nmda-antagonist',
    'safety:ketamine',
    'lecture:oih-in-15-minutes/ketamine',
  ],
  gabapentinoids: [
    'step:managing-oih/gabapentinoids',
    'step:hcn2/gabapentinoid',
    'safety:sedatives',
    'lecture:oih-in-15-minutes/support',
  ],
  nsaids: ['step:managing-oih/nsaids', 'glossary:adjuvant', 'lecture:oih-in-15-minutes/support'],
  'non-drug-therapies': ['step:managing-oih/non-drug', 'lecture:oih-in-15-minutes/support'],
  'non-drug-function': ['step:managing-oih/non-drug'],
  'education-prevents': ['step:managing-oih/education', 'lecture:oih-in-15-minutes/education'],
  'education-empowers': [
    'step:managing-oih/education',
    'step:managing-oih/conversation',
    'lecture:oih-in-15-minutes/education',
  ],
  // Conclusion
  'serious-consequence': ['step:paradox/conclusion'],
  'neuroplastic-changes': ['step:paradox/conclusion', 'step:nmda/homeostasis'],
  'first-steps': ['step:oih-or-tolerance/dose-response', 'lecture:oih-in-15-minutes/education'],
  'management-focus': ['step:managing-oih/education', 'lecture:oih-in-15-minutes/education'],
  'understanding-essential': ['step:managing-oih/education'],
  'further-reading': ['step:paradox/conclusion', 'reference:wilson-2021'],
};

const LECTURES: readonly Lecture[] = [READY_LECTURE];

/** `outer/inner` → [outer, inner]; an id without a slash has no inner part. */
function split(id: string): [string, string | undefined] {
  const slash = id.indexOf('/');
  return slash < 0 ? [id, undefined] : [id.slice(0, slash), id.slice(slash + 1)];
}

/** Each kind's title of an id, from the data the app shows; undefined when there is no such thing. */
const TITLES: Readonly<Record<SeedTargetKind, (id: string) => string | undefined>> = {
  step: (id) => {
    const [lesson, step] = split(id);
    return LESSONS.find((l) => l.id === lesson)?.steps.find((s) => s.id === step)?.title;
  },
  lecture: (id) => {
    const [lecture, scene] = split(id);
    return LECTURES.find((l) => l.id === lecture)?.scenes.find((s) => s.id === scene)?.caption;
  },
  glossary: (id) => glossary.find((entry) => glossarySlug(entry) === id)?.term,
  card: (id) =>
    id === 'tolerance'
      ? toleranceText.shortName
      : Object.hasOwn(mechanismText, id)
        ? mechanismText[id as keyof typeof mechanismText].shortName
        : undefined,
  safety: (id) => (Object.hasOwn(safetyNotes, id) ? safetyNotes[id as SafetyTag].label : undefined),
  reference: (id) => [...references, ...lessonReferences].find((r) => r.id === id)?.citation,
};

/** What a target names, for a link or a list: its kind and title; undefined when the target does not exist. */
export function resolveSeedTarget(target: string): { kind: SeedTargetKind; title: string } | undefined {
  const colon = target.indexOf(':');
  const kind = target.slice(0, colon);
  if (colon < 0 || !Object.hasOwn(TITLES, kind)) return undefined;
  const title = TITLES[kind as SeedTargetKind](target.slice(colon + 1));
  return title === undefined ? undefined : { kind: kind as SeedTargetKind, title };
}
