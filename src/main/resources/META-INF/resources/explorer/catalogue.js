// The catalogue: search and filter models, a Relay page at a time, verdicts at a glance.
import { run } from './graphql.js';
import { badge, html, mofLabel, parameters, render, words } from './html.js';
import { navigateOnSubmit } from './forms.js';

const PAGE_SIZE = 25;
const AVAILABILITY = ['AVAILABLE', 'PARTIAL', 'NOT_AVAILABLE', 'UNKNOWN'];
const OSAID = ['CONFORMS', 'DOES_NOT_CONFORM', 'INSUFFICIENT_INFORMATION'];
const MOF = ['CLASS_I', 'CLASS_II', 'CLASS_III'];
const FILTERS = ['search', 'provider', 'country', 'license', 'osaid', 'mofClass', 'weights', 'code', 'data'];

function filterOf(params) {
  const filter = {};
  for (const name of FILTERS) {
    if (params.get(name)) filter[name] = params.get(name);
  }
  return filter;
}

function select(name, label, options, current, optionLabel = words) {
  return html`<label>${label}
    <select name="${name}">
      <option value="">Any</option>
      ${options.map((o) => html`<option value="${o}" ${o === current ? html`selected` : ''}>${optionLabel(o)}</option>`)}
    </select></label>`;
}

function filters(params, organizations) {
  const countries = [...new Set(organizations.map((o) => o.country).filter(Boolean))].sort();
  const providers = organizations.map((o) => o.slug);
  const names = Object.fromEntries(organizations.map((o) => [o.slug, o.name]));
  return html`
  <form class="filters" role="search" aria-label="Filter models">
    <label class="wide">Search <input type="search" name="search" value="${params.get('search') || ''}"
      placeholder="Name, slug or Hugging Face id"></label>
    ${select('provider', 'Provider', providers, params.get('provider'), (p) => names[p])}
    ${select('country', 'Country', countries, params.get('country'), (c) => c)}
    <label>Licence <input name="license" value="${params.get('license') || ''}" placeholder="Apache-2.0, llama3.1"></label>
    ${select('osaid', 'OSAID 1.0', OSAID, params.get('osaid'))}
    ${select('mofClass', 'MOF class', MOF, params.get('mofClass'), mofLabel)}
    ${select('weights', 'Weights', AVAILABILITY, params.get('weights'))}
    ${select('code', 'Code', AVAILABILITY, params.get('code'))}
    ${select('data', 'Data', AVAILABILITY, params.get('data'))}
    <label>Sort
      <select name="order">
        <option value="">Name</option>
        <option value="newest" ${params.get('order') === 'newest' ? html`selected` : ''}>Newest first</option>
      </select></label>
    <div class="actions">
      <button type="submit">Show models</button>
      <a href="#/">Clear filters</a>
    </div>
  </form>`;
}

function row(model) {
  return html`<tr>
    <th scope="row" data-label="Model"><a href="#/model/${model.slug}">${model.name}</a>
      ${model.huggingFaceId ? html`<small class="muted">${model.huggingFaceId}</small>` : ''}</th>
    <td data-label="Provider">${model.provider.name}${model.provider.country ? html` <small class="muted">(${model.provider.country})</small>` : ''}</td>
    <td data-label="Licence">${model.license?.identifier || model.licenseExpression || '—'}</td>
    <td data-label="Released">${model.releasedOn || '—'}${model.parameterCount ? html`<small class="muted">${parameters(model.parameterCount)} parameters</small>` : ''}</td>
    <td data-label="Openness" class="openness">
      <span>Weights ${badge(model.openness.weights)}</span>
      <span>Code ${badge(model.openness.code)}</span>
      <span>Data ${badge(model.openness.data)}</span></td>
    <td data-label="OSAID 1.0" class="osaid">${badge(model.osaid.verdict)}</td>
    <td data-label="MOF">${badge(model.mof.achievedClass ? 'CONFORMS' : 'UNKNOWN', mofLabel(model.mof.achievedClass).replace('MOF ', ''))}</td>
  </tr>`;
}

function pageLink(params, after, trail, label, rel) {
  const next = new URLSearchParams(params);
  next.delete('after');
  next.delete('trail');
  if (after) next.set('after', after);
  if (trail.length) next.set('trail', trail.join(','));
  const query = next.toString();
  return html`<a class="button" rel="${rel}" href="#/${query ? `?${query}` : ''}">${label}</a>`;
}

export async function show(main, _argument, params) {
  const after = params.get('after');
  const trail = params.get('trail') ? params.get('trail').split(',') : [];
  const data = await run('explorer-catalogue', {
    filter: filterOf(params),
    first: PAGE_SIZE,
    after,
    orderBy:
      params.get('order') === 'newest'
        ? { field: 'RELEASED_ON', direction: 'DESC' }
        : { field: 'NAME', direction: 'ASC' },
  });
  const page = data.models;
  const models = page.edges.map((e) => e.node);
  const previous = after
    ? pageLink(params, trail[trail.length - 1] || null, trail.slice(0, -1), 'Previous page', 'prev')
    : '';
  const next = page.pageInfo.hasNextPage
    ? pageLink(params, page.pageInfo.endCursor, after ? [...trail, after] : trail, 'Next page', 'next')
    : '';
  const first = trail.length + (after ? 1 : 0);
  render(main, html`
    <h1>AI models, their licences and permitted use</h1>
    <p class="lead">Search the registry's models; open one for its components, openness verdicts,
      permitted uses on any date and their sources.</p>
    ${filters(params, data.organizations.nodes)}
    <h2 id="results" class="results-heading">${page.totalCount} ${page.totalCount === 1 ? 'model' : 'models'}
      ${first ? html`<small class="muted">(page ${first + 1})</small>` : ''}</h2>
    ${models.length === 0
      ? html`<p>No model matches these filters.</p>`
      : html`<div class="table-wrap"><table class="catalogue stack" aria-labelledby="results">
          <thead><tr><th scope="col">Model</th><th scope="col">Provider</th><th scope="col">Licence</th>
            <th scope="col">Released</th><th scope="col">Openness</th><th scope="col">OSAID 1.0</th><th scope="col">MOF</th></tr></thead>
          <tbody>${models.map(row)}</tbody></table></div>`}
    <nav class="pager" aria-label="Pages">${previous}${next}</nav>`);
  navigateOnSubmit(main.querySelector('form.filters'), '');
}
