import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/model/run';
import { readLink } from '../../src/app/link-state';
import { readScenarioFile } from '../../src/app/scenario-file';
import { seriesDigest } from './series-digest';

/**
 * Every version-1 link and scenario file of the corpus still opens, and simulates to the same series, byte for
 * byte. The corpus was written by the version-1 app's own code on the commit before schema version 2
 * (`git show 5f9aeeb:tools/v1-corpus.ts`): every preset as a link, and five clinical presets edited from now on
 * by the version-1 editor, which wrote the dose it read back from a result, as files and compare links.
 */
interface Entry {
  readonly name: string;
  readonly kind: 'link' | 'file';
  readonly text: string;
  readonly digest: string;
}
const corpus = JSON.parse(readFileSync('test/fixtures/v1-corpus.json', 'utf8')) as Entry[];

describe('version-1 links and scenario files', () => {
  it('has the whole corpus: every preset and the version-1 editor’s from-now edits', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(100);
    expect(corpus.filter((e) => e.kind === 'file').length).toBeGreaterThanOrEqual(20);
  });

  it.each(corpus.map((e) => [e.name, e] as const))('%s opens with the same series', (_, entry) => {
    let scenario;
    if (entry.kind === 'file') {
      const read = readScenarioFile(entry.text, 'file');
      if (read.ok !== true) throw new Error(read.message);
      scenario = read.scenario;
    } else {
      const read = readLink(entry.text);
      if (read.ok !== true) throw new Error(read.ok === false ? read.message : 'empty link');
      scenario = read.state.compare ?? read.state.scenario;
    }
    expect(seriesDigest(simulate(scenario))).toBe(entry.digest);
  });
});
