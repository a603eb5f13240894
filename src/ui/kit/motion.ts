import { MOTION_PREFERENCES, type MotionPreference } from '../../app/preferences';
import { appStrings } from '../../content/strings';
import { radioGroup } from './radio-group';
import type { BoundControl, PreferencesActor } from './theme-picker';

const LABELS: Readonly<Record<MotionPreference, string>> = {
  system: appStrings.motionSystem,
  reduce: appStrings.motionReduce,
  full: appStrings.motionFull,
};

/** Radio buttons for the app's motion setting: follow the system, reduced, or full. */
export function createMotionPicker(preferences: PreferencesActor): BoundControl {
  const group = radioGroup(
    'motion',
    appStrings.motionLabel,
    MOTION_PREFERENCES.map((m) => ({ value: m, label: LABELS[m] })),
    preferences.getSnapshot().context.motion,
    (motion) => preferences.send({ type: 'motion.set', motion }),
  );
  const subscription = preferences.subscribe(({ context }) => group.set(context.motion));
  return { element: group.element, dispose: () => subscription.unsubscribe() };
}

/**
 * Calls `apply(reduced)` now and whenever the effective setting changes: the app setting wins, and
 * 'system' follows prefers-reduced-motion live.
 */
export function watchReducedMotion(
  preferences: PreferencesActor,
  window: Window,
  apply: (reduced: boolean) => void,
): () => void {
  const query = window.matchMedia?.('(prefers-reduced-motion: reduce)');
  let last: boolean | undefined;
  const update = () => {
    const { motion } = preferences.getSnapshot().context;
    const reduced = motion === 'reduce' || (motion === 'system' && (query?.matches ?? false));
    if (reduced !== last) apply((last = reduced));
  };
  update();
  const subscription = preferences.subscribe(update);
  query?.addEventListener?.('change', update);
  return () => {
    subscription.unsubscribe();
    query?.removeEventListener?.('change', update);
  };
}
