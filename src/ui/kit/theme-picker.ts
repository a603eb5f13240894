import type { Actor } from 'xstate';
import type { preferencesMachine } from '../../app/preferences';
import { appStrings } from '../../content/strings';
import { THEMES, themeLabels } from '../../content/themes';
import { radioGroup } from './radio-group';

export type PreferencesActor = Actor<typeof preferencesMachine>;

/** A control bound to an actor, and the function that unbinds it. */
export interface BoundControl {
  readonly element: HTMLElement;
  dispose(): void;
}

/** Radio buttons that show and change the theme held by the preferences actor. */
export function createThemePicker(preferences: PreferencesActor): BoundControl {
  const group = radioGroup(
    'theme',
    appStrings.themeLabel,
    THEMES.map((theme) => ({ value: theme, label: themeLabels[theme] })),
    preferences.getSnapshot().context.theme,
    (theme) => preferences.send({ type: 'theme.set', theme }),
  );
  const subscription = preferences.subscribe(({ context }) => group.set(context.theme));
  return { element: group.element, dispose: () => subscription.unsubscribe() };
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
