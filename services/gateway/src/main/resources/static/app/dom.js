// Building the page from data. Text always goes in as text (textContent), never as HTML, so nothing a person wrote
// can run as markup. The one exception, html(), takes HTML a service already sanitised (e.g. a forum's rulesHtml).

/** h('p', {class: 'muted'}, 'text', child, ...): an element; attributes starting with "on" are event listeners. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** HTML that a Rematch service sanitised before serving it (never anything else). */
export function html(sanitised) {
  const template = document.createElement('template');
  template.innerHTML = sanitised ?? '';
  return template.content;
}

/** A link inside the app: navigated without reloading the page. */
export function link(href, ...children) {
  return h('a', { href, 'data-link': true }, ...children);
}

let fieldCount = 0;

/**
 * A labelled form field with an optional hint and a place for its error, wired for screen readers. `name` matches the
 * API's field name, so a problem's errors land on the right field (showProblem).
 */
export function field(label, control, hint) {
  const id = control.id || `f${++fieldCount}`;
  control.id = id;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  control.setAttribute('aria-describedby', hint ? `${hintId} ${errorId}` : errorId);
  return h('div', { class: 'field', 'data-field': control.name },
    h('label', { for: id }, label),
    hint ? h('span', { class: 'hint', id: hintId }, hint) : null,
    control,
    h('span', { class: 'error', id: errorId }));
}

export function input(name, attributes = {}) {
  return h('input', { name, type: 'text', ...attributes });
}

export function select(name, options, selected, attributes = {}) {
  return h('select', { name, ...attributes },
    options.map(([value, label]) => h('option', { value, selected: String(value) === String(selected ?? '') }, label)));
}

export function textarea(name, value, attributes = {}) {
  const area = h('textarea', { name, ...attributes });
  area.value = value ?? '';
  return area;
}

/** A form whose submit runs `onSubmit(values, form)`; errors it throws are shown on the form (see showProblem). */
export function form(attributes, children, onSubmit) {
  const formError = h('div', { class: 'form-error', role: 'alert' });
  const element = h('form', { novalidate: true, ...attributes }, formError, ...children);
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(element);
    const buttons = element.querySelectorAll('button');
    buttons.forEach((button) => { button.disabled = true; });
    try {
      await onSubmit(values(element), element);
    } catch (error) {
      showProblem(element, error);
    } finally {
      buttons.forEach((button) => { button.disabled = false; });
    }
  });
  return element;
}

/** The form's named values: checkboxes as booleans, multiple selects as arrays, blank text as null. */
export function values(formElement) {
  const result = {};
  for (const control of formElement.elements) {
    if (!control.name || control.disabled) continue;
    if (control.type === 'checkbox') {
      result[control.name] = control.checked;
    } else if (control.type === 'radio') {
      if (control.checked) result[control.name] = control.value;
    } else if (control.multiple) {
      result[control.name] = [...control.selectedOptions].map((option) => option.value);
    } else {
      result[control.name] = control.value.trim() === '' ? null : control.value.trim();
    }
  }
  return result;
}

function clearProblem(formElement) {
  formElement.querySelector('.form-error').textContent = '';
  formElement.querySelectorAll('.field .error').forEach((error) => { error.textContent = ''; });
  formElement.querySelectorAll('[aria-invalid]').forEach((control) => control.removeAttribute('aria-invalid'));
}

/**
 * Shows an API problem on a form: each field error beside its field (matched by name, or by the last part of a dotted
 * path such as "path.exams[0].score"), the rest at the top. Focus moves to the first field in error.
 */
export function showProblem(formElement, error) {
  const top = formElement.querySelector('.form-error');
  const unplaced = [];
  let first = null;
  for (const fieldError of error.fields ?? []) {
    const holder = findField(formElement, fieldError.field);
    if (holder) {
      holder.querySelector('.error').textContent = fieldError.message;
      const control = holder.querySelector('input, select, textarea');
      control?.setAttribute('aria-invalid', 'true');
      first ??= control;
    } else {
      unplaced.push(`${fieldError.field}: ${fieldError.message}`);
    }
  }
  const summary = error.fields?.length ? 'Please check the highlighted fields.' : (error.message || 'Something went wrong.');
  top.textContent = [summary, ...unplaced].join(' ');
  (first ?? top).focus?.();
  if (!first) top.setAttribute('tabindex', '-1');
}

function findField(formElement, name) {
  if (!name) return null;
  const candidates = [name, name.replace(/\[\d+\]/g, ''), name.split('.').pop().replace(/\[\d+\]/g, '')];
  for (const candidate of candidates) {
    const holder = formElement.querySelector(`.field[data-field="${CSS.escape(candidate)}"]`);
    if (holder) return holder;
  }
  return null;
}

/** Says something to screen readers (and briefly on screen). */
export function announce(message, { toast = true, link: href } = {}) {
  document.getElementById('announcer').textContent = message;
  if (!toast) return;
  const note = h('div', { class: 'toast', role: 'status' }, message, href ? [' ', link(href, 'Open')] : null);
  // one at a time: toasts are fixed in the same corner, so a second one would be drawn over the first
  document.querySelectorAll('.toast').forEach((older) => older.remove());
  document.body.append(note);
  setTimeout(() => note.remove(), 6000);
}

/** A moment as people read it here: "Nov 29, 2026, 7:40 AM" in their own locale and time zone. */
export function dateText(iso) {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** A moment as a <time> element, the exact time on hover. */
export function time(iso) {
  if (!iso) return '';
  return h('time', { datetime: iso, title: new Date(iso).toLocaleString() }, dateText(iso));
}

export function percent(score) {
  return `${Math.round(score * 100)}%`;
}
