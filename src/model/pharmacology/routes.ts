/** Routes of administration (issue 3, scope 1). */
export const ROUTE_IDS = ['oral', 'transdermal', 'subcutaneous', 'intravenous', 'intrathecal'] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

/** Routes whose dose enters a depot first (first-order absorption); the others enter plasma (or CSF) at once. */
export function hasDepot(route: RouteId): boolean {
  return route === 'oral' || route === 'transdermal' || route === 'subcutaneous';
}
