// Composition root: build the actors, mount the views.
import { createActor } from 'xstate';
import { preferencesMachine } from './app/preferences';
import { browserStorage, createPreferencesStore } from './app/preferences-store';
import { mountShell } from './ui/shell';
import './ui/theme.css';
import './ui/app.css';

const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');

const store = createPreferencesStore(browserStorage());
const preferences = createActor(preferencesMachine, {
  input: {
    saved: store.load(),
    systemPrefersMoreContrast: window.matchMedia('(prefers-contrast: more)').matches,
    save: store.save,
  },
}).start();

mountShell(root, preferences);
