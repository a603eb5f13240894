import { el } from '../kit/dom';

/** Small labelled form fields for the controls: every control has a visible label tied to it by id. */
export function selectField<T extends string | number>(
  id: string,
  label: string,
  options: readonly { readonly value: T; readonly label: string }[],
  value: T,
): { field: HTMLElement; select: HTMLSelectElement; value(): T } {
  const select = el('select', { id });
  for (const option of options) select.append(el('option', { value: String(option.value) }, option.label));
  select.value = String(value);
  const read = () => options.find((o) => String(o.value) === select.value)?.value ?? value;
  return {
    field: el('span', { class: 'control-field' }, el('label', { for: id }, label), select),
    select,
    value: read,
  };
}

export function numberField(
  id: string,
  label: string,
  value: number,
  limits: { readonly min: number; readonly max: number; readonly step: number },
): { field: HTMLElement; input: HTMLInputElement; value(): number } {
  const input = el('input', { id, type: 'number', inputmode: 'decimal', ...limits, value });
  const read = () => {
    const n = Number(input.value);
    return Number.isFinite(n) && input.value !== '' ? Math.min(limits.max, Math.max(limits.min, n)) : value;
  };
  return {
    field: el('span', { class: 'control-field' }, el('label', { for: id }, label), input),
    input,
    value: read,
  };
}

/** A slider with its value written beside it (and spoken through aria-valuetext). */
export function rangeField(
  id: string,
  label: string,
  limits: { readonly min: number; readonly max: number; readonly step: number },
  format: (value: number) => string,
): { field: HTMLElement; input: HTMLInputElement; set(value: number): void } {
  const input = el('input', { id, type: 'range', ...limits });
  const output = el('output', { for: id, class: 'range-readout' });
  const set = (value: number) => {
    input.value = String(value);
    const text = format(Number(input.value));
    output.textContent = text;
    input.setAttribute('aria-valuetext', text);
  };
  input.addEventListener('input', () => set(Number(input.value)));
  return {
    field: el('span', { class: 'control-field field-range' }, el('label', { for: id }, label), input, output),
    input,
    set,
  };
}

export function button(
  label: string,
  onClick: () => void,
  attributes: Record<string, string> = {},
): HTMLButtonElement {
  const b = el('button', { type: 'button', ...attributes }, label);
  b.addEventListener('click', onClick);
  return b;
}

export function group(legend: string, ...children: HTMLElement[]): HTMLFieldSetElement {
  return el('fieldset', { class: 'control-group' }, el('legend', {}, legend), ...children);
}

export function row(...children: HTMLElement[]): HTMLElement {
  return el('div', { class: 'control-row' }, ...children);
}
