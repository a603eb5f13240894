/**
 * Which build is running. `npm run build:single` builds in the Vite mode "single": one HTML file opened from
 * disk, where links and the service worker need a server and so are not offered.
 */
export function isSingleFile(): boolean {
  return import.meta.env.MODE === 'single';
}

/**
 * `npm run build:scorm` builds in the Vite mode "scorm": the web app packaged for an LMS (SCORM 1.2), which
 * serves it from its own content path; no service worker there (docs/deploy.md).
 */
export function isScormPackage(): boolean {
  return import.meta.env.MODE === 'scorm';
}
