import type { Plugin } from 'vite';

/**
 * Build only: drops the documentation strings of the model's tables — the source of every parameter, drug and
 * treatment — from the bundles. The app never shows them (docs/model.md does, generated from the sources in
 * Node), and they are ~20 KB that the page and the model worker would otherwise fetch before app-ready (issue 9's
 * budget). Tests, the docs generator and the CLI run from the sources and keep them.
 */
const TABLES = /src\/model\/(parameters\/parameters-(human|rat)|pharmacology\/(drugs|treatments))\.ts$/;
const STRING = String.raw`(?:\`(?:[^\`\\]|\\.)*\`|'(?:[^'\\]|\\.)*')`;
/** param(value, 'unit', source) → param(value, 'unit', '') */
const PARAM_SOURCE = new RegExp(String.raw`(param\(\s*[^,()]+,\s*'[^']*',\s*)${STRING}`, 'g');
/** source: … and evidence: … of drugs and treatments → '' */
const FIELD = new RegExp(String.raw`(\b(?:source|evidence):\s*)${STRING}`, 'g');

export function stripModelSources(code: string): string {
  return code.replace(PARAM_SOURCE, "$1''").replace(FIELD, "$1''");
}

export const modelSourcesStripped = (): Plugin => ({
  name: 'opioid-paradox-lab:model-sources-stripped',
  apply: 'build',
  enforce: 'pre',
  transform: {
    filter: { id: TABLES },
    handler(code) {
      return { code: stripModelSources(code), map: null };
    },
  },
});
