import type { Actor } from 'xstate';
import { THEMES, type ThemeId, type preferencesMachine } from '../app/preferences';
import { appStrings, themeLabels, type ThemeName } from '../content/strings';
import { el } from './dom';

// The content's theme names and the app's theme ids must be the same set; this line fails to compile if not.
const labels: Readonly<Record<ThemeId, string>> = themeLabels satisfies Readonly<Record<ThemeName, string>>;

export type PreferencesActor = Actor<typeof preferencesMachine>;

/** A labelled <select> that shows and changes the theme held by the preferences actor. */
export function createThemePicker(preferences: PreferencesActor): HTMLElement {
  const select = el(
    'select',
    { id: 'theme-select', name: 'theme' },
    ...THEMES.map((theme) => el('option', { value: theme }, labels[theme])),
  );
  select.value = preferences.getSnapshot().context.theme;
  select.addEventListener('change', () => {
    preferences.send({ type: 'theme.set', theme: select.value as ThemeId });
  });
  preferences.subscribe((snapshot) => {
    if (select.value !== snapshot.context.theme) select.value = snapshot.context.theme;
  });
  return el('div', { class: 'field' }, el('label', { for: 'theme-select' }, appStrings.themeLabel), select);
}

/** Mirrors the preferences on the root element, where theme.css and app.css read them. */
export function bindPreferencesToDocument(preferences: PreferencesActor, root: HTMLElement): () => void {
  const apply = () => {
    const { theme, motion } = preferences.getSnapshot().context;
    root.dataset['theme'] = theme;
    if (motion === 'system') delete root.dataset['motion'];
    else root.dataset['motion'] = motion;
  };
  apply();
  const subscription = preferences.subscribe(apply);
  return () => subscription.unsubscribe();
}
