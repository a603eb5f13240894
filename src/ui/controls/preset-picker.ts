import type { PresetGroupEntry } from '../../app/catalogue';
import { el } from '../kit/dom';

/**
 * A native <select> of the ready-made scenarios, one <optgroup> per group, each option showing the preset's
 * title (its value is the preset's id, which only links and files show). A native select keeps the keyboard,
 * screen reader and touch behaviour every browser already gives it; `show` narrows it to a search's matches.
 */
export interface PresetSelect {
  readonly select: HTMLSelectElement;
  /** Lists only these groups and presets (after any leading options); keeps the choice if it is still listed,
   * else chooses the first listed. */
  show(groups: readonly PresetGroupEntry[]): void;
  /** Whether a preset is listed now. */
  lists(name: string): boolean;
}

export function presetSelect(
  id: string,
  groups: readonly PresetGroupEntry[],
  attributes: Readonly<Record<string, string>> = {},
  leading: readonly HTMLOptionElement[] = [],
): PresetSelect {
  const select = el('select', { id, ...attributes });
  const options = new Map(
    groups.flatMap((g) => g.presets.map((p) => [p.name, el('option', { value: p.name }, p.title)] as const)),
  );
  let listed = new Set<string>();
  const show = (shown: readonly PresetGroupEntry[]) => {
    const before = select.value;
    select.replaceChildren(
      ...leading,
      ...shown.map((g) =>
        el(
          'optgroup',
          { label: g.label },
          ...g.presets.flatMap((p) => {
            const option = options.get(p.name);
            return option ? [option] : [];
          }),
        ),
      ),
    );
    listed = new Set(shown.flatMap((g) => g.presets.map((p) => p.name)));
    const keep = [...select.options].some((o) => o.value === before);
    select.selectedIndex = keep ? [...select.options].findIndex((o) => o.value === before) : 0;
  };
  show(groups);
  return { select, show, lists: (name) => listed.has(name) };
}
