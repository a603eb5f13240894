/**
 * Views that cover the workspace (the Experiments view, the cohort view: workspace-cover.ts) say when they open
 * and close, as an event on their document, so that what they hide can rest: the pathway scene stops its
 * animation while any cover is open (scene-host.ts), as the browser stops it in a hidden tab.
 */
const COVER_EVENT = 'workspace-cover';

interface CoverDetail {
  readonly cover: Element;
  readonly open: boolean;
}

/** Says that `cover` has opened or closed. */
export function announceCover(cover: Element, open: boolean): void {
  const detail: CoverDetail = { cover, open };
  cover.ownerDocument.dispatchEvent(new CustomEvent(COVER_EVENT, { detail }));
}

/**
 * Calls `apply(covered)` whenever the workspace becomes covered (a first cover opens) or uncovered (the last
 * open cover closes). Returns the function that stops watching.
 */
export function watchCovers(document: Document, apply: (covered: boolean) => void): () => void {
  const open = new Set<Element>();
  const onCover = (event: Event) => {
    const detail = (event as CustomEvent<CoverDetail>).detail;
    const before = open.size > 0;
    if (detail.open) open.add(detail.cover);
    else open.delete(detail.cover);
    const covered = open.size > 0;
    if (covered !== before) apply(covered);
  };
  document.addEventListener(COVER_EVENT, onCover);
  return () => document.removeEventListener(COVER_EVENT, onCover);
}
