import {
  DRUG_IDS,
  DRUGS,
  MECHANISM_IDS,
  MECHANISM_LABELS,
  PRESETS,
  type DrugId,
  type MechanismId,
} from '../model';
import {
  PRESET_GROUP_IDS,
  presetGroupNames,
  presetSourceCites,
  wordsOfPreset,
  type PresetGroup,
} from '../content/presets';

/**
 * What the controls and lecture files list: presets by group, drugs, mechanisms (ids with their names). A
 * preset is listed under its id (`name`, what links, files and lessons use) with the words a learner reads
 * (src/content/presets.ts): a title and the source it follows, cited by author and year. Its one-line
 * description loads after the first screen (`loadPresetDescriptions`).
 */
export interface PresetEntry {
  readonly name: string;
  readonly title: string;
  readonly group: PresetGroup;
  /** The published experiment it follows: the reference's id and "Author et al. year"; null for none. */
  readonly source: { readonly id: string; readonly cite: string } | null;
}

export interface PresetGroupEntry {
  readonly id: PresetGroup;
  readonly label: string;
  readonly presets: readonly PresetEntry[];
}

function entryOf(name: string): PresetEntry {
  const words = wordsOfPreset(name);
  // test/content/presets.test.ts keeps every preset worded; a new one without words is listed as a lesson what-if.
  // The cite as shortCitation gives it, from a table: the reference list loads with the About dialog.
  const source = words?.source;
  return {
    name,
    title: words?.title ?? name,
    group: words?.group ?? 'lesson',
    source: source ? { id: source, cite: presetSourceCites[source] } : null,
  };
}

/** Every preset with its words, in the model's order. */
export const PRESET_ENTRIES: readonly PresetEntry[] = PRESETS.map((p) => entryOf(p.name));

/** The picker's groups in order: clinical scenarios, lesson scenarios, experiments in people, in rats. */
export const PRESET_GROUPS: readonly PresetGroupEntry[] = PRESET_GROUP_IDS.map((id) => ({
  id,
  label: presetGroupNames[id],
  presets: PRESET_ENTRIES.filter((p) => p.group === id),
}));

/** A preset's entry by id, or undefined. */
export function presetEntry(name: string): PresetEntry | undefined {
  return PRESET_ENTRIES.find((p) => p.name === name);
}

/** The title a learner reads for a preset id; any other name (a file's, a link's title) as it is. */
export function presetTitle(name: string): string {
  return presetEntry(name)?.title ?? name;
}

/** Added to the name of an edited scenario (the controls show the same words). */
export const EDITED = ' (edited)';

/**
 * A title carried by a link, a scenario file or a lecture scene, as a learner should read it: links and files
 * made before presets had titles carry the preset's id ("oih-state (edited)"), which becomes its title.
 */
export function readableTitle(title: string): string {
  const edited = title.endsWith(EDITED);
  const base = edited ? title.slice(0, -EDITED.length) : title;
  const entry = presetEntry(base);
  return entry ? `${entry.title}${edited ? EDITED : ''}` : title;
}

/** Lower case without accents, so that "celerier" finds "Célèrier". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

let descriptions: Readonly<Record<string, string>> | null = null;
let descriptionsLoaded: () => void = () => undefined;

/** Resolves once the presets' descriptions have loaded (main.ts loads them right after app-ready). */
export const presetDescriptionsReady = new Promise<void>((resolve) => {
  descriptionsLoaded = resolve;
});

/**
 * Loads the presets' one-line descriptions (src/content/preset-descriptions.ts). The first screen does not
 * need them and its script budget has no room for them, so main.ts asks for them after app-ready.
 */
export async function loadPresetDescriptions(): Promise<void> {
  if (descriptions) return;
  descriptions = (await import('../content/preset-descriptions')).presetDescriptions;
  haystacks = null;
  descriptionsLoaded();
}

/** A preset's one-line description; null before the descriptions have loaded or for an unknown name. */
export function presetDescription(name: string): string | null {
  return descriptions && Object.hasOwn(descriptions, name) ? (descriptions[name] ?? null) : null;
}

let haystacks: ReadonlyMap<string, string> | null = null;
const haystackOf = (name: string): string => {
  haystacks ??= new Map(
    PRESET_GROUPS.flatMap((g) =>
      g.presets.map((p) => [
        p.name,
        fold([p.title, presetDescription(p.name) ?? '', g.label, p.source?.cite ?? ''].join(' ')),
      ]),
    ),
  );
  return haystacks.get(name) ?? '';
};

/**
 * The picker's groups with only the presets whose title, description (once loaded), group or source holds
 * every word of `query` (any case, accents ignored); groups left empty are dropped. An empty query keeps all.
 */
export function searchPresets(query: string): readonly PresetGroupEntry[] {
  const words = fold(query)
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0) return PRESET_GROUPS;
  return PRESET_GROUPS.map((g) => ({
    ...g,
    presets: g.presets.filter((p) => words.every((w) => haystackOf(p.name).includes(w))),
  })).filter((g) => g.presets.length > 0);
}

/** Drugs a learner can start or rotate to (remifentanil is an infusion for volunteer experiments only). */
export const CLINICAL_DRUGS: readonly { readonly id: DrugId; readonly label: string }[] = DRUG_IDS.filter(
  (id) => id !== 'remifentanil',
).map((id) => ({ id, label: DRUGS[id].label }));

export const MECHANISMS: readonly { readonly id: MechanismId; readonly label: string }[] = MECHANISM_IDS.map(
  (id) => ({ id, label: MECHANISM_LABELS[id] }),
);

/** The preset compare mode suggests for B when A is this preset: the contrast a lecturer usually wants. */
export function suggestedComparison(presetName: string | null): string | null {
  if (presetName === null) return null;
  if (presetName.startsWith('oih-') || presetName === 'escalation-trap') return 'tolerance-only';
  if (presetName.startsWith('tolerance-only')) return 'oih-escalation';
  if (presetName.startsWith('taper-') || presetName.startsWith('rotate-')) return 'oih-maintained';
  return null;
}
