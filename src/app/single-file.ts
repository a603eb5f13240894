/**
 * Which build is running. `npm run build:single` builds in the Vite mode "single": one HTML file opened from
 * disk, where links and the service worker need a server and so are not offered.
 */
export function isSingleFile(): boolean {
  return import.meta.env.MODE === 'single';
}
