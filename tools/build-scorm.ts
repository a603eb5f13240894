/**
 * `npm run build:scorm`: the SCORM 1.2 package for an LMS (issue 22), `dist-scorm/opioid-paradox-lab-scorm12.zip`.
 *
 * 1. Vite builds the app in the mode "scorm" (vite.config.ts) into dist-scorm/package/: the web app with
 *    relative paths, without the service worker, its web-app manifest and source maps.
 * 2. The PWA's install icons and robots.txt, which only a web host uses, are taken out.
 * 3. imsmanifest.xml (tools/scorm/manifest.ts: one SCO per lesson and one for the whole lab) and ADL's SCORM
 *    1.2 schema files (tools/scorm/schemas/) go to the package's root.
 * 4. The package is checked (tools/scorm/check.ts; the build fails on any problem) and zipped with fflate.
 *
 * Downloads nothing. `--no-vite` packages an existing dist-scorm/package/ again (after step 1).
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import { build } from 'vite';
import { LESSONS } from '../src/lessons/lessons/index.ts';
import { SCORM_APP_DIR } from '../vite.config.ts';
import { checkScormPackage } from './scorm/check.ts';
import { MANIFEST_FILE, SCORM_SCHEMA_FILES, scormManifest, scormScos } from './scorm/manifest.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
export const SCORM_ZIP = path.join(ROOT, 'dist-scorm', 'opioid-paradox-lab-scorm12.zip');
const PACKAGE_DIR = path.join(ROOT, SCORM_APP_DIR);
const SCHEMAS_DIR = path.join(ROOT, 'tools', 'scorm', 'schemas');

/** What an LMS shows: the package's title, description and version. */
export const SCORM_TITLE = 'Opioid Paradox Lab';
export const LAB_TITLE = 'The whole lab (free exploration)';
const KEYWORDS = ['opioid-induced hyperalgesia', 'pain', 'pharmacology', 'simulation'];
/** public/ files for a web host only: the installed app's icons (its manifest is not built) and robots.txt. */
const WEB_HOST_ONLY = ['robots.txt', 'icon-192.png', 'icon-512.png', 'icon-maskable-512.png'];
/** Already compressed: stored in the zip as they are. */
const STORED = /\.(png|jpe?g|gif|webp|woff2?)$/i;

/** The SCOs of the package (the lessons in teaching order, then the lab). */
export const PACKAGE_SCOS = scormScos(LESSONS, LAB_TITLE);

/** Every file under `dir`, as sorted paths relative to it with forward slashes. */
export function filesUnder(dir: string, prefix = ''): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...filesUnder(dir, relative));
    else found.push(relative);
  }
  return found.sort();
}

async function main() {
  const started = Date.now();
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
    description: string;
  };
  if (!process.argv.includes('--no-vite')) await build({ root: ROOT, mode: 'scorm', logLevel: 'warn' });

  for (const file of WEB_HOST_ONLY) rmSync(path.join(PACKAGE_DIR, file), { force: true });
  for (const file of [MANIFEST_FILE, ...SCORM_SCHEMA_FILES])
    rmSync(path.join(PACKAGE_DIR, file), { force: true });
  const appFiles = filesUnder(PACKAGE_DIR);
  // The service worker, its workbox runtime and the web-app manifest sit at the root of a web build. (The app's
  // chunk of workbox-window stays in assets/: the app never loads it here, as it registers no worker.)
  const leftovers = appFiles.filter((file) =>
    /^(sw\.js|workbox-[^/]*\.js|manifest\.webmanifest)$|\.map$/.test(file),
  );
  if (leftovers.length)
    throw new Error(`SCORM build: web-host files in the package: ${leftovers.join(', ')}`);

  const manifest = scormManifest({
    title: SCORM_TITLE,
    description: `${pkg.description} For education, not for dosing decisions.`,
    version: pkg.version,
    scos: PACKAGE_SCOS,
    files: appFiles,
    keywords: KEYWORDS,
  });
  writeFileSync(path.join(PACKAGE_DIR, MANIFEST_FILE), manifest);
  for (const schema of SCORM_SCHEMA_FILES)
    copyFileSync(path.join(SCHEMAS_DIR, schema), path.join(PACKAGE_DIR, schema));

  const files = filesUnder(PACKAGE_DIR);
  const problems = checkScormPackage(new Set(files), manifest, { scos: PACKAGE_SCOS });
  if (problems.length)
    throw new Error(`SCORM build: the package breaks the rules:\n- ${problems.join('\n- ')}`);

  const zippable: Zippable = {};
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(path.join(PACKAGE_DIR, file)));
    zippable[file] = [bytes, { level: STORED.test(file) ? 0 : 9 }];
  }
  mkdirSync(path.dirname(SCORM_ZIP), { recursive: true });
  writeFileSync(SCORM_ZIP, zipSync(zippable));
  const unpacked = files.reduce((sum, file) => sum + statSync(path.join(PACKAGE_DIR, file)).size, 0);
  console.log(
    `SCORM 1.2 package: ${path.relative(ROOT, SCORM_ZIP)} — ${(statSync(SCORM_ZIP).size / 1e6).toFixed(2)} MB ` +
      `(${files.length} files, ${(unpacked / 1e6).toFixed(2)} MB unpacked), ${PACKAGE_SCOS.length} SCOs, ` +
      `version ${pkg.version}, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
