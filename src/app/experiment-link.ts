/**
 * The Experiments view's link, #experiment=<id> (issue 20). Reading the id needs no list of experiments, so
 * the first bundle can tell whether a link asks for the view; whether the id is known is decided when the
 * view's code (and EXPERIMENTS) has loaded. A bad id is said in words, never thrown.
 */
export const EXPERIMENT_PARAM = 'experiment';

/** Longest id quoted back in a message (a hostile link may carry megabytes). */
const QUOTE_MAX = 60;

/** The id a link asks for, or null when it asks for none (an empty value asks for the view's list). */
export function experimentInLink(hash: string): string | null {
  const params = new URLSearchParams(hash.startsWith('#') ? hash.slice(1) : hash);
  return params.get(EXPERIMENT_PARAM);
}

export type ExperimentLink =
  { readonly ok: true; readonly id: string | null } | { readonly ok: false; readonly message: string };

/**
 * Checks the link's id against the known ids: a known id, an empty one (the list), or a message naming the
 * unknown id (cut short, as plain text: the caller sets it as textContent).
 */
export function readExperimentLink(
  id: string,
  known: (id: string) => boolean,
  noExperiment: (id: string) => string,
): ExperimentLink {
  const trimmed = id.trim();
  if (trimmed === '') return { ok: true, id: null };
  if (known(trimmed)) return { ok: true, id: trimmed };
  const quoted = trimmed.length > QUOTE_MAX ? `${trimmed.slice(0, QUOTE_MAX)}…` : trimmed;
  return { ok: false, message: noExperiment(quoted) };
}

/** The link of an experiment by its id, as lessons and lecture scenes carry it (they do not load the list). */
export function experimentHash(id: string): string {
  return `#${EXPERIMENT_PARAM}=${encodeURIComponent(id)}`;
}

/**
 * Opens the Experiments view at an experiment the way its link does: main.ts follows #experiment=<id> on
 * hashchange. Following the same link again leaves the hash as it was, so no hashchange comes: it is sent here.
 */
export function followExperimentLink(id: string, win: Pick<Window, 'location' | 'dispatchEvent'>): void {
  const hash = experimentHash(id);
  if (win.location.hash === hash) win.dispatchEvent(new Event('hashchange'));
  else win.location.hash = hash;
}
