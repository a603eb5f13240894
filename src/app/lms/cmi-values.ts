/**
 * Values in the formats of the SCORM 1.2 data model (RTE appendix A). The strict forms are written, not the
 * relaxed ones some runtimes accept, so that the strictest LMS stores them too.
 */

/** CMITimespan, `HHHH:MM:SS.SS` (cmi.core.session_time): hours in four digits, capped at 9999:59:59.99. */
export function cmiTimespan(ms: number): string {
  const centis = Math.min(Math.max(0, Math.round(Number.isFinite(ms) ? ms / 10 : 0)), 3_599_999_999);
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor(centis / 6000) % 60;
  const seconds = Math.floor(centis / 100) % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(hours).padStart(4, '0')}:${two(minutes)}:${two(seconds)}.${two(centis % 100)}`;
}

/** CMITime, `HH:MM:SS` (cmi.interactions.n.time): the learner's local clock time. */
export function cmiTime(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

/**
 * A CMIIdentifier from parts: joined by '_', any character the strict form does not allow (it allows letters,
 * digits, '-' and '_') written as '-', at most 255 characters.
 */
export function cmiIdentifier(...parts: readonly string[]): string {
  return parts
    .join('_')
    .replace(/[^A-Za-z0-9_-]/g, '-')
    .slice(0, 255);
}

const CHOICE_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A choice interaction's response character (RTE 3.4.2.7: single characters 0–9, a–z): the option's place in
 * its list, 'a' for the first. Null past the 36th option (no lesson has more than five).
 */
export function choiceCharacter(index: number): string | null {
  return CHOICE_CHARACTERS[index] ?? null;
}
