/**
 * Checks a SCORM 1.2 package against the rules of the SCORM 1.2 Content Aggregation Model and IMS Content
 * Packaging 1.1.2 that an LMS's import depends on (issue 22). Used by the build (tools/build-scorm.ts, which
 * fails on any problem), by the unit test on made-up packages and by the e2e on the real one.
 *
 * Returns the problems in words; an empty list is a package that passes.
 */
import { DOMParser } from '@xmldom/xmldom';
import {
  LAUNCH_PAGE,
  MANIFEST_FILE,
  SCORM_NAMESPACES as NS,
  SCORM_SCHEMA_FILES,
  launchParameters,
  type ScormSco,
} from './manifest';

/** The parsed manifest, or the parser's complaints: well-formed XML, strictly (warnings count too). */
export function parseManifest(xml: string): { document?: Document; errors: string[] } {
  const errors: string[] = [];
  const report = (message: string) => errors.push(message.replace(/\s+/g, ' ').trim());
  const parser = new DOMParser({
    errorHandler: { warning: report, error: report, fatalError: report },
  });
  // xmldom lets a bare '&' through; an XML parser of an LMS may not.
  const bare = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);)/.exec(xml);
  if (bare) report(`a bare '&' at character ${bare.index}`);
  let document: Document | undefined;
  try {
    document = parser.parseFromString(xml, 'application/xml') as unknown as Document;
  } catch (error) {
    report(String(error));
  }
  if (!document?.documentElement) report('no root element');
  return errors.length ? { errors } : { document: document!, errors };
}

const childrenNamed = (parent: Element, namespace: string, name: string): Element[] =>
  Array.from(parent.childNodes).filter(
    (node): node is Element =>
      node.nodeType === 1 &&
      (node as Element).namespaceURI === namespace &&
      (node as Element).localName === name,
  );
const all = (root: Document | Element, namespace: string, name: string): Element[] =>
  Array.from(root.getElementsByTagNameNS(namespace, name));
const text = (element: Element | undefined) => element?.textContent?.trim() ?? '';

/** A URL reference inside the package, as the file path it names (no query string or fragment). */
const pathOf = (href: string) => {
  try {
    return decodeURI(href.replace(/[?#].*$/, ''));
  } catch {
    return href;
  }
};

export interface PackageExpectation {
  /** The SCOs the package must offer, in order. */
  readonly scos: readonly ScormSco[];
}

/**
 * `files`: every file of the zip by its path (forward slashes, no leading slash). `expect`: the SCOs the
 * package must have.
 */
export function checkScormPackage(
  files: ReadonlySet<string>,
  manifestXml: string,
  expect: PackageExpectation,
) {
  const problems: string[] = [];
  if (!files.has(MANIFEST_FILE)) problems.push(`${MANIFEST_FILE} is not at the root of the package`);
  for (const schema of SCORM_SCHEMA_FILES)
    if (!files.has(schema)) problems.push(`the schema file ${schema} is not at the root of the package`);
  const { document, errors } = parseManifest(manifestXml);
  if (!document) return [...problems, ...errors.map((e) => `${MANIFEST_FILE} is not well-formed XML: ${e}`)];
  const root = document.documentElement;
  if (root.namespaceURI !== NS.imscp || root.localName !== 'manifest')
    problems.push(
      `the root element is not an IMS CP 1.1.2 <manifest> (${root.namespaceURI} ${root.localName})`,
    );

  // Metadata: the schema and its version, a title and a description an LMS may show, the version.
  const metadata = childrenNamed(root, NS.imscp, 'metadata')[0];
  const schema = metadata && text(childrenNamed(metadata, NS.imscp, 'schema')[0]);
  const schemaversion = metadata && text(childrenNamed(metadata, NS.imscp, 'schemaversion')[0]);
  if (schema !== 'ADL SCORM') problems.push(`<metadata><schema> is "${schema}", not "ADL SCORM"`);
  if (schemaversion !== '1.2') problems.push(`<metadata><schemaversion> is "${schemaversion}", not "1.2"`);
  const lom = metadata && childrenNamed(metadata, NS.imsmd, 'lom')[0];
  for (const [part, name] of [
    ['general', 'title'],
    ['general', 'description'],
    ['lifecycle', 'version'],
  ] as const) {
    const element = lom && all(lom, NS.imsmd, part)[0];
    const value = element && text(all(element, NS.imsmd, name)[0]);
    if (!value) problems.push(`the metadata has no ${part} ${name}`);
  }
  if (!root.getAttribute('version')) problems.push('<manifest> has no version');

  // Identifiers: present and unique over the whole manifest (they are xsd:ID).
  const seen = new Map<string, number>();
  for (const element of Array.from(document.getElementsByTagName('*'))) {
    if (!element.hasAttribute('identifier')) continue;
    const id = element.getAttribute('identifier')!;
    if (!/^[A-Za-z_][\w.-]*$/.test(id)) problems.push(`identifier "${id}" is not an XML name`);
    seen.set(id, (seen.get(id) ?? 0) + 1);
  }
  for (const [id, count] of seen) if (count > 1) problems.push(`identifier "${id}" is used ${count} times`);

  // Resources: each one's type and SCORM type; every href names a file of the package.
  const resources = new Map<string, Element>();
  for (const resource of all(document, NS.imscp, 'resource')) {
    const id = resource.getAttribute('identifier') ?? '';
    resources.set(id, resource);
    const scormtype = resource.getAttributeNS(NS.adlcp, 'scormtype');
    if (scormtype !== 'sco' && scormtype !== 'asset')
      problems.push(`resource "${id}" has adlcp:scormtype "${scormtype}", not sco or asset`);
    if (resource.getAttribute('type') !== 'webcontent')
      problems.push(`resource "${id}" is not of type webcontent`);
    const href = resource.getAttribute('href');
    if (scormtype === 'sco' && !href) problems.push(`SCO resource "${id}" has no href to launch`);
    if (href && !files.has(pathOf(href)))
      problems.push(`resource "${id}" launches "${href}", not in the package`);
  }
  const listed = new Set<string>();
  for (const file of all(document, NS.imscp, 'file')) {
    const path = pathOf(file.getAttribute('href') ?? '');
    listed.add(path);
    if (!files.has(path)) problems.push(`<file href="${file.getAttribute('href')}"> is not in the package`);
  }
  const unlisted = [...files].filter(
    (file) =>
      !listed.has(file) &&
      file !== MANIFEST_FILE &&
      !(SCORM_SCHEMA_FILES as readonly string[]).includes(file) &&
      !file.endsWith('/'),
  );
  if (unlisted.length) problems.push(`files of the package no resource lists: ${unlisted.join(', ')}`);
  for (const dependency of all(document, NS.imscp, 'dependency')) {
    const ref = dependency.getAttribute('identifierref') ?? '';
    if (!resources.has(ref)) problems.push(`a dependency names resource "${ref}", which does not exist`);
  }

  // Organizations: the default one exists; every item names an existing resource.
  const organizations = all(document, NS.imscp, 'organizations')[0];
  const defaultId = organizations?.getAttribute('default') ?? '';
  const organization = all(document, NS.imscp, 'organization').find(
    (o) => o.getAttribute('identifier') === defaultId,
  );
  if (!organization) {
    problems.push(`<organizations default="${defaultId}"> names no organization`);
    return problems;
  }
  if (!text(childrenNamed(organization, NS.imscp, 'title')[0]))
    problems.push('the organization has no title');
  const items = all(organization, NS.imscp, 'item');
  for (const item of items) {
    const ref = item.getAttribute('identifierref');
    if (ref && !resources.has(ref))
      problems.push(
        `item "${item.getAttribute('identifier')}" names resource "${ref}", which does not exist`,
      );
  }

  // The SCOs: one per lesson and one for the lab, in order, each launching index.html?sco=<id>.
  const scoItems = items.filter((item) => {
    const resource = resources.get(item.getAttribute('identifierref') ?? '');
    return resource?.getAttributeNS(NS.adlcp, 'scormtype') === 'sco';
  });
  if (scoItems.length !== expect.scos.length)
    problems.push(`${scoItems.length} SCOs, not ${expect.scos.length} (one per lesson and one for the lab)`);
  expect.scos.forEach((sco, index) => {
    const item = scoItems[index];
    if (!item) return;
    const label = `SCO ${index + 1} ("${sco.title}")`;
    const title = text(childrenNamed(item, NS.imscp, 'title')[0]);
    if (title !== sco.title) problems.push(`${label} is titled "${title}"`);
    const parameters = item.getAttribute('parameters');
    if (parameters !== launchParameters(sco))
      problems.push(`${label} launches with parameters "${parameters}", not "${launchParameters(sco)}"`);
    const resource = resources.get(item.getAttribute('identifierref') ?? '')!;
    if (pathOf(resource.getAttribute('href') ?? '') !== LAUNCH_PAGE)
      problems.push(`${label} launches "${resource.getAttribute('href')}", not ${LAUNCH_PAGE}`);
  });
  return problems;
}
