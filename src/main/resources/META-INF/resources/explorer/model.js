// The model page: facts with sources, openness verdicts, the permitted-use matrix for a date and
// actor, and the timeline of one use's verdict. One GraphQL operation.
import { run } from './graphql.js';
import {
  actorFields,
  actorOf,
  badge,
  cited,
  html,
  mofLabel,
  parameters,
  render,
  USES,
  words,
} from './html.js';
import { navigateOnSubmit } from './forms.js';
import { drawTimeline } from './timeline.js';

function header(model) {
  const facts = [
    ['Provider', html`${model.provider.name}${model.provider.country ? ` (${model.provider.country})` : ''}`],
    ['Hugging Face', model.huggingFaceId
      ? html`<a href="https://huggingface.co/${model.huggingFaceId}" rel="noopener">${model.huggingFaceId}</a>` : null],
    ['Released', model.releasedOn],
    ['Parameters', parameters(model.parameterCount)],
    ['Modality', words(model.modality)],
    ['Licence', model.licenseExpression],
    ['Base model', model.baseModel
      ? html`<a href="#/model/${model.baseModel.slug}">${model.baseModel.name}</a> (${words(model.baseRelation)})` : null],
    ['Derived models', model.derivedModels.length
      ? model.derivedModels.map((d, i) => html`${i ? ', ' : ''}<a href="#/model/${d.slug}">${d.name}</a>`) : null],
  ].filter(([, v]) => v);
  return html`
    <p class="crumbs"><a href="#/">Catalogue</a> › ${model.provider.name}</p>
    <h1>${model.name}</h1>
    ${model.description ? html`<p class="lead">${model.description}</p>` : ''}
    <dl class="facts">${facts.map(([k, v]) => html`<div><dt>${k}</dt><dd>${v}</dd></div>`)}</dl>
    <div class="summary" aria-label="Verdicts at a glance">
      <div><span class="label">OSAID 1.0</span>${badge(model.osaid.verdict)}</div>
      <div><span class="label">MOF 1.0</span>${badge(model.mof.achievedClass ? 'CONFORMS' : 'UNKNOWN', mofLabel(model.mof.achievedClass))}</div>
      <div><span class="label">Weights</span>${badge(model.openness.weights)}</div>
      <div><span class="label">Code</span>${badge(model.openness.code)}</div>
      <div><span class="label">Data</span>${badge(model.openness.data)}</div>
    </div>`;
}

function controls(params) {
  const use = params.get('use') || 'MILITARY';
  return html`
    <form class="controls" aria-label="Date and actor">
      ${actorFields(params)}
      <label>Timeline use
        <select name="use">${USES.map((u) => html`<option value="${u}" ${u === use ? html`selected` : ''}>${words(u)}</option>`)}</select>
      </label>
      <button type="submit">Show terms</button>
    </form>`;
}

function rules(permission) {
  if (permission.rules.length === 0) {
    return html`<p class="muted">${permission.verdict === 'UNKNOWN' ? 'No terms held for this date.' : 'No clause in force restricts this use for this actor: the general grant covers it.'}</p>`;
  }
  return html`<ul class="rules">${permission.rules.map((r) => html`<li>
    ${badge(r.effect === 'PROHIBIT' ? 'PROHIBITED' : r.effect === 'PERMIT' ? 'PERMITTED' : 'CONDITIONAL', words(r.effect))}
    <q>${r.quote}</q> <span class="clause-source">— <a href="#/document/${r.document.slug}">${r.document.title}</a>,
    ${r.version.label}</span></li>`)}</ul>`;
}

function grounds(permission) {
  const sources = permission.rules.flatMap((r) => r.sources);
  const unique = sources.filter((c, i) => sources.findIndex((d) => d.source.url === c.source.url) === i);
  return html`<details><summary>Explanation and sources</summary>
    <p>${permission.explanation}</p>${cited(unique)}</details>`;
}

function useMatrix(model, params) {
  const on = model.osaid.on;
  const actor = actorOf(params);
  const who = actor ? [words(actor.kind), actor.country].filter(Boolean).join(', ') : 'any actor';
  return html`
    <section aria-labelledby="uses-heading">
      <h2 id="uses-heading">Permitted use on ${on}, for ${who}</h2>
      <div class="table-wrap"><table class="uses stack">
        <thead><tr><th scope="col">Use</th><th scope="col">Verdict</th><th scope="col">Deciding clauses</th></tr></thead>
        <tbody>${model.useTerms.map((p) => html`<tr data-use="${p.use}">
          <th scope="row" data-label="Use">${words(p.use)}</th>
          <td data-label="Verdict" class="verdict">${badge(p.verdict)}
            ${p.rules.length ? html`<small class="confidence ${p.confidence.toLowerCase()}">${words(p.confidence)} sources</small>` : ''}</td>
          <td data-label="Clauses">
            ${p.conditions.length ? html`<ul class="conditions">${p.conditions.map((c) => html`<li>${c}</li>`)}</ul>` : ''}
            ${rules(p)}${grounds(p)}</td></tr>`)}</tbody>
      </table></div>
    </section>`;
}

/** The model's events and those of the documents that decided its verdicts, oldest first. */
function events(data) {
  const all = [
    ...data.model.events,
    ...data.policyTimeline.flatMap((t) => t.permission.rules.flatMap((r) => r.document.events)),
  ];
  const seen = new Map();
  for (const e of all) {
    const key = `${e.occurredOn} ${e.title}`;
    if (!seen.has(key) || (e.sources && !seen.get(key).sources)) seen.set(key, e);
  }
  const list = [...seen.values()].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  if (list.length === 0) return '';
  return html`<h3>Events</h3><ul class="events">${list.map((e) => html`<li>
    <time datetime="${e.occurredOn}">${e.occurredOn}</time> ${e.title}
    ${e.effect ? html`<small class="muted">(${words(e.effect)})</small>` : ''}${cited(e.sources)}</li>`)}</ul>`;
}

function timeline(data, params) {
  const use = params.get('use') || 'MILITARY';
  return html`
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">How the verdict for ${words(use).toLowerCase()} use changed</h2>
      <div id="timeline-chart" class="chart" role="img"
        aria-label="Chart of the verdict over time; the table below lists the same periods."></div>
      <p class="legend muted">Shaded by verdict; dots mark document versions taking effect, dashed lines the
        events (statements, text changes, reports). Point at them for their names.</p>
      <div class="table-wrap"><table class="timeline">
        <caption>Periods of the verdict, with what started each</caption>
        <thead><tr><th scope="col">From</th><th scope="col">Until</th><th scope="col">Verdict</th><th scope="col">Cause</th></tr></thead>
        <tbody>${data.policyTimeline.map((t) => html`<tr>
          <td>${t.from}</td><td>${t.to || 'today'}</td><td>${badge(t.verdict)}</td><td>${t.cause}</td></tr>`)}</tbody>
      </table></div>
      ${events(data)}
    </section>`;
}

function osaid(model) {
  const met = (m) => (m === true ? badge('CONFORMS', 'Met') : m === false ? badge('DOES_NOT_CONFORM', 'Not met') : badge('UNKNOWN', 'Unknown'));
  return html`
    <section aria-labelledby="osaid-heading">
      <h2 id="osaid-heading">Open Source AI Definition 1.0: ${words(model.osaid.verdict)}</h2>
      <div class="table-wrap"><table class="osaid-criteria stack">
        <thead><tr><th scope="col">Criterion</th><th scope="col">Met</th><th scope="col">Reason and sources</th></tr></thead>
        <tbody>${model.osaid.criteria.map((c) => html`<tr data-criterion="${c.criterion}">
          <th scope="row" data-label="Criterion">${words(c.criterion)}</th>
          <td data-label="Met">${met(c.met)}</td>
          <td data-label="Reason">${c.reason}${cited(c.sources)}</td></tr>`)}</tbody>
      </table></div>
    </section>`;
}

function componentList(items, withLicense) {
  if (items.length === 0) return html`<span class="muted">none</span>`;
  return html`<ul class="inline">${items.map((c) => html`<li>${c.name}${withLicense && c.license ? html` <small class="muted">(${c.license})</small>` : ''}</li>`)}</ul>`;
}

function mof(model) {
  return html`
    <section aria-labelledby="mof-heading">
      <h2 id="mof-heading">Model Openness Framework 1.0: ${mofLabel(model.mof.achievedClass)}</h2>
      <div class="mof-classes">${model.mof.classes.map((c) => html`<div class="mof-class">
        <h3>${c.label}</h3>
        <p><progress max="100" value="${c.progress}" aria-label="${c.label} progress"></progress>
          ${Math.round(c.progress)}%${c.blocked ? html` <small class="muted">(blocked by a less open class)</small>` : ''}</p>
        <p><strong>Met:</strong> ${componentList(c.met, true)}</p>
        ${c.invalid.length ? html`<p><strong>Licence not open:</strong> ${componentList(c.invalid, true)}</p>` : ''}
        <p><strong>Missing:</strong> ${componentList(c.missing, false)}</p></div>`)}</div>
    </section>`;
}

function components(model) {
  return html`
    <section aria-labelledby="components-heading">
      <h2 id="components-heading">Components and their licences</h2>
      <div class="table-wrap"><table class="components stack">
        <thead><tr><th scope="col">Component</th><th scope="col">Availability</th><th scope="col">Licence</th><th scope="col">Sources</th></tr></thead>
        <tbody>${model.components.map((c) => html`<tr>
          <th scope="row" data-label="Component">${c.url ? html`<a href="${c.url}" rel="noopener">${words(c.kind)}</a>` : words(c.kind)}</th>
          <td data-label="Availability">${badge(c.availability)}</td>
          <td data-label="Licence">${c.licenseExpression || '—'}</td>
          <td data-label="Sources">${cited(c.sources)}</td></tr>`)}</tbody>
      </table></div>
    </section>`;
}

function documents(model) {
  return html`
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">Documents that govern it</h2>
      <ul class="documents">${model.policies.map((p) => html`<li>
        <a href="#/document/${p.document.slug}">${p.document.title}</a> — ${words(p.role)},
        from ${p.effectiveFrom}${p.effectiveTo ? ` until ${p.effectiveTo}` : ''}
        <small class="muted">(${p.document.versions.length} ${p.document.versions.length === 1 ? 'version' : 'versions'})</small></li>`)}</ul>
      <h3>Sources for the model</h3>
      ${cited(model.sources) || html`<p class="muted">None recorded.</p>`}
    </section>`;
}

function ratings(model) {
  if (model.externalRatings.length === 0) return '';
  return html`
    <section aria-labelledby="ratings-heading">
      <h2 id="ratings-heading">Third-party ratings</h2>
      ${model.externalRatings.map((r) => html`
        <p>The <a href="${r.dataset.url}" rel="noopener">${r.dataset.name}</a>'s opinion of
          <a href="${r.sourceUrl}" rel="noopener">${r.entryName}</a>, not the registry's own assessment.</p>
        <ul class="ratings">${r.ratings.map((d) => html`<li><strong>${d.name}</strong> ${badge(d.rating)}
          ${d.notes ? html`<small class="muted note">${d.notes}</small>` : ''}</li>`)}</ul>
        <p class="attribution"><small>${r.dataset.attribution}</small></p>`)}
    </section>`;
}

export async function show(main, slug, params) {
  const use = params.get('use') || 'MILITARY';
  const data = await run('explorer-model', {
    slug,
    on: params.get('on') || null,
    actor: actorOf(params),
    use,
  });
  const model = data.model;
  if (!model) {
    render(main, html`<h1>No such model</h1><p>The registry holds no model <code>${slug}</code>.
      <a href="#/?search=${slug}">Search for it</a>.</p>`);
    return;
  }
  render(main, html`
    ${header(model)}
    <nav class="toc" aria-label="On this page"><ul>
      <li><a href="#uses-heading">Permitted use</a></li><li><a href="#timeline-heading">Timeline</a></li>
      <li><a href="#osaid-heading">OSAID</a></li><li><a href="#mof-heading">MOF</a></li>
      <li><a href="#components-heading">Components</a></li><li><a href="#documents-heading">Documents</a></li>
      <li><a href="#/compare?models=${model.slug}">Compare with…</a></li></ul></nav>
    ${controls(params)}
    ${useMatrix(model, params)}
    ${timeline(data, params)}
    ${osaid(model)}
    ${mof(model)}
    ${components(model)}
    ${documents(model)}
    ${ratings(model)}`);
  main.querySelectorAll('nav.toc a[href^="#"]:not([href^="#/"])').forEach((a) =>
    a.addEventListener('click', (e) => {
      // In-page links must not replace the route in the hash.
      e.preventDefault();
      const target = document.getElementById(a.getAttribute('href').slice(1));
      target.setAttribute('tabindex', '-1');
      target.scrollIntoView();
      target.focus({ preventScroll: true });
    }),
  );
  navigateOnSubmit(main.querySelector('form.controls'), `model/${model.slug}`);
  await drawTimeline(main.querySelector('#timeline-chart'), data.policyTimeline, model);
}
