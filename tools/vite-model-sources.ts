import type { Plugin } from 'vite';

/**
 * Build only: drops the documentation strings of the model's tables — the source of every parameter, drug and
 * treatment, and the scientific description of every preset — from the bundles. The app never shows them
 * (docs/model.md does, generated from the sources in Node; a learner reads the presets' words from
 * src/content/presets.ts), and they are ~25 KB that the page and the model worker would otherwise fetch before
 * app-ready (issue 9's budget). Tests, the docs generator, the science spec and the CLI run from the sources and
 * keep them.
 */
const TABLES = /src\/model\/(parameters\/parameters-(human|rat)|pharmacology\/(drugs|treatments))\.ts$/;
const PRESETS = /src\/model\/presets\/(clinical|human-experiments|rat)\.ts$/;
const STRING = String.raw`(?:\`(?:[^\`\\]|\\.)*\`|'(?:[^'\\]|\\.)*')`;
/** param(value, 'unit', source) → param(value, 'unit', '') */
const PARAM_SOURCE = new RegExp(String.raw`(param\(\s*[^,()]+,\s*'[^']*',\s*)${STRING}`, 'g');
/** source: … and evidence: … of drugs and treatments → '' */
const FIELD = new RegExp(String.raw`(\b(?:source|evidence):\s*)${STRING}`, 'g');
/** description: … of presets → '' */
const DESCRIPTION = new RegExp(String.raw`(\bdescription:\s*)${STRING}`, 'g');

export function stripModelSources(code: string): string {
  return code.replace(PARAM_SOURCE, "$1''").replace(FIELD, "$1''");
}

export function stripPresetDescriptions(code: string): string {
  return code.replace(DESCRIPTION, "$1''");
}

export const modelSourcesStripped = (): Plugin => ({
  name: 'opioid-paradox-lab:model-sources-stripped',
  apply: 'build',
  enforce: 'pre',
  transform: {
    filter: { id: [TABLES, PRESETS] },
    handler(code, id) {
      const stripped = PRESETS.test(id) ? stripPresetDescriptions(code) : stripModelSources(code);
      return { code: stripped, map: null };
    },
  },
});
