import type { ChoiceOption } from './types';

/**
 * A prediction's options written as `{ id: 'text' }`, in the order they are shown (issue 7: no option is wrong,
 * so an option is only its id and words). Ids that look like array indices would be reordered by JavaScript,
 * so they are refused.
 */
export function choices(options: Readonly<Record<string, string>>): ChoiceOption[] {
  return Object.entries(options).map(([id, text]) => {
    if (/^\d+$/.test(id)) throw new Error(`choices: option id "${id}" would be reordered; use a word`);
    return { id, text };
  });
}
