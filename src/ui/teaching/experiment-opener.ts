/**
 * Opens the Experiments view from a lesson step or a lecture scene (issue 20), and gives the focus back to the
 * link that opened it when the view is closed. The view returns the focus to the header's Experiments button,
 * right when it was opened from there; opened from a step, the learner is taken back to the step's link, the
 * lesson still at that step behind the view.
 */
export function experimentOpener(
  slot: HTMLElement,
  follow: (id: string) => void,
): (id: string, opener: HTMLElement) => void {
  let watching: MutationObserver | null = null;
  return (id, opener) => {
    watching?.disconnect();
    let opened = !slot.hidden;
    const observer = new MutationObserver(() => {
      if (!slot.hidden) {
        opened = true;
        return;
      }
      if (!opened) return;
      observer.disconnect();
      watching = null;
      // Only a plain close (Close, Escape, the header's button) is undone; after "Open in the simulator" the
      // view has put the focus on the workspace, where the learner now works.
      const active = slot.ownerDocument.activeElement;
      if (opener.isConnected && active?.getAttribute('aria-controls') === slot.id) opener.focus();
    });
    observer.observe(slot, { attributes: true, attributeFilter: ['hidden'] });
    watching = observer;
    follow(id);
  };
}
