import { vi } from 'vitest';

/**
 * Catches the files the charts' export saves (src/charts/export.ts `download`: an object URL clicked as an
 * anchor's download): each file's name and blob, in order. The spies are restored after each test
 * (`restoreMocks` in vite.config.ts).
 */
export function catchDownloads(): { name: string; blob: Blob }[] {
  const saved: { name: string; blob: Blob }[] = [];
  let last: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    last = blob as Blob;
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    if (last) saved.push({ name: this.download, blob: last });
  });
  return saved;
}
