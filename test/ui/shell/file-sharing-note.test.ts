// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createFileSharingNote } from '../../../src/ui/shell/file-sharing-note';

describe('file sharing note (single file)', () => {
  it('says that links need a server and where to save a scenario file instead', () => {
    const note = createFileSharingNote();
    expect(note.textContent).toContain('Links need a web server');
    expect(note.textContent).toContain('scenario file');
    expect(note.querySelector('button, a')).toBeNull();
  });
});
