import { BODY_REGIONS, type BodyRegion } from '../scenario/body-regions';

/**
 * Which body regions are painful and allodynic (the body map). How pain spreads from the disease site
 * follows the hyperalgesic area (facts §1.1: secondary hyperalgesia spreads to "regions unaffected by the
 * initial pain complaint", King 2005). Teaching assumption: regions become painful in order of distance from
 * the site, as many as the painful area fraction covers; allodynic regions are the painful ones once
 * allodynia passes 0.5. The disease's own area (its area fraction, at least the site) is the original
 * painful area: painful regions beyond it are where pain has spread.
 */
/** Rough positions on a front-and-back body outline (x: left–right, y: head–foot), only for spread order. */
const POSITION: Readonly<Record<BodyRegion, readonly [number, number]>> = {
  head: [0, 0],
  neck: [0, 1],
  'left-shoulder': [-1.2, 1.5],
  'right-shoulder': [1.2, 1.5],
  'upper-back': [0, 2],
  chest: [0, 2.3],
  abdomen: [0, 3.5],
  'lower-back': [0, 3.8],
  'left-arm': [-1.6, 3],
  'right-arm': [1.6, 3],
  'left-hand': [-1.8, 4.5],
  'right-hand': [1.8, 4.5],
  'left-hip': [-0.8, 4.6],
  'right-hip': [0.8, 4.6],
  'left-leg': [-0.7, 6],
  'right-leg': [0.7, 6],
  'left-foot': [-0.7, 8],
  'right-foot': [0.7, 8],
};

const ORDER_CACHE = new Map<BodyRegion, readonly BodyRegion[]>();

/** Regions sorted by distance from the site (the site first). */
export function spreadOrder(site: BodyRegion): readonly BodyRegion[] {
  const cached = ORDER_CACHE.get(site);
  if (cached) return cached;
  const [sx, sy] = POSITION[site];
  const order = [...BODY_REGIONS].sort((a, b) => {
    const [ax, ay] = POSITION[a];
    const [bx, by] = POSITION[b];
    return Math.hypot(ax - sx, ay - sy) - Math.hypot(bx - sx, by - sy);
  });
  ORDER_CACHE.set(site, order);
  return order;
}

export interface RegionState {
  readonly painful: readonly BodyRegion[];
  readonly allodynic: readonly BodyRegion[];
  /** The disease's own area, the site first (none without a disease): where the pain was to begin with. */
  readonly original: readonly BodyRegion[];
  /** Painful regions outside the original area: where pain has spread. */
  readonly spread: readonly BodyRegion[];
}

/**
 * Painful regions cover the area fraction (at least the site while pain ≥ 1); allodynic ones follow.
 * `diseaseAreaFraction` is the disease's own area (0 without a disease).
 */
export function regionsFor(
  site: BodyRegion,
  painScore: number,
  painAreaFraction: number,
  allodynia: number,
  diseaseAreaFraction = 0,
): RegionState {
  const order = spreadOrder(site);
  let count = Math.round(painAreaFraction * order.length);
  if (painScore >= 1) count = Math.max(count, 1);
  if (painScore < 0.5) count = 0;
  const painful = order.slice(0, count);
  const allodynic = allodynia > 0.5 ? painful.slice(0, Math.max(1, Math.round(allodynia * count))) : [];
  const original =
    diseaseAreaFraction > 0
      ? order.slice(0, Math.max(1, Math.round(diseaseAreaFraction * order.length)))
      : [];
  const spread = painful.filter((region) => !original.includes(region));
  return { painful, allodynic, original, spread };
}
