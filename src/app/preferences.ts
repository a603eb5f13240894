import { assign, setup } from 'xstate';
import { THEMES, type ThemeId } from '../content/themes';

/** 'system' follows prefers-reduced-motion; 'reduce' and 'full' override it. */
export const MOTION_PREFERENCES = ['system', 'reduce', 'full'] as const;
export type MotionPreference = (typeof MOTION_PREFERENCES)[number];

export interface Preferences {
  readonly theme: ThemeId;
  readonly motion: MotionPreference;
}

export const DEFAULT_PREFERENCES: Preferences = { theme: 'default', motion: 'system' };

export type PreferencesEvent =
  | { readonly type: 'theme.set'; readonly theme: ThemeId }
  /** A theme for this page only (from a shared link): shown, never saved, and dropped by theme.set. */
  | { readonly type: 'theme.preview'; readonly theme: ThemeId }
  | { readonly type: 'motion.set'; readonly motion: MotionPreference };

export interface PreferencesInput {
  /** Whatever was stored last time; anything malformed falls back to the defaults, field by field. */
  readonly saved: unknown;
  /** The system asks for more contrast (prefers-contrast: more): start in the high-contrast theme. */
  readonly systemPrefersMoreContrast?: boolean;
  /** Called after every change, so that a learner's choice survives a reload. */
  readonly save?: (preferences: Preferences) => void;
}

function isOneOf<T extends string>(options: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (options as readonly string[]).includes(value);
}

/** Reads stored preferences without trusting them: unknown or missing fields take their default. */
export function readPreferences(saved: unknown, systemPrefersMoreContrast = false): Preferences {
  const record = typeof saved === 'object' && saved !== null ? (saved as Record<string, unknown>) : {};
  const fallbackTheme: ThemeId = systemPrefersMoreContrast ? 'high-contrast' : DEFAULT_PREFERENCES.theme;
  return {
    theme: isOneOf(THEMES, record['theme']) ? record['theme'] : fallbackTheme,
    motion: isOneOf(MOTION_PREFERENCES, record['motion']) ? record['motion'] : DEFAULT_PREFERENCES.motion,
  };
}

/**
 * Whether stored preferences had to be set aside, for a notice: true when something was stored but it is
 * not a preferences record, or holds a theme or motion this version does not know. Missing fields are fine.
 */
export function preferencesIgnored(saved: unknown): boolean {
  if (saved === null || saved === undefined) return false;
  if (typeof saved !== 'object' || Array.isArray(saved)) return true;
  const record = saved as Record<string, unknown>;
  const has = (key: string) => Object.prototype.hasOwnProperty.call(record, key);
  if (!has('theme') && !has('motion')) return Object.keys(record).length > 0;
  return (
    (has('theme') && !isOneOf(THEMES, record['theme'])) ||
    (has('motion') && !isOneOf(MOTION_PREFERENCES, record['motion']))
  );
}

export const preferencesMachine = setup({
  types: {
    context: {} as Preferences & {
      readonly save: ((p: Preferences) => void) | undefined;
      /** The saved theme while a link's theme is previewed, to be saved again instead of the preview. */
      readonly savedTheme: ThemeId | null;
    },
    events: {} as PreferencesEvent,
    input: {} as PreferencesInput,
  },
  guards: {
    isKnownTheme: ({ event }) =>
      (event.type === 'theme.set' || event.type === 'theme.preview') && isOneOf(THEMES, event.theme),
    isKnownMotion: ({ event }) => event.type === 'motion.set' && isOneOf(MOTION_PREFERENCES, event.motion),
  },
  actions: {
    persist: ({ context }) =>
      context.save?.({ theme: context.savedTheme ?? context.theme, motion: context.motion }),
  },
}).createMachine({
  id: 'preferences',
  context: ({ input }) => ({
    ...readPreferences(input.saved, input.systemPrefersMoreContrast),
    save: input.save,
    savedTheme: null,
  }),
  on: {
    'theme.set': {
      guard: 'isKnownTheme',
      actions: [assign({ theme: ({ event }) => event.theme, savedTheme: null }), 'persist'],
    },
    'theme.preview': {
      guard: 'isKnownTheme',
      actions: assign({
        savedTheme: ({ context }) => context.savedTheme ?? context.theme,
        theme: ({ event }) => event.theme,
      }),
    },
    'motion.set': {
      guard: 'isKnownMotion',
      actions: [assign({ motion: ({ event }) => event.motion }), 'persist'],
    },
  },
});
