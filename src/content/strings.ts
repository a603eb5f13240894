/**
 * Words of the app shell, kept apart from the code that shows them so that they can be reviewed and
 * translated in one place.
 */
export const appStrings = {
  productName: 'Opioid Paradox Lab',
  tagline: 'Why opioids given for pain can make pain worse',
  notice: 'For education — not for dosing decisions',
  noticeDetail:
    'A teaching simulation of a virtual patient. It never gives a dose for a real person: ask a clinician.',
  skipToContent: 'Skip to the simulation',
  themeLabel: 'Theme',
  motionLabel: 'Motion',
  motionSystem: 'Follow the system setting',
  motionReduce: 'Reduced: no travelling particles',
  motionFull: 'Full animation',
  displayButton: 'Display',
  copyLink: 'Copy link',
  copyLinkDone: 'Link copied: it opens this scenario at this time.',
  copyLinkManual: 'Copy this link to share the scenario:',
  linkProblemTitle: 'This link could not be used.',
  savedSettingsTitle: 'Saved settings were reset.',
  savedSettingsIgnored:
    'Your saved theme or motion setting could not be read (it may be from another version or damaged), so the defaults are used. Your lesson progress is kept.',
  shortcutsButton: 'Keys',
  shortcutsTitle: 'Keyboard shortcuts',
  shortcutKey: 'Key',
  shortcutAction: 'Action',
  shortcutsNote:
    'Single keys work when the focus is not in a control that uses them (a slider, a chart cursor, a button). Hold Alt with any of them to use it from anywhere.',
  lectureShortcutsTitle: 'In lecture mode',
  lectureShortcutsNote:
    'In lecture mode ← and → change scene instead of stepping the clock; hold Alt to step the clock. The presenter view’s window takes the same keys for scenes. The other keys work as usual.',
  displayTitle: 'Display settings',
  aboutButton: 'About',
  lessonsButton: 'Lessons',
  lectureButton: 'Lecture',
  experimentsButton: 'Experiments',
  closeLessons: 'Close lessons',
  closeButton: 'Close',
  scenarioLabel: 'Scenario:',
  startupError: 'The simulation could not start.',
  play: 'Play',
  pause: 'Pause',
  timeLabel: 'Time',
  week: 'Week',
  day: 'day',
  whereLabel: 'Where:',
  evidenceLabel: 'Evidence:',
  mechanismWhat: 'What it is',
  mechanismDrives: 'What drives it',
  mechanismBlocks: 'What blocks it',
  mechanismNow: 'Now in this simulation',
  mechanismNotYet: 'Shown once the simulation has run.',
  mechanismKnockedOut: 'Switched off in this scenario',
  mechanismEvidence: 'How sure we are',
  mechanismSources: 'Sources',
  glossaryButton: 'Glossary',
  glossaryTitle: 'Glossary',
  glossaryIntro:
    'Short definitions of the words this app uses. A dotted underline on a word anywhere in the app opens its entry here.',
  glossaryFilterLabel: 'Filter terms',
  glossaryCount: '{shown} of {total} terms',
  glossaryNoMatch: 'No term matches. Try a shorter word.',
  glossaryAlsoCalled: 'Also:',
  glossaryLinkSuffix: '— glossary',
  footer:
    'Opioid Paradox Lab · open-source teaching simulation · MIT License · never a dose for a real person',
} as const;

export interface RegionText {
  /** Heading of the region, read by screen readers as the landmark's name. */
  readonly title: string;
  /** What the region says while its view is being loaded (a moment on a slow machine). */
  readonly loading: string;
}

export const regionText: Readonly<Record<'scene' | 'charts' | 'controls', RegionText>> = {
  scene: { title: 'Pain pathway', loading: 'Loading the pain pathway…' },
  charts: { title: 'Dose–response and time course', loading: 'Loading the charts…' },
  controls: { title: 'Scenario', loading: 'Computing the first scenario…' },
};
