// Turns the "Folders" table of docs/architecture.md into dependency-cruiser rules, so that the table is the
// single source of the import rule. An unknown phrase in the "May import" column throws: the table cannot
// drift into words the checker silently ignores.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ARCHITECTURE_FILE = path.join(__dirname, '..', 'docs', 'architecture.md');

/** npm packages the table's "(a schema library is fine)" admits. */
const SCHEMA_LIBRARIES = ['valibot'];

const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `src/model/` -> '^src/model/'; `src/main.ts` -> '^src/main\.ts$' */
function pathPattern(p) {
  return p.endsWith('/') ? `^${escapeRegExp(p)}` : `^${escapeRegExp(p)}$`;
}

/**
 * Reads one "May import" cell. Returns { everything, full: folders or files, typeOnly: folders, npm: 'any' |
 * string[] }. "values from `src/model/index.ts`" admits one file in full inside a folder otherwise read for
 * its types only; "(no packages)" forbids npm packages to a row that imports something.
 */
function parseMayImport(cell, ownPaths) {
  const result = { everything: false, full: [], typeOnly: [], npm: 'any' };
  let text = cell.replace(/`/g, '').trim();
  const notes = [...text.matchAll(/\(([^)]*)\)/g)].map((m) => m[1].trim().toLowerCase());
  text = text
    .replace(/\([^)]*\)/g, ' ')
    .trim()
    .toLowerCase();
  for (const note of notes) {
    if (note === 'a schema library is fine') result.npm = [...SCHEMA_LIBRARIES];
    else if (note === 'no packages') result.npm = [];
    else if (note !== 'to host them')
      throw new Error(`architecture.md: unknown note "(${note})" in "${cell}"`);
  }
  // "the view interfaces of charts and scenes" names two folders.
  text = text.replace(
    /the view interfaces of ([\w-]+) and ([\w-]+)/g,
    'view interfaces of $1, view interfaces of $2',
  );
  const phrases = text
    .split(/,|\band\b/)
    .map((s) => s.trim())
    .filter(Boolean);
  for (const phrase of phrases) {
    let m;
    if (phrase === 'everything') result.everything = true;
    else if (phrase === 'nothing') {
      if (result.npm === 'any') result.npm = [];
    } else if ((m = /^nothing outside (src\/[\w-]+\/)$/.exec(phrase))) {
      if (!ownPaths.includes(m[1])) throw new Error(`architecture.md: "${phrase}" names another folder`);
      if (result.npm === 'any') result.npm = [];
    } else if ((m = /^values from (src\/[\w./-]+\.ts)$/.exec(phrase))) result.full.push(m[1]);
    else if ((m = /^([\w-]+) types$/.exec(phrase)) && folderNamed(m[1]))
      result.typeOnly.push(folderNamed(m[1]));
    else if ((m = /^view interfaces of ([\w-]+)$/.exec(phrase)) && folderNamed(m[1]))
      result.typeOnly.push(folderNamed(m[1]));
    else if (folderNamed(phrase)) result.full.push(folderNamed(phrase));
    else throw new Error(`architecture.md: cannot read "${phrase}" in the May-import cell "${cell}"`);
  }
  return result;
}

const KNOWN_FOLDERS = ['model', 'science', 'content', 'widgets', 'app', 'scenes', 'charts', 'ui', 'lessons'];
/** 'model' -> 'src/model/'; 'lesson' (as in "lesson types") -> 'src/lessons/'; anything else -> undefined. */
function folderNamed(word) {
  const folder = KNOWN_FOLDERS.find((f) => f === word || f === `${word}s`);
  return folder && `src/${folder}/`;
}

/** Rows of the Folders table that describe code under src/. */
function readTable(markdown) {
  const section = markdown.split(/^## Folders\s*$/m)[1];
  if (!section) throw new Error('architecture.md: no "## Folders" section');
  const rows = [];
  for (const line of section.split('\n')) {
    if (!line.startsWith('|')) {
      if (rows.length > 0) break;
      continue;
    }
    const cells = line
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
    if (cells.length !== 3 || cells[0] === 'Folder' || /^-+$/.test(cells[0])) continue;
    const paths = [...cells[0].matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    if (!paths[0] || !paths[0].startsWith('src/')) continue;
    const base = paths[0].endsWith('/') ? 'src/' : paths[0].slice(0, paths[0].lastIndexOf('/') + 1);
    const ownPaths = paths.map((p) => (p.startsWith('src/') ? p : base + p));
    rows.push({ label: cells[0], paths: ownPaths, mayImport: parseMayImport(cells[2], ownPaths) });
  }
  if (rows.length === 0) throw new Error('architecture.md: the Folders table has no src/ rows');
  return rows;
}

const NPM_TYPES = ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-bundled', 'npm-no-pkg', 'npm-unknown'];

function rulesFromTable(markdown = fs.readFileSync(ARCHITECTURE_FILE, 'utf8')) {
  const rules = [];
  for (const row of readTable(markdown)) {
    const { mayImport } = row;
    const from = { path: row.paths.map(pathPattern).join('|') };
    const where = `docs/architecture.md, row ${row.label}`;
    if (!mayImport.everything) {
      const allowed = [...row.paths, ...mayImport.full, ...mayImport.typeOnly].map(pathPattern);
      rules.push({
        name: 'architecture-folder',
        severity: 'error',
        comment: `${row.label} may import only: ${describe(mayImport)} (${where})`,
        from,
        to: { path: '^src/', pathNot: allowed.join('|') },
      });
      if (mayImport.typeOnly.length > 0)
        rules.push({
          name: 'architecture-types-only',
          severity: 'error',
          comment: `${row.label} may import only types from ${mayImport.typeOnly.join(', ')} (${where})`,
          from,
          to: {
            path: mayImport.typeOnly.map(pathPattern).join('|'),
            ...(mayImport.full.length > 0 && { pathNot: mayImport.full.map(pathPattern).join('|') }),
            dependencyTypesNot: ['type-only'],
          },
        });
    }
    if (mayImport.npm !== 'any') {
      const to = { dependencyTypes: NPM_TYPES };
      if (mayImport.npm.length > 0)
        to.pathNot = mayImport.npm.map((name) => `(^|/)node_modules/${escapeRegExp(name)}/`).join('|');
      rules.push({
        name: 'architecture-no-packages',
        severity: 'error',
        comment: `${row.label} may use no npm package${mayImport.npm.length ? ` but ${mayImport.npm.join(', ')}` : ''} (${where})`,
        from,
        to,
      });
    }
  }
  return rules;
}

function describe(m) {
  const parts = [...m.full, ...m.typeOnly.map((f) => `types of ${f}`)];
  return parts.length ? `its own files, ${parts.join(', ')}` : 'its own files';
}

module.exports = { rulesFromTable, readTable, parseMayImport, ARCHITECTURE_FILE, SCHEMA_LIBRARIES };
