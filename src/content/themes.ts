/**
 * The display themes, their one home: the preferences and links (src/app) store these ids, the scene and the
 * charts restyle for them, and theme.css defines their colours under `[data-theme]`.
 */
export const THEMES = ['default', 'projector', 'high-contrast'] as const;
export type ThemeId = (typeof THEMES)[number];

/** Labels of the three display themes: a dark default, a light large-type projector theme and high contrast. */
export const themeLabels: Readonly<Record<ThemeId, string>> = {
  default: 'Default',
  projector: 'Projector',
  'high-contrast': 'High contrast',
};
