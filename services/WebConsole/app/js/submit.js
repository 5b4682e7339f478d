// The submit form, drawn from the gateway's OpenAPI description: POST /v1/generations is a oneOf of one request schema
// per vendor (discriminator `vendor`), each the common fields plus that vendor's vendorOptions. Fields carry the
// schema's limits; the documented example of a vendor fills the form; the server's problem details appear beside
// the fields they name.
import { api, ApiError } from './api.js';

let documentPromise = null;
const openApi = () => (documentPromise ??= api.openApi().catch(error => { documentPromise = null; throw error; }));

const refName = ref => ref.split('/').pop();
function resolve(doc, schema) {
  if (!schema) return {};
  if (schema.$ref) return resolve(doc, doc.components.schemas[refName(schema.$ref)]);
  if (schema.allOf) {
    return schema.allOf.map(part => resolve(doc, part)).reduce((merged, part) => ({
      ...merged, ...part, properties: { ...merged.properties, ...part.properties }, required: [...(merged.required ?? []), ...(part.required ?? [])],
    }), {});
  }
  if (schema.oneOf && schema.oneOf.length && !schema.discriminator) {
    const concrete = schema.oneOf.find(part => !(part.type === 'null'));
    return resolve(doc, concrete);
  }
  return schema;
}
const types = schema => [schema.type ?? []].flat().filter(type => type !== 'null');

function requestSchema(doc) {
  const body = doc.paths['/v1/generations'].post.requestBody.content['application/json'];
  return { root: doc.components.schemas[refName(body.schema.$ref)], examples: Object.values(body.examples ?? {}).map(example => example.value).filter(Boolean) };
}

/** The vendors the OpenAPI description knows, by their keys. */
export async function vendorKeys() {
  return Object.keys(requestSchema(await openApi()).root.discriminator.mapping);
}

const h = (tag, props = {}, ...children) => {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children.flat().filter(child => child !== null && child !== undefined && child !== false));
  return element;
};
const fieldId = path => `field-${path.replace(/[^A-Za-z0-9]/g, '-')}`;
const words = name => name.replace(/([A-Z])/g, ' $1').replace(/^./, first => first.toUpperCase());

function limits(schema) {
  const notes = [];
  if (schema.minLength !== undefined) notes.push(`at least ${schema.minLength} characters`);
  if (schema.maxLength !== undefined) notes.push(`at most ${schema.maxLength} characters`);
  if (schema.minimum !== undefined) notes.push(`from ${schema.minimum}`);
  if (schema.maximum !== undefined) notes.push(`to ${schema.maximum}`);
  if (schema.minItems !== undefined) notes.push(`at least ${schema.minItems}`);
  if (schema.maxItems !== undefined) notes.push(`at most ${schema.maxItems}`);
  return notes.join(', ');
}

/** One field for a schema property; returns the element and a reader of its value (undefined: left empty). */
function field(doc, path, name, schema, required) {
  const resolved = resolve(doc, schema);
  const id = fieldId(path);
  const type = types(resolved)[0];
  const item = resolved.items ? resolve(doc, resolved.items) : null;
  const hintText = [resolved.description, limits(resolved)].filter(Boolean).join(' · ');
  const hint = hintText ? h('p', { className: 'hint', id: `${id}-hint`, textContent: hintText }) : null;
  const error = h('p', { className: 'error', id: `${id}-error`, role: 'alert' });
  const described = [hint && hint.id, error.id].filter(Boolean).join(' ');
  let control;
  let read;
  let write;
  if (resolved.enum) {
    control = h('select', { id }, h('option', { value: '', textContent: required ? 'choose…' : '(default)' }),
      resolved.enum.filter(value => value !== null).map(value => h('option', { value, textContent: value })));
    read = () => control.value || undefined;
    write = value => { control.value = value ?? ''; };
  } else if (type === 'boolean') {
    control = h('select', { id }, ['', 'true', 'false'].map(value => h('option', { value, textContent: value || '(default)' })));
    read = () => control.value === '' ? undefined : control.value === 'true';
    write = value => { control.value = value === undefined || value === null ? '' : String(value); };
  } else if (type === 'integer' || type === 'number') {
    control = h('input', { id, type: 'number', step: type === 'integer' ? '1' : 'any' });
    if (resolved.minimum !== undefined) control.min = resolved.minimum;
    if (resolved.maximum !== undefined) control.max = resolved.maximum;
    read = () => control.value === '' ? undefined : Number(control.value);
    write = value => { control.value = value ?? ''; };
  } else if (type === 'array' && item?.enum) {
    const boxes = item.enum.filter(value => value !== null).map(value => h('label', { className: 'choice' },
      h('input', { type: 'checkbox', value, name: id }), ` ${value}`));
    control = h('div', { id, role: 'group', className: 'choices' }, boxes);
    read = () => { const picked = [...control.querySelectorAll('input:checked')].map(box => box.value); return picked.length ? picked : undefined; };
    write = values => control.querySelectorAll('input').forEach(box => { box.checked = (values ?? []).includes(box.value); });
  } else if (type === 'array' && item?.properties?.url) {
    control = h('textarea', { id, rows: 4, placeholder: 'One URL per line' });
    read = () => { const urls = control.value.split('\n').map(line => line.trim()).filter(Boolean); return urls.length ? urls.map(url => ({ url })) : undefined; };
    write = values => { control.value = (values ?? []).map(value => value.url).filter(Boolean).join('\n'); };
  } else if (type === 'array') {
    const numeric = ['integer', 'number'].includes(types(item ?? {})[0]);
    control = h('input', { id, type: 'text', placeholder: 'Comma-separated values' });
    read = () => { const values = control.value.split(',').map(value => value.trim()).filter(Boolean); return values.length ? values.map(value => numeric ? Number(value) : value) : undefined; };
    write = values => { control.value = (values ?? []).join(', '); };
  } else if (type === 'object' && resolved.properties?.url) {
    control = h('input', { id, type: 'url' });
    read = () => control.value.trim() ? { url: control.value.trim() } : undefined;
    write = value => { control.value = value?.url ?? ''; };
  } else {
    const long = name === 'prompt';
    control = h(long ? 'textarea' : 'input', { id, ...(long ? { rows: 3 } : { type: resolved.format === 'uri' ? 'url' : 'text' }) });
    if (resolved.maxLength !== undefined) control.maxLength = resolved.maxLength;
    read = () => control.value.trim() || undefined;
    write = value => { control.value = value ?? ''; };
  }
  control.setAttribute('aria-describedby', described);
  if (required) control.setAttribute('aria-required', 'true');
  const wrapper = h('div', { className: 'field' }, h('label', { htmlFor: id, textContent: `${words(name)}${required ? ' *' : ''}` }), control, hint, error);
  wrapper.dataset.path = path;
  return { path, wrapper, read, write, error, control };
}

function group(doc, legend, prefix, schema, fields, open) {
  const resolved = resolve(doc, schema);
  const properties = Object.entries(resolved.properties ?? {});
  if (!properties.length) return null;
  const items = properties.map(([name, property]) => field(doc, `${prefix}.${name}`, name, property, (resolved.required ?? []).includes(name)));
  fields.push(...items);
  if (open) return h('fieldset', {}, h('legend', { textContent: legend }), items.map(item => item.wrapper));
  return h('details', {}, h('summary', { textContent: legend }), h('fieldset', {}, items.map(item => item.wrapper)));
}

/** Draws the form; onSubmit(body) sends it and may throw an ApiError with problem details. */
export async function renderSubmitForm(onSubmit) {
  const doc = await openApi();
  const { root, examples } = requestSchema(doc);
  const mapping = root.discriminator.mapping;
  const vendorSelect = h('select', { id: 'field-vendor', required: true }, Object.keys(mapping).map(vendor => h('option', { value: vendor, textContent: vendor })));
  const vendorError = h('p', { className: 'error', id: 'field-vendor-error', role: 'alert' });
  const formError = h('p', { className: 'error', id: 'form-error', role: 'alert' });
  const sections = h('div');
  const submit = h('button', { type: 'submit', textContent: 'Submit' });
  const form = h('form', { id: 'submit-form', noValidate: true },
    h('label', { htmlFor: 'field-vendor', textContent: 'Vendor *' }), vendorSelect, vendorError, sections, formError, submit);
  let fields = [];

  const draw = () => {
    const vendor = vendorSelect.value;
    const schema = resolve(doc, { $ref: mapping[vendor].$ref ?? `#/components/schemas/${refName(mapping[vendor])}` });
    fields = [];
    const kind = field(doc, 'kind', 'kind', schema.properties.kind, true);
    fields.push(kind);
    sections.replaceChildren(kind.wrapper,
      group(doc, 'Inputs', 'inputs', schema.properties.inputs, fields, true),
      group(doc, 'Options', 'options', schema.properties.options, fields, true),
      group(doc, `Options of ${vendor}`, 'vendorOptions', schema.properties.vendorOptions, fields, false));
    const example = examples.find(candidate => candidate.vendor === vendor);
    if (example) {
      for (const item of fields) {
        const value = item.path.split('.').reduce((node, key) => node?.[key], example);
        if (value !== undefined) item.write(value);
      }
    }
  };
  vendorSelect.addEventListener('change', draw);
  draw();

  form.addEventListener('submit', async event => {
    event.preventDefault();
    fields.forEach(item => { item.error.textContent = ''; item.control.removeAttribute('aria-invalid'); });
    vendorError.textContent = formError.textContent = '';
    const body = { vendor: vendorSelect.value };
    for (const item of fields) {
      const value = item.read();
      if (value === undefined) continue;
      const keys = item.path.split('.');
      keys.slice(0, -1).reduce((node, key) => (node[key] ??= {}), body)[keys.at(-1)] = value;
    }
    submit.disabled = true;
    try {
      await onSubmit(body);
    } catch (error) {
      if (!(error instanceof ApiError)) { formError.textContent = error.message; return; }
      showProblem(error.problem, fields, vendorError, formError);
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}

/** Places each of the problem's errors beside the field it names (or the nearest enclosing one), the rest above the button. */
function showProblem(problem, fields, vendorError, formError) {
  const errors = { ...(problem.errors ?? {}) };
  if (problem.field && !Object.keys(errors).length) errors[problem.field] = [problem.detail ?? problem.title];
  const rest = [];
  let first = null;
  for (const [key, messages] of Object.entries(errors)) {
    const path = key.replace(/\[\d+\]/g, '');
    const target = path === 'vendor' ? { error: vendorError, control: document.getElementById('field-vendor') }
      : fields.filter(item => path === item.path || path.startsWith(`${item.path}.`)).sort((a, b) => b.path.length - a.path.length)[0];
    const text = [messages].flat().join(' ');
    if (target) {
      target.error.textContent = [target.error.textContent, text].filter(Boolean).join(' ');
      target.control.setAttribute('aria-invalid', 'true');
      first ??= target.control;
    } else rest.push(`${key}: ${text}`);
  }
  formError.textContent = [Object.keys(errors).length ? '' : problem.detail ?? problem.title, ...rest].filter(Boolean).join(' ');
  (first ?? formError).focus?.();
}
