// Small DOM helpers: elements are built with textContent, never innerHTML, so no data is ever parsed as markup.

/** h('p', {class: 'x', onclick: fn}, 'text', child...) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else if (k in el && typeof v !== 'string') el[k] = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

/** Replaces the content of an element. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

let uid = 0;
export function id(prefix = 'f') {
  uid += 1;
  return `${prefix}-${uid}`;
}

/** Tells screen readers something (polite live region). */
export function announce(text) {
  const region = document.getElementById('announce');
  region.textContent = '';
  setTimeout(() => { region.textContent = text; }, 50);
}

/** A message box: kind 'error' | 'ok' | 'info'. */
export function message(kind, title, detail) {
  return h('div', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    h('strong', {}, title), detail ? h('span', {}, ' ', detail) : null);
}

/**
 * A labelled form field. spec: {name, label, type: text|date|number|select|checkbox|textarea, options: [{code, name}],
 * required, value, hint, empty (the label of the empty choice of a select)}. Returns the wrapper; its input is wrapper.input; errors go in wrapper.error.
 */
export function field(spec) {
  const inputId = id(spec.name);
  const errorId = `${inputId}-error`;
  const hintId = spec.hint ? `${inputId}-hint` : null;
  let input;
  if (spec.type === 'select') {
    input = h('select', { id: inputId, name: spec.name },
      h('option', { value: '' }, spec.empty || (spec.required ? '— Chọn —' : '— Không —')),
      (spec.options || []).map((o) => h('option', { value: o.code }, o.label || o.name)));
  } else if (spec.type === 'textarea') {
    input = h('textarea', { id: inputId, name: spec.name, rows: 3 });
  } else {
    input = h('input', { id: inputId, name: spec.name, type: spec.type || 'text' });
    if (spec.type === 'number') input.inputMode = 'numeric';
  }
  if (spec.required) input.setAttribute('aria-required', 'true');
  if (spec.autocomplete) input.setAttribute('autocomplete', spec.autocomplete);
  input.setAttribute('aria-describedby', [hintId, errorId].filter(Boolean).join(' '));
  const error = h('p', { id: errorId, class: 'field-error' });
  const label = h('label', { for: inputId }, spec.label, spec.required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null);
  const wrapper = spec.type === 'checkbox'
    ? h('div', { class: 'field checkbox', dataset: { field: spec.name } }, input, label, error)
    : h('div', { class: 'field', dataset: { field: spec.name } }, label,
      hintId ? h('p', { id: hintId, class: 'hint' }, spec.hint) : null, input, error);
  wrapper.input = input;
  wrapper.error = error;
  setValue(wrapper, spec.value);
  return wrapper;
}

export function setValue(wrapper, value) {
  const input = wrapper.input;
  if (input.type === 'checkbox') input.checked = value === true;
  else input.value = value === null || value === undefined ? '' : String(value);
}

export function getValue(wrapper) {
  const input = wrapper.input;
  if (input.type === 'checkbox') return input.checked;
  const v = input.value.trim();
  if (v === '') return null;
  return input.type === 'number' ? Number(v) : v;
}

/** Shows field messages ({name: message}) next to the fields; returns the names without a field. */
export function showFieldErrors(fields, errors) {
  const unplaced = [];
  for (const f of Object.values(fields)) {
    f.error.textContent = '';
    f.input.removeAttribute('aria-invalid');
    f.classList.remove('invalid');
  }
  let first = null;
  for (const [name, text] of Object.entries(errors || {})) {
    const f = fields[name];
    if (!f) {
      unplaced.push(`${text}`);
      continue;
    }
    f.error.textContent = text;
    f.input.setAttribute('aria-invalid', 'true');
    f.classList.add('invalid');
    first = first || f.input;
  }
  if (first) first.focus();
  return unplaced;
}
