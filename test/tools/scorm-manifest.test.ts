import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LESSONS } from '../../src/lessons/lessons';
import { checkScormPackage, parseManifest } from '../../tools/scorm/check';
import {
  LAB_SCO_ID,
  MANIFEST_FILE,
  SCORM_NAMESPACES as NS,
  SCORM_SCHEMA_FILES,
  scormManifest,
  scormScos,
  type ManifestInput,
} from '../../tools/scorm/manifest';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
  description: string;
};
const SCOS = scormScos(LESSONS, 'The whole lab');
const APP_FILES = [
  'index.html',
  'favicon.svg',
  'assets/index-Ab12_c.js',
  'assets/index-Zz9.css',
  'assets/model.worker-1.js',
];
const INPUT: ManifestInput = {
  title: 'Opioid Paradox Lab',
  description: pkg.description,
  version: pkg.version,
  scos: SCOS,
  files: APP_FILES,
  keywords: ['pain'],
};
const ZIP = new Set([MANIFEST_FILE, ...SCORM_SCHEMA_FILES, ...APP_FILES]);
const check = (xml: string, files: ReadonlySet<string> = ZIP) =>
  checkScormPackage(files, xml, { scos: SCOS });

const manifest = scormManifest(INPUT);
const document = parseManifest(manifest).document!;
const elements = (namespace: string, name: string) =>
  Array.from(document.getElementsByTagNameNS(namespace, name));

describe('the SCORM 1.2 manifest (tools/scorm/manifest.ts)', () => {
  it('is well-formed XML with an IMS CP root and the SCORM 1.2 schema and version', () => {
    expect(parseManifest(manifest).errors).toEqual([]);
    expect(document.documentElement.namespaceURI).toBe(NS.imscp);
    expect(document.documentElement.localName).toBe('manifest');
    expect(elements(NS.imscp, 'schema').map((e) => e.textContent)).toEqual(['ADL SCORM']);
    expect(elements(NS.imscp, 'schemaversion').map((e) => e.textContent)).toEqual(['1.2']);
    expect(document.documentElement.getAttribute('version')).toBe(pkg.version);
  });

  it('carries the title, description and version an LMS shows', () => {
    const langstrings = (part: string) =>
      elements(NS.imsmd, part).map((e) => e.getElementsByTagNameNS(NS.imsmd, 'langstring')[0]?.textContent);
    expect(langstrings('title')).toEqual(['Opioid Paradox Lab']);
    expect(langstrings('description')).toEqual([pkg.description]);
    expect(langstrings('version')).toEqual([pkg.version]);
    expect(
      elements(NS.imscp, 'organization')[0]!.getElementsByTagNameNS(NS.imscp, 'title')[0]!.textContent,
    ).toBe('Opioid Paradox Lab');
  });

  it('has one SCO per lesson, in teaching order, then one for the lab, each launching index.html?sco=<id>', () => {
    const items = elements(NS.imscp, 'item');
    expect(items).toHaveLength(LESSONS.length + 1);
    const resources = new Map(elements(NS.imscp, 'resource').map((r) => [r.getAttribute('identifier'), r]));
    const launches = items.map((item) => {
      const resource = resources.get(item.getAttribute('identifierref'))!;
      return {
        title: item.getElementsByTagNameNS(NS.imscp, 'title')[0]!.textContent,
        scormtype: resource.getAttributeNS(NS.adlcp, 'scormtype'),
        launch: `${resource.getAttribute('href')}${item.getAttribute('parameters')}`,
      };
    });
    expect(launches).toEqual([
      ...LESSONS.map((lesson) => ({
        title: lesson.title,
        scormtype: 'sco',
        launch: `index.html?sco=${lesson.id}`,
      })),
      { title: 'The whole lab', scormtype: 'sco', launch: `index.html?sco=${LAB_SCO_ID}` },
    ]);
  });

  it('has unique identifiers, items that name resources, and lists every file of the app', () => {
    const ids = Array.from(document.getElementsByTagName('*'))
      .map((e) => e.getAttribute('identifier'))
      .filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
    const resourceIds = new Set(elements(NS.imscp, 'resource').map((r) => r.getAttribute('identifier')));
    for (const item of elements(NS.imscp, 'item'))
      expect(resourceIds).toContain(item.getAttribute('identifierref'));
    const listed = new Set(elements(NS.imscp, 'file').map((f) => f.getAttribute('href')));
    expect([...listed].sort()).toEqual([...APP_FILES].sort());
  });

  it('passes the package check, which a made-up package with all its files passes', () => {
    expect(check(manifest)).toEqual([]);
  });

  it('escapes text: a title with markup characters reads back the same', () => {
    const title = 'Pain & "relief" <for> O\'Brien';
    const xml = scormManifest({ ...INPUT, title, scos: [{ id: 'lab', title }] });
    const parsed = parseManifest(xml);
    expect(parsed.errors).toEqual([]);
    const item = parsed.document!.getElementsByTagNameNS(NS.imscp, 'item')[0]!;
    expect(item.getElementsByTagNameNS(NS.imscp, 'title')[0]!.textContent).toBe(title);
  });

  it('refuses ids that are no XML names, two SCOs with one id, no index.html and paths out of the package', () => {
    expect(() => scormManifest({ ...INPUT, scos: [{ id: '1st', title: 'x' }] })).toThrow(/identifier/);
    expect(() => scormManifest({ ...INPUT, scos: [{ id: 'a b', title: 'x' }] })).toThrow(/identifier/);
    expect(() => scormManifest({ ...INPUT, scos: [SCOS[0]!, SCOS[0]!] })).toThrow(/two SCOs/);
    expect(() => scormManifest({ ...INPUT, files: ['main.html'] })).toThrow(/index\.html/);
    expect(() => scormManifest({ ...INPUT, files: ['index.html', '../secret'] })).toThrow(
      /inside the package/,
    );
  });
});

describe('the package check (tools/scorm/check.ts) finds what would break an import', () => {
  const broken = (from: string, to: string) => {
    expect(manifest).toContain(from);
    return manifest.replace(from, to);
  };

  it('XML that is not well-formed', () => {
    expect(check(broken('</organizations>', '</organisations>')).join()).toMatch(/not well-formed/);
    expect(check(broken('<title>The whole lab</title>', '<title>Fish & chips</title>')).join()).toMatch(
      /not well-formed/,
    );
  });

  it('a wrong schema version and missing metadata', () => {
    expect(
      check(broken('<schemaversion>1.2</schemaversion>', '<schemaversion>CAM 1.3</schemaversion>')),
    ).toEqual(['<metadata><schemaversion> is "CAM 1.3", not "1.2"']);
    expect(check(manifest.replace(/<imsmd:description>[\s\S]*?<\/imsmd:description>/, ''))).toEqual([
      'the metadata has no general description',
    ]);
  });

  it('an identifier used twice, an item or dependency naming no resource', () => {
    expect(check(broken('identifier="item-nmda"', 'identifier="item-paradox"'))).toContain(
      'identifier "item-paradox" is used 2 times',
    );
    const item = check(broken('identifierref="sco-rvm"', 'identifierref="sco-rvn"'));
    expect(item).toContain('item "item-rvm" names resource "sco-rvn", which does not exist');
    expect(
      check(broken('<dependency identifierref="app-files"/>', '<dependency identifierref="files"/>')),
    ).toEqual(['a dependency names resource "files", which does not exist']);
  });

  it('a listed file or launch page missing from the zip, a file no resource lists, a missing schema file', () => {
    const without = (file: string) => new Set([...ZIP].filter((f) => f !== file));
    expect(check(manifest, without('assets/index-Zz9.css'))).toEqual([
      '<file href="assets/index-Zz9.css"> is not in the package',
    ]);
    expect(check(manifest, without('index.html'))).toContain(
      'resource "sco-paradox" launches "index.html", not in the package',
    );
    expect(check(manifest, new Set([...ZIP, 'assets/extra.js']))).toEqual([
      'files of the package no resource lists: assets/extra.js',
    ]);
    expect(check(manifest, without('adlcp_rootv1p2.xsd'))).toEqual([
      'the schema file adlcp_rootv1p2.xsd is not at the root of the package',
    ]);
  });

  it('a SCO too few, wrong launch parameters or a resource that is no SCO', () => {
    expect(check(scormManifest({ ...INPUT, scos: SCOS.slice(1) })).join()).toMatch(/9 SCOs, not 10/);
    expect(check(broken('parameters="?sco=glia"', 'parameters="sco=glia"'))).toEqual([
      'SCO 4 ("Glia and neuroinflammation") launches with parameters "sco=glia", not "?sco=glia"',
    ]);
    expect(
      check(
        broken('adlcp:scormtype="sco" href="index.html">', 'adlcp:scormtype="scorm" href="index.html">'),
      ).join(),
    ).toMatch(/adlcp:scormtype "scorm", not sco or asset/);
  });
});
