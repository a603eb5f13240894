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
  /** Said in the single file's page when the browser cannot unpack the app (tools/vite-single-file.ts). */
  singleFileNeedsNewerBrowser:
    'Opioid Paradox Lab could not start in this browser: the file needs Chrome or Edge 80, Firefox 113, Safari 16.4 or newer. For education — not for dosing decisions.',
} as const;
