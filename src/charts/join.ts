import type { Selection } from 'd3';

type G = Selection<SVGGElement, unknown, null, undefined>;

/** A child made once in each new group: its tag and its attributes, in the order they are set. */
export type GroupPart = readonly [
  tag: 'circle' | 'line' | 'path' | 'rect' | 'text',
  attrs?: Readonly<Record<string, string | number>>,
];

/**
 * One `<g class={cls}>` per datum under `parent`, keyed by `key` (by index without one), each made once with
 * the same children: the join behind every legend row, note and marker group. An update only moves and
 * restyles what is there; the caller sets what depends on the datum.
 */
export function joinGroups<D>(
  parent: G,
  cls: string,
  data: readonly D[],
  key: ((d: D) => string) | undefined,
  parts: readonly GroupPart[],
): Selection<SVGGElement, D, SVGGElement, unknown> {
  return parent
    .selectAll<SVGGElement, D>(`g.${cls}`)
    .data(data, key as (d: D) => string)
    .join((enter) => {
      const g = enter.append('g').attr('class', cls);
      for (const [tag, attrs = {}] of parts) {
        const child = g.append(tag);
        for (const [name, value] of Object.entries(attrs)) child.attr(name, value);
      }
      return g;
    });
}
