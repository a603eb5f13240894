/**
 * The SCORM 1.2 package's manifest, `imsmanifest.xml` (issue 22), as a pure function of what goes in it, so a
 * test can check it without building the app (test/tools/scorm-manifest.test.ts).
 *
 * One SCO per lesson and one for the whole lab (docs/deploy.md says why), all launching the same page: an
 * item's `parameters` attribute (IMS Content Packaging 1.1.2, which the SCORM 1.2 Content Aggregation Model
 * takes over) adds `?sco=<lesson id>` or `?sco=lab` to its resource's `index.html`, and the app's SCORM
 * bridge reads it. Each SCO is its own resource (`adlcp:scormtype="sco"`, `href="index.html"`), which
 * depends on one asset resource that lists every file of the app.
 */

/** What an LMS calls one launchable part of the package: a lesson, or the whole lab. */
export interface ScormSco {
  /** The `?sco=` value the app reads: a lesson's id, or "lab". */
  readonly id: string;
  /** What the LMS shows in its table of contents and gradebook. */
  readonly title: string;
}

export interface ManifestInput {
  /** The package's title (organization title and metadata). */
  readonly title: string;
  /** A sentence or two an LMS may show with the title. */
  readonly description: string;
  /** package.json's version. */
  readonly version: string;
  /** In the order the LMS lists them. */
  readonly scos: readonly ScormSco[];
  /** Every file of the app, as paths relative to the package's root with forward slashes. */
  readonly files: readonly string[];
  readonly keywords?: readonly string[];
}

export const SCORM_NAMESPACES = {
  imscp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  imsmd: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

/** The SCORM 1.2 schema files (ADL's), at the package's root beside the manifest; tools/scorm/schemas/. */
export const SCORM_SCHEMA_FILES = [
  'imscp_rootv1p1p2.xsd',
  'adlcp_rootv1p2.xsd',
  'imsmd_rootv1p2p1.xsd',
  'ims_xml.xsd',
] as const;

export const MANIFEST_FILE = 'imsmanifest.xml';
/** The page every SCO launches. */
export const LAUNCH_PAGE = 'index.html';
/** The `?sco=` value of the whole lab's SCO. */
export const LAB_SCO_ID = 'lab';
/** The query parameter that tells the app which SCO it is (read by the SCORM bridge). */
export const SCO_PARAMETER = 'sco';

const ORGANIZATION_ID = 'opioid-paradox-lab';
const ASSET_ID = 'app-files';

/** An item's identifier, its resource's identifier and its launch parameters (`?sco=…`). */
export const itemId = (sco: ScormSco) => `item-${sco.id}`;
export const resourceId = (sco: ScormSco) => `sco-${sco.id}`;
export const launchParameters = (sco: ScormSco) => `?${SCO_PARAMETER}=${encodeURIComponent(sco.id)}`;

/** The SCOs of the package: each lesson, in teaching order, then the whole lab. */
export function scormScos(
  lessons: readonly { readonly id: string; readonly title: string }[],
  labTitle: string,
): ScormSco[] {
  return [...lessons.map(({ id, title }) => ({ id, title })), { id: LAB_SCO_ID, title: labTitle }];
}

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');

/** An XML name (xsd:ID) may not start with a digit and holds only letters, digits, '.', '-' and '_' here. */
const ID = /^[A-Za-z_][A-Za-z0-9._-]*$/;

const langstring = (text: string, indent: string) =>
  `${indent}<imsmd:langstring xml:lang="en">${escapeXml(text)}</imsmd:langstring>`;

/** `imsmanifest.xml` for the package. Throws on input that would make an invalid manifest. */
export function scormManifest(input: ManifestInput): string {
  const ids = new Set<string>();
  for (const sco of input.scos) {
    if (!ID.test(sco.id)) throw new Error(`SCORM manifest: "${sco.id}" cannot be part of an identifier`);
    if (ids.has(sco.id)) throw new Error(`SCORM manifest: two SCOs are "${sco.id}"`);
    ids.add(sco.id);
  }
  if (!input.files.includes(LAUNCH_PAGE))
    throw new Error(`SCORM manifest: no ${LAUNCH_PAGE} among the files`);
  for (const file of input.files) {
    if (file.startsWith('/') || file.includes('\\') || file.split('/').includes('..'))
      throw new Error(`SCORM manifest: "${file}" is not a path inside the package`);
  }
  const n = SCORM_NAMESPACES;
  const schemaLocation = [
    `${n.imscp} imscp_rootv1p1p2.xsd`,
    `${n.imsmd} imsmd_rootv1p2p1.xsd`,
    `${n.adlcp} adlcp_rootv1p2.xsd`,
  ].join(' ');
  const keywords = (input.keywords ?? []).map(
    (keyword) => `        <imsmd:keyword>\n${langstring(keyword, '          ')}\n        </imsmd:keyword>`,
  );
  const items = input.scos.map((sco) =>
    [
      `      <item identifier="${itemId(sco)}" identifierref="${resourceId(sco)}" isvisible="true" parameters="${escapeXml(launchParameters(sco))}">`,
      `        <title>${escapeXml(sco.title)}</title>`,
      `      </item>`,
    ].join('\n'),
  );
  const scoResources = input.scos.map((sco) =>
    [
      `    <resource identifier="${resourceId(sco)}" type="webcontent" adlcp:scormtype="sco" href="${LAUNCH_PAGE}">`,
      `      <file href="${LAUNCH_PAGE}"/>`,
      `      <dependency identifierref="${ASSET_ID}"/>`,
      `    </resource>`,
    ].join('\n'),
  );
  const files = [...new Set(input.files)]
    .sort()
    .map((file) => `      <file href="${escapeXml(encodeURI(file))}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${ORGANIZATION_ID}-manifest" version="${escapeXml(input.version)}"`,
    `  xmlns="${n.imscp}"`,
    `  xmlns:adlcp="${n.adlcp}"`,
    `  xmlns:imsmd="${n.imsmd}"`,
    `  xmlns:xsi="${n.xsi}"`,
    `  xsi:schemaLocation="${schemaLocation}">`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '    <imsmd:lom>',
    '      <imsmd:general>',
    '        <imsmd:title>',
    langstring(input.title, '          '),
    '        </imsmd:title>',
    '        <imsmd:language>en</imsmd:language>',
    '        <imsmd:description>',
    langstring(input.description, '          '),
    '        </imsmd:description>',
    ...keywords,
    '      </imsmd:general>',
    '      <imsmd:lifecycle>',
    '        <imsmd:version>',
    langstring(input.version, '          '),
    '        </imsmd:version>',
    '      </imsmd:lifecycle>',
    '    </imsmd:lom>',
    '  </metadata>',
    `  <organizations default="${ORGANIZATION_ID}">`,
    `    <organization identifier="${ORGANIZATION_ID}">`,
    `      <title>${escapeXml(input.title)}</title>`,
    ...items,
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    ...scoResources,
    `    <resource identifier="${ASSET_ID}" type="webcontent" adlcp:scormtype="asset">`,
    ...files,
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
