import { glossaryNames, glossaryTerms, type GlossaryName } from '../../content/glossary-terms';
import { appStrings } from '../../content/strings';

interface Name {
  readonly name: string;
  readonly entry: GlossaryName;
  /** Acronyms (RVM, ON cells) match only in their own case, so "acts on cells" stays plain text. */
  readonly exactCase: boolean;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function buildMatcher(): { pattern: RegExp; byLowerName: ReadonlyMap<string, Name> } {
  const names: Name[] = glossaryTerms.flatMap((entry) =>
    glossaryNames(entry).map((name) => ({ name, entry, exactCase: /\p{Lu}{2}/u.test(name) })),
  );
  // Longest first: at one position the alternation takes the first that matches ("NMDA receptor" before "NMDA").
  names.sort((a, b) => b.name.length - a.name.length);
  const byLowerName = new Map(names.map((n) => [n.name.toLowerCase(), n]));
  const alternatives = [...byLowerName.keys()].map(escapeRegExp).join('|');
  // Whole words only: no letter or digit just before or after.
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'giu');
  return { pattern, byLowerName };
}

let matcher: ReturnType<typeof buildMatcher> | undefined;

/**
 * Turns a plain string into text nodes and small buttons that open the glossary at a term: the first
 * occurrence of each glossary term or alias, whole-word, case-insensitive, longest name first. The text is
 * never parsed as HTML. `alreadyLinked` (entry terms) lets several texts of one panel share their
 * "first occurrence": a term linked in one is left plain in the next.
 */
export function linkTerms(
  text: string,
  open: (term: string) => void,
  doc: Document = document,
  alreadyLinked = new Set<string>(),
): DocumentFragment {
  matcher ??= buildMatcher();
  const { pattern, byLowerName } = matcher;
  const fragment = doc.createDocumentFragment();
  let from = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const found = match[0];
    const name = byLowerName.get(found.toLowerCase());
    if (!name || (name.exactCase && found !== name.name)) {
      // Not a name in this case ("on cells"): try again one character later.
      pattern.lastIndex = match.index + 1;
      continue;
    }
    // Linked before: the words stay plain, and a shorter name inside them ("hyperalgesia") is not linked.
    if (alreadyLinked.has(name.entry.term)) continue;
    alreadyLinked.add(name.entry.term);
    if (match.index > from) fragment.append(doc.createTextNode(text.slice(from, match.index)));
    fragment.append(termButton(doc, found, name.entry.term, open));
    from = match.index + found.length;
  }
  if (from < text.length) fragment.append(doc.createTextNode(text.slice(from)));
  return fragment;
}

function termButton(
  doc: Document,
  visible: string,
  term: string,
  open: (term: string) => void,
): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = 'term-link';
  button.textContent = visible;
  // The name starts with the visible words (WCAG 2.5.3) and says where the button leads.
  button.setAttribute('aria-label', `${visible} ${appStrings.glossaryLinkSuffix}`);
  button.addEventListener('click', () => open(term));
  return button;
}
