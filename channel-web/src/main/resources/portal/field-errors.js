// Errors beside their fields, the client's and the server's (ApiError.fields: field names as the
// server checks them, e.g. "location.communeCode", "consent.given"), in the page's language and
// re-worded when it switches. The first field in error takes the focus.
import { onLanguageChange, t } from '/portal-shared/portal.js';

const $ = (id) => document.getElementById(id);

// Which control and which message element a server field name belongs to.
function target(field) {
  const name = String(field || '');
  if (name === 'kind') return { control: 'kind-group', error: 'kind-error', focus: 'input[name="kind"]' };
  if (name === 'categoryCode') return { control: 'category', error: 'category-error' };
  if (name === 'description') return { control: 'description', error: 'description-error' };
  if (name.startsWith('location.address')) return { control: 'address', error: 'location-error' };
  if (name.startsWith('location')) return { control: 'commune', error: 'location-error' };
  if (['name', 'phone', 'email'].includes(name)) return { control: name, error: `${name}-error` };
  if (name.startsWith('consent')) return { control: 'consent', error: 'consent-error' };
  if (name.startsWith('photo') || name.startsWith('attachments')) return { control: 'photos', error: 'photos-error' };
  return null;
}

let shown = { fields: [], summary: null };

function render() {
  for (const el of document.querySelectorAll('.field-error')) {
    el.textContent = '';
    el.hidden = true;
  }
  for (const el of document.querySelectorAll('[aria-invalid]')) {
    el.removeAttribute('aria-invalid');
  }
  const unplaced = [];
  for (const f of shown.fields) {
    const where = target(f.field);
    if (!where || !$(where.error)) {
      unplaced.push(f);
      continue;
    }
    const el = $(where.error);
    el.textContent = [el.textContent, t(f.messageVi, f.messageEn)].filter(Boolean).join(' ');
    el.hidden = false;
    $(where.control).setAttribute('aria-invalid', 'true');
  }
  const summary = $('form-error');
  const lines = [];
  if (shown.summary) {
    lines.push(t(shown.summary.messageVi, shown.summary.messageEn));
  }
  unplaced.forEach((f) => lines.push(t(f.messageVi, f.messageEn)));
  summary.textContent = lines.join(' ');
  summary.hidden = lines.length === 0;
}

/** Shows the errors; summary (optional) is the request's own message, above the Send button. */
export function showErrors(fields, summary) {
  shown = { fields, summary: summary || null };
  render();
  const first = fields.map((f) => target(f.field)).find((w) => w && $(w.control));
  if (first) {
    const control = first.focus ? document.querySelector(first.focus) : $(first.control);
    control.focus();
  } else if (summary) {
    $('form-error').scrollIntoView({ block: 'center' });
  }
}

export function clearErrors() {
  shown = { fields: [], summary: null };
  render();
}

onLanguageChange(render);
