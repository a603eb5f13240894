// The import rule. Folder-to-folder rules come from the "Folders" table of docs/architecture.md (its single
// source), read by tools/architecture-rules.cjs; the few below it hold for every folder.
'use strict';
const { rulesFromTable } = require('./tools/architecture-rules.cjs');

/**
 * Inside src/model the folders are layers (docs/architecture.md, under "Folders"): a folder imports from its
 * own and the layers below it, never from one beside or above it, nor from index.ts and run.ts at the top.
 */
const MODEL_LAYERS = [
  ['parameters', 'pharmacology'],
  ['mechanisms'],
  ['scenario'],
  ['presets', 'readouts'],
  ['engine'],
  ['runs'],
];
const modelLayerRules = MODEL_LAYERS.flatMap((layer, i) =>
  layer.map((folder) => {
    const may = [folder, ...MODEL_LAYERS.slice(0, i).flat()];
    return {
      name: 'model-layers',
      severity: 'error',
      comment: `src/model/${folder}/ imports only from ${may.map((f) => `${f}/`).join(', ')} in the model.`,
      from: { path: `^src/model/${folder}/` },
      to: { path: '^src/model/', pathNot: `^src/model/(${may.join('|')})/` },
    };
  }),
);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...rulesFromTable(),
    ...modelLayerRules,
    {
      name: 'no-node-builtins-in-the-app',
      severity: 'error',
      comment: 'src/ runs in a browser or a Web Worker; only the CLI may use Node built-ins.',
      from: { path: '^src/', pathNot: '^src/cli(\\.ts$|/)' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import that does not resolve is a typo or a missing dependency.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Cycles make the one-direction data flow of architecture.md impossible to follow.',
      from: { path: '^src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Keep type-only imports in the graph, labelled 'type-only', so "model types" can be told from "model".
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
