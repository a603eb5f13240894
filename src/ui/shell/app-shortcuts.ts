import { THEMES } from '../../content/themes';
import type { ClockActor } from '../controls/clock-controls';
import type { Dialog } from '../dialogs/dialog';
import type { GlossaryDialog } from '../dialogs/glossary-dialog';
import { installShortcuts } from '../dialogs/shortcuts';
import type { PreferencesActor } from '../kit/theme-picker';

/** What each shortcut of the table does in the app. */
export function installAppShortcuts(
  window: Window,
  app: {
    readonly clock: ClockActor;
    readonly preferences: PreferencesActor;
    readonly help: Pick<Dialog, 'open'>;
    /** The shell's glossary (`shell.glossary`); without it, G does nothing. */
    readonly glossary?: Pick<GlossaryDialog, 'open'>;
    /** Reset All (the whole session); without it, R only rewinds the clock. */
    readonly resetAll?: () => void;
    /** Lecture mode: while active, its keys (PageDown, PageUp, ←, →) change scene and P opens the presenter view. */
    readonly lecture?: {
      active(): boolean;
      next(): void;
      prev(): void;
      presenter?(): void;
    };
  },
): () => void {
  const { clock, preferences, help, glossary } = app;
  const document = window.document;
  const focused = () => (document.activeElement instanceof HTMLElement ? document.activeElement : undefined);
  const step = (days: number) => () => clock.send({ type: 'step', days });
  const { lecture } = app;
  return installShortcuts(
    window,
    {
      'play-pause': () => clock.send({ type: 'toggle' }),
      'day-forward': step(1),
      'day-back': step(-1),
      'week-forward': step(7),
      'week-back': step(-7),
      reset: () => (app.resetAll ? app.resetAll() : clock.send({ type: 'reset' })),
      'next-theme': () => {
        const now = THEMES.indexOf(preferences.getSnapshot().context.theme);
        preferences.send({ type: 'theme.set', theme: THEMES[(now + 1) % THEMES.length] ?? 'default' });
      },
      'full-screen': () => toggleFullScreen(document),
      glossary: () => glossary?.open(focused()),
      help: () => help.open(focused()),
      'scene-next': () => lecture?.next(),
      'scene-prev': () => lecture?.prev(),
      presenter: () => lecture?.presenter?.(),
    },
    () => (lecture?.active() ? 'lecture' : undefined),
  );
}

/** Full screen on or off. Refused (not allowed here, e.g. in an iframe): nothing to undo. */
export function toggleFullScreen(document: Document): void {
  const change = document.fullscreenElement
    ? document.exitFullscreen()
    : document.documentElement.requestFullscreen?.();
  change?.catch(() => undefined);
}
