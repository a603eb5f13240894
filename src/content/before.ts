/**
 * Words of "before/after" (step 13): after each change the charts draw the run before it faintly, the live line
 * and the scene's pain meter compare with it. One place, so a legend, a table and a sentence say the same.
 */
export const beforeWords = {
  /** In a sentence: "pain 8.9/10 (before your change 9.5, −0.6)". */
  phrase: 'before your change',
  /** A legend entry and a table column. */
  label: 'Before your change',
  /** Added to a chart's explanation while it draws the run before. */
  explain: 'Faint dashed line: the run before your change.',
  column: (name: string) => `${name}: before your change`,
  /** The difference now − before, as the live line writes it ("−0.6", "+1.2", "no difference"). */
  difference: (delta: string) =>
    Number(delta) === 0 ? 'no difference' : delta.startsWith('-') ? `−${delta.slice(1)}` : `+${delta}`,
} as const;
