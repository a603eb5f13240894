import { createActor } from 'xstate';
import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_PREFERENCES,
  preferencesMachine,
  readPreferences,
  type Preferences,
} from '../../src/app/preferences';
import { createPreferencesStore } from '../../src/app/preferences-store';

function start(
  saved: unknown,
  extra: { systemPrefersMoreContrast?: boolean; save?: (p: Preferences) => void } = {},
) {
  return createActor(preferencesMachine, { input: { saved, ...extra } }).start();
}

describe('preferences', () => {
  it('starts from the defaults when nothing was saved', () => {
    expect(start(null).getSnapshot().context).toMatchObject({ theme: 'default', motion: 'system' });
  });

  it('starts in high contrast when the system asks for more contrast and nothing was saved', () => {
    expect(start(null, { systemPrefersMoreContrast: true }).getSnapshot().context.theme).toBe(
      'high-contrast',
    );
  });

  it('restores a saved choice over the system hint', () => {
    const actor = start({ theme: 'projector', motion: 'reduce' }, { systemPrefersMoreContrast: true });
    expect(actor.getSnapshot().context).toMatchObject({ theme: 'projector', motion: 'reduce' });
  });

  it('ignores malformed saved data field by field instead of failing', () => {
    expect(readPreferences({ theme: 'neon', motion: 'reduce' })).toEqual({
      theme: 'default',
      motion: 'reduce',
    });
    expect(readPreferences('not an object')).toEqual({ theme: 'default', motion: 'system' });
    expect(readPreferences({ theme: 42, motion: null })).toEqual({ theme: 'default', motion: 'system' });
  });

  it('changes the theme and saves every change', () => {
    const save = vi.fn();
    const actor = start(null, { save });
    actor.send({ type: 'theme.set', theme: 'projector' });
    actor.send({ type: 'motion.set', motion: 'reduce' });
    expect(actor.getSnapshot().context).toMatchObject({ theme: 'projector', motion: 'reduce' });
    expect(save.mock.calls).toEqual([
      [{ theme: 'projector', motion: 'system' }],
      [{ theme: 'projector', motion: 'reduce' }],
    ]);
  });

  it('refuses an unknown theme sent at run time and keeps the current one', () => {
    const save = vi.fn();
    const actor = start({ theme: 'projector' }, { save });
    actor.send({ type: 'theme.set', theme: 'neon' as never });
    expect(actor.getSnapshot().context.theme).toBe('projector');
    expect(save).not.toHaveBeenCalled();
  });
});

describe('preferences store', () => {
  function memoryStorage(initial: Record<string, string> = {}) {
    const data = new Map(Object.entries(initial));
    return {
      getItem: (key: string) => data.get(key) ?? null,
      setItem: (key: string, value: string) => void data.set(key, value),
      data,
    };
  }

  it('round-trips what it saves', () => {
    const storage = memoryStorage();
    const store = createPreferencesStore(storage);
    store.save({ theme: 'high-contrast', motion: 'full' });
    expect(store.load()).toEqual({ theme: 'high-contrast', motion: 'full' });
  });

  it('returns corrupt JSON as its text, which reads as the defaults', () => {
    const storage = memoryStorage({ 'opioid-paradox-lab:preferences:v1': '{not json' });
    expect(createPreferencesStore(storage).load()).toBe('{not json');
    expect(readPreferences(createPreferencesStore(storage).load())).toEqual(DEFAULT_PREFERENCES);
  });

  it('carries on when storage refuses to be read or written', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    const store = createPreferencesStore(refusing);
    expect(store.load()).toBeNull();
    expect(() => store.save({ theme: 'default', motion: 'system' })).not.toThrow();
    expect(createPreferencesStore(null).load()).toBeNull();
  });
});

describe('a theme from a shared link', () => {
  it('shows the link’s theme without saving it, and saves the learner’s own choice later', () => {
    const save = vi.fn();
    const actor = start({ theme: 'default', motion: 'reduce' }, { save });
    actor.send({ type: 'theme.preview', theme: 'projector' });
    expect(actor.getSnapshot().context.theme).toBe('projector');
    expect(save).not.toHaveBeenCalled();
    // Another preference changes while previewing: the saved theme stays the learner's own.
    actor.send({ type: 'motion.set', motion: 'full' });
    expect(save).toHaveBeenLastCalledWith({ theme: 'default', motion: 'full' });
    actor.send({ type: 'theme.set', theme: 'high-contrast' });
    expect(save).toHaveBeenLastCalledWith({ theme: 'high-contrast', motion: 'full' });
  });
});
