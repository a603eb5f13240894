import type { ReferenceId } from './references';

/**
 * The ready-made scenarios as a learner reads them (step 12, "plain words on screen"): for every preset of
 * src/model/presets a title, the group the scenario picker files it under and, for the published experiments,
 * the source it follows (cited on screen by author and year, linked to the About dialog's list). Their one-line
 * descriptions are in preset-descriptions.ts, loaded after the first screen. The model keeps its ids and
 * scientific notes; these are the words on screen. Ids appear only in links and files;
 * test/content/presets.test.ts checks that every preset has its words.
 */
export interface PresetWords {
  readonly title: string;
  readonly group: PresetGroup;
  /** The published experiment it follows (the About dialog lists every reference). */
  readonly source?: PresetSourceId;
}

/**
 * How the picker cites each source a preset follows, by author and year: shortCitation(referenceById(id)) of
 * references.ts, written out so that the first screen shows it without loading the whole reference list
 * (test/content/presets.test.ts holds each to that). A preset can only name a source listed here.
 */
export const presetSourceCites = {
  'celerier-2000': 'Célèrier et al. 2000',
  'chu-2012': 'Chu et al. 2012',
  'darnall-2018': 'Darnall et al. 2018',
  'dunbar-1996': 'Dunbar & Yaksh 1996',
  'fletcher-2014': 'Fletcher & Martinez 2014',
  'grace-2016': 'Grace et al. 2016',
  'johnston-2004': 'Johnston et al. 2004',
  'koppert-2003': 'Koppert et al. 2003',
  'laulin-1999': 'Laulin et al. 1999',
  'laulin-2002': 'Laulin et al. 2002',
  'pud-2006': 'Pud et al. 2006',
  'vanderah-2000': 'Vanderah et al. 2000',
  'vanderah-2001': 'Vanderah et al. 2001',
} as const satisfies Partial<Record<ReferenceId, string>>;

/** A reference a preset may follow: one with a short cite above. */
export type PresetSourceId = keyof typeof presetSourceCites;

/**
 * The picker's groups, in its order: courses a patient could have, the what-ifs the lessons use (tolerance
 * with OIH switched off, one mechanism switched off), and the published experiments the model is checked
 * against, in people and in rats.
 */
export const PRESET_GROUP_IDS = ['clinical', 'lesson', 'human', 'rat'] as const;
export type PresetGroup = (typeof PRESET_GROUP_IDS)[number];

export const presetGroupNames: Readonly<Record<PresetGroup, string>> = {
  clinical: 'Clinical scenarios',
  lesson: 'Lesson scenarios: what if',
  human: 'Experiments in people',
  rat: 'Experiments in rats',
};

const knockout = (short: string): PresetWords => ({
  title: `Rising dose with ${short} switched off`,
  group: 'lesson',
});

const chronic = (mme: number, length: string, who: string): PresetWords => ({
  title: `Morphine ${mme} MME a day for ${length}: ${who}`,
  group: 'human',
});

const fentanylInRats = (dose: number): PresetWords => ({
  title: `Rats: fentanyl 4 × ${dose} µg/kg`,
  group: 'rat',
  source: 'celerier-2000',
});

const fentanylThenMorphine = (dose: number): PresetWords => ({
  title: `Rats: fentanyl 4 × ${dose} µg/kg, then morphine`,
  group: 'rat',
  source: 'laulin-2002',
});

/** Every preset's words, keyed by the preset's id (the model's `Preset.name`). */
export const presetWords: Readonly<Record<string, PresetWords>> = {
  naive: {
    title: 'No opioid: pain from the disease only',
    group: 'clinical',
  },
  'oih-state': {
    title: 'OIH after 12 weeks of high-dose morphine',
    group: 'clinical',
  },
  'oih-maintained': {
    title: 'OIH with the high dose kept for a year',
    group: 'clinical',
  },
  'escalation-trap': {
    title: 'The escalation trap: 50 % more morphine',
    group: 'clinical',
  },
  'oih-escalation': {
    title: 'Rising morphine dose over 26 weeks',
    group: 'clinical',
  },
  'taper-10-per-week': {
    title: 'Taper by 10 % a week',
    group: 'clinical',
  },
  'taper-20-per-week': {
    title: 'Taper by 20 % a week',
    group: 'clinical',
  },
  'abrupt-stop': {
    title: 'Stopping the opioid all at once',
    group: 'clinical',
  },
  'rotate-methadone': {
    title: 'Switch to methadone',
    group: 'clinical',
  },
  'rotate-buprenorphine': {
    title: 'Switch to buprenorphine',
    group: 'clinical',
  },
  'ketamine-rescue': {
    title: 'Add low-dose ketamine',
    group: 'clinical',
  },

  'tolerance-only': {
    title: 'The escalation trap with tolerance only',
    group: 'lesson',
  },
  'tolerance-only-maintained': {
    title: 'Tolerance only, 180 MME a day kept',
    group: 'lesson',
  },
  'tolerance-only-rotate-methadone': {
    title: 'Tolerance only, switch to methadone',
    group: 'lesson',
  },
  'tolerance-only-rotate-buprenorphine': {
    title: 'Tolerance only, switch to buprenorphine',
    group: 'lesson',
  },
  'oih-escalation-all-knockouts': {
    title: 'Rising dose with every OIH mechanism switched off',
    group: 'lesson',
  },
  'tolerance-only-120': {
    title: 'Tolerance only, 120 MME a day for 4 weeks',
    group: 'lesson',
  },
  'knockout-nmda': knockout('NMDA'),
  'knockout-rvm': knockout('the RVM'),
  'knockout-glia': knockout('glia'),
  'knockout-dynorphin': knockout('dynorphin'),
  'knockout-hcn2': knockout('HCN2'),

  'chu-2012-moderate-dose': {
    title: 'A moderate dose for a month',
    group: 'human',
    source: 'chu-2012',
  },
  'chronic-60-mme-26-weeks': chronic(60, '26 weeks', 'a typical patient'),
  'chronic-120-mme-26-weeks': chronic(120, '26 weeks', 'a typical patient'),
  'chronic-240-mme-26-weeks': chronic(240, '26 weeks', 'a typical patient'),
  'chronic-300-mme-52-weeks': chronic(300, 'a year', 'a typical patient'),
  'chronic-600-mme-26-weeks-s0': chronic(600, '26 weeks', 'not prone to OIH'),
  'chronic-600-mme-26-weeks': chronic(600, '26 weeks', 'a typical patient'),
  'chronic-600-mme-26-weeks-s2': chronic(600, '26 weeks', 'very prone to OIH'),
  'pud-2006-abstinence': {
    title: 'Stopping after a year on opioids',
    group: 'human',
    source: 'pud-2006',
  },
  'darnall-2018-taper': {
    title: 'A slow taper the patient agrees to',
    group: 'human',
    source: 'darnall-2018',
  },
  'koppert-remifentanil-volunteer': {
    title: 'Volunteers: a remifentanil infusion',
    group: 'human',
    source: 'koppert-2003',
  },
  'koppert-remifentanil-s-ketamine': {
    title: 'Volunteers: remifentanil with S-ketamine',
    group: 'human',
    source: 'koppert-2003',
  },
  'fentanyl-volunteer-10': {
    title: 'Volunteers: fentanyl 10 µg/kg',
    group: 'human',
  },
  'fentanyl-volunteer-1': {
    title: 'Volunteers: fentanyl 1 µg/kg',
    group: 'human',
  },
  'fletcher-2014-remifentanil-high': {
    title: 'Surgery with high-dose remifentanil',
    group: 'human',
    source: 'fletcher-2014',
  },
  'fletcher-2014-remifentanil-low': {
    title: 'Surgery with low-dose remifentanil',
    group: 'human',
    source: 'fletcher-2014',
  },

  'celerier-2000-fentanyl-20': fentanylInRats(20),
  'celerier-2000-fentanyl-60': fentanylInRats(60),
  'celerier-2000-fentanyl-100': fentanylInRats(100),
  'celerier-2000-fentanyl-ketamine': {
    title: 'Rats: ketamine before fentanyl 4 × 100 µg/kg',
    group: 'rat',
    source: 'celerier-2000',
  },
  'laulin-2002-saline-morphine': {
    title: 'Rats: morphine alone, for comparison',
    group: 'rat',
    source: 'laulin-2002',
  },
  'laulin-2002-fentanyl-20-morphine': fentanylThenMorphine(20),
  'laulin-2002-fentanyl-60-morphine': fentanylThenMorphine(60),
  'laulin-2002-fentanyl-100-morphine': fentanylThenMorphine(100),
  'laulin-2002-ketamine-fentanyl-60-morphine': {
    title: 'Rats: ketamine, fentanyl 4 × 60 µg/kg, then morphine',
    group: 'rat',
    source: 'laulin-2002',
  },
  'laulin-daily-morphine': {
    title: 'Rats: morphine once a day for 10 days',
    group: 'rat',
    source: 'laulin-1999',
  },
  'laulin-daily-morphine-mk801': {
    title: 'Rats: daily morphine with MK-801',
    group: 'rat',
    source: 'laulin-1999',
  },
  'vanderah-2001-continuous': {
    title: 'Rats: morphine given without a break',
    group: 'rat',
    source: 'vanderah-2001',
  },
  'dunbar-1996-spinal': {
    title: 'Rats: spinal morphine for 7 days',
    group: 'rat',
    source: 'dunbar-1996',
  },
  'dunbar-1996-spinal-rvm-block': {
    title: 'Rats: spinal morphine, then the RVM blocked',
    group: 'rat',
    source: 'vanderah-2001',
  },
  'dunbar-1996-spinal-antiserum': {
    title: 'Rats: spinal morphine, then dynorphin blocked',
    group: 'rat',
    source: 'vanderah-2000',
  },
  'dunbar-1996-spinal-mk801': {
    title: 'Rats: spinal morphine with MK-801 throughout',
    group: 'rat',
    source: 'dunbar-1996',
  },
  'dunbar-1996-spinal-mk801-day-7': {
    title: 'Rats: spinal morphine, MK-801 on day 7 only',
    group: 'rat',
    source: 'dunbar-1996',
  },
  'johnston-2004-glia': {
    title: 'Rats: spinal morphine once a day for 5 days',
    group: 'rat',
    source: 'johnston-2004',
  },
  'johnston-2004-glia-1-dose': {
    title: 'Rats: one dose of spinal morphine',
    group: 'rat',
    source: 'johnston-2004',
  },
  'johnston-2004-glia-knockout': {
    title: 'Rats: 5 days of spinal morphine, glia switched off',
    group: 'rat',
    source: 'johnston-2004',
  },
  'johnston-2004-glia-il1ra': {
    title: 'Rats: 5 days of spinal morphine, then a glia blocker',
    group: 'rat',
    source: 'johnston-2004',
  },
  'grace-2016-injury-alone': {
    title: 'Rats: an injury, no morphine',
    group: 'rat',
    source: 'grace-2016',
  },
  'grace-2016-second-hit': {
    title: 'Rats: an injury, then morphine',
    group: 'rat',
    source: 'grace-2016',
  },
  'grace-2016-before-injury': {
    title: 'Rats: morphine ending a week before an injury',
    group: 'rat',
    source: 'grace-2016',
  },
};

/** The title, group and source of a preset, or undefined for a name that is not a preset. */
export function wordsOfPreset(name: string): PresetWords | undefined {
  return Object.hasOwn(presetWords, name) ? presetWords[name] : undefined;
}

export const presetPickerWords = {
  searchLabel: 'Find a scenario',
  searchHint: 'Type words from a title or description; the list below shows only what matches.',
  matches: (n: number, of: number) =>
    n === of ? `All ${of} listed` : n === 0 ? 'None match' : `${n} of ${of} match`,
  noMatch: 'No ready-made scenario has all these words; try fewer or other words.',
  source: 'Source:',
  sourceLink: (cite: string) => `${cite}, in the list of sources`,
} as const;
