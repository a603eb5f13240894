/**
 * Words of the ways the app is delivered: the offline update offer, the embedded (iframe) view and the
 * single-file version. Kept apart from the code that shows them so that they can be reviewed and translated.
 */
export const deployWords = {
  updateReady: 'A new version of Opioid Paradox Lab is ready.',
  updateLater:
    'Nothing changes until you choose; otherwise it starts the next time the app is opened after all its windows were closed.',
  updateNow: 'Update now',
  updateDismiss: 'Not now',
  embedOpenFull: 'Open the full app',
  embedOpenFullHint: '(opens in a new tab)',
  singleFileSharingShort:
    'Links need a web server: share a scenario file (Scenario tab → Save scenario file).',
  singleFileSharing:
    'This is the single-file version: links need a web server, so share a scenario as a file instead — save it from the Scenario tab and open it here or in the online app.',
  singleFileExperiments: 'Experiments: in the web app, not in this file.',
  singleFileExperimentsDetail:
    'The Experiments view is in the web app, not in the single file: it runs the published experiments on the model, which would make this file too large. Open the online app to see them.',
} as const;
