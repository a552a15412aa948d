// Safe HTML templates: every interpolated value is escaped unless it is itself a template.

class Html {
  constructor(text) {
    this.text = text;
  }
  toString() {
    return this.text;
  }
}

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escape(value) {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function piece(value) {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(piece).join('');
  return escape(value);
}

export function html(strings, ...values) {
  let out = strings[0];
  values.forEach((v, i) => {
    out += piece(v) + strings[i + 1];
  });
  return new Html(out);
}

export function render(element, template) {
  element.innerHTML = piece(template);
}

/** "MILITARY" → "Military", "NOT_AVAILABLE" → "Not available". */
export function words(constant) {
  if (!constant) return '';
  const s = constant.replace(/_/g, ' ').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const VERDICT_CLASS = {
  PERMITTED: 'good',
  CONFORMS: 'good',
  AVAILABLE: 'good',
  OPEN: 'good',
  CONDITIONAL: 'warn',
  PARTIAL: 'warn',
  INSUFFICIENT_INFORMATION: 'unknown',
  PROHIBITED: 'bad',
  DOES_NOT_CONFORM: 'bad',
  NOT_AVAILABLE: 'bad',
  CLOSED: 'bad',
};

/** A verdict as a badge: its words carry the meaning, the colour only repeats it. */
export function badge(value, label = words(value)) {
  const tone = VERDICT_CLASS[value] || 'unknown';
  return html`<span class="badge ${tone}" data-value="${value ?? ''}">${label || 'Unknown'}</span>`;
}

export function mofLabel(mofClass) {
  return mofClass ? `MOF ${mofClass.replace('CLASS_', 'Class ')}` : 'No MOF class';
}

export function parameters(count) {
  if (count === null || count === undefined) return '';
  const n = Number(count);
  if (n >= 1e9) return `${+(n / 1e9).toFixed(1)}B`;
  if (n >= 1e6) return `${+(n / 1e6).toFixed(1)}M`;
  return String(n);
}

/** The sources of a fact, each a link with its confidence. */
export function cited(citations) {
  if (!citations || citations.length === 0) return '';
  return html`<ul class="sources">${citations.map(
    (c) => html`<li><a href="${c.source.url}" rel="noopener">${c.source.title || c.source.url}</a>
      <span class="confidence ${c.source.confidence.toLowerCase()}" title="Confidence of the source">${words(c.source.confidence)}</span>
      ${c.quote ? html`<q>${c.quote}</q>` : ''}</li>`,
  )}</ul>`;
}

export const USES = [
  'MILITARY',
  'WEAPONS',
  'NUCLEAR',
  'ESPIONAGE',
  'SURVEILLANCE',
  'LAW_ENFORCEMENT',
  'CRITICAL_INFRASTRUCTURE',
  'COMMERCIAL',
  'RESEARCH',
  'TRAINING_OTHER_MODELS',
  'MEDICAL_ADVICE',
];

export const ACTOR_KINDS = [
  'GOVERNMENT',
  'DEFENSE_CONTRACTOR',
  'COMPANY',
  'ACADEMIC',
  'NON_PROFIT',
  'INDIVIDUAL',
];

/** The actor fields shared by the model page, comparison and compliance report. */
export function actorFields(params) {
  const kind = params.get('actor') || '';
  return html`
    <label>Date <input type="date" name="on" value="${params.get('on') || ''}"></label>
    <label>Actor
      <select name="actor">
        <option value="">Any actor</option>
        ${ACTOR_KINDS.map((k) => html`<option value="${k}" ${k === kind ? html`selected` : ''}>${words(k)}</option>`)}
      </select>
    </label>
    <label>Country <input name="country" value="${params.get('country') || ''}" size="4" maxlength="12"
      placeholder="US" autocomplete="off" aria-describedby="country-help"></label>
    <span id="country-help" class="help">ISO code (US, FR) or group (EU, NATO)</span>`;
}

/** The ActorInput the actor fields describe, or null for any actor. */
export function actorOf(params) {
  const actor = {};
  if (params.get('actor')) actor.kind = params.get('actor');
  if (params.get('country')) actor.country = params.get('country').trim().toUpperCase();
  return Object.keys(actor).length ? actor : null;
}

export function today() {
  return new Date().toISOString().slice(0, 10);
}
