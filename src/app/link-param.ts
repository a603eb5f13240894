/** The URL fragment parameter that carries a shared scenario link (#s=…). */
export const LINK_PARAM = 's';

/** Whether a URL fragment carries a scenario link, without loading the code that reads one. */
export function hasLinkState(hash: string): boolean {
  return new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash).has(LINK_PARAM);
}
