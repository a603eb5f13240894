import { el } from './dom';

export interface RadioGroup<T extends string> {
  readonly element: HTMLFieldSetElement;
  set(value: T): void;
}

/** A fieldset of radio buttons with a visible legend: every option labelled, arrow keys move between them. */
export function radioGroup<T extends string>(
  name: string,
  legend: string,
  options: readonly { readonly value: T; readonly label: string }[],
  value: T,
  onChange: (value: T) => void,
): RadioGroup<T> {
  const inputs = options.map((option) => {
    const input = el('input', { type: 'radio', name, value: option.value, id: `${name}-${option.value}` });
    input.checked = option.value === value;
    input.addEventListener('change', () => {
      if (input.checked) onChange(option.value);
    });
    return { option, input };
  });
  const element = el(
    'fieldset',
    { class: 'radio-group' },
    el('legend', {}, legend),
    ...inputs.map(({ option, input }) =>
      el('label', { class: 'radio-option', for: input.id }, input, el('span', {}, option.label)),
    ),
  );
  return {
    element,
    set(next) {
      for (const { option, input } of inputs) input.checked = option.value === next;
    },
  };
}
