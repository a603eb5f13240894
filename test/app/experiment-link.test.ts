import { describe, expect, it } from 'vitest';
import { experimentInLink, readExperimentLink } from '../../src/app/experiment-link';
import { experimentWords } from '../../src/content/experiment-words';
import { experimentById } from '../../src/science';

const known = (id: string) => experimentById(id) !== undefined;
const read = (hash: string) => {
  const id = experimentInLink(hash);
  return id === null ? null : readExperimentLink(id, known, experimentWords.noExperiment);
};

describe('the Experiments view’s link, #experiment=<id>', () => {
  it('accepts a known id', () => {
    expect(read('#experiment=celerier-2000')).toEqual({ ok: true, id: 'celerier-2000' });
    expect(read('experiment=darnall-2018&theme=projector')).toEqual({ ok: true, id: 'darnall-2018' });
  });

  it('asks for no experiment when the link has no experiment parameter', () => {
    expect(read('')).toBeNull();
    expect(read('#s=abc')).toBeNull();
    expect(read('#lecture=xyz')).toBeNull();
  });

  it('opens the list for an empty id', () => {
    expect(read('#experiment=')).toEqual({ ok: true, id: null });
  });

  it('rejects an unknown id with a message naming it', () => {
    expect(read('#experiment=celerier-1999')).toEqual({
      ok: false,
      message: 'No experiment called “celerier-1999”. The Experiments view lists the ones there are.',
    });
  });

  it('rejects ids that only look like properties, and cuts a long id short in the message', () => {
    for (const id of ['__proto__', 'constructor', 'toString', 'hasOwnProperty'])
      expect(read(`#experiment=${id}`)).toMatchObject({ ok: false });
    const long = read(`#experiment=${'x'.repeat(5000)}`);
    expect(long).toMatchObject({ ok: false });
    if (long && !long.ok) expect(long.message.length).toBeLessThan(200);
  });

  it('reads script or HTML in the id as text, in the message only', () => {
    const hostile = read(`#experiment=${encodeURIComponent('<img src=x onerror=alert(1)>')}`);
    expect(hostile).toEqual({
      ok: false,
      message: experimentWords.noExperiment('<img src=x onerror=alert(1)>'),
    });
  });
});
