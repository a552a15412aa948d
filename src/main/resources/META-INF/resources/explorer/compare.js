// Two to four models side by side: facts, openness, OSAID criteria, MOF and every use's verdict.
import { run } from './graphql.js';
import { actorFields, actorOf, badge, html, mofLabel, parameters, render, USES, words } from './html.js';
import { navigateOnSubmit } from './forms.js';

const MAX = 4;

function picker(params, choices) {
  const chosen = (params.get('models') || '').split(',').filter(Boolean);
  const slots = Array.from({ length: MAX }, (_, i) => chosen[i] || '');
  return html`
    <form class="controls compare-form" aria-label="Models to compare">
      ${slots.map((current, i) => html`<label>Model ${i + 1}
        <select name="models">
          <option value="">${i < 2 ? 'Choose a model' : 'None'}</option>
          ${choices.map((m) => html`<option value="${m.slug}" ${m.slug === current ? html`selected` : ''}>${m.name}</option>`)}
        </select></label>`)}
      ${actorFields(params)}
      <button type="submit">Compare</button>
    </form>`;
}

function line(label, values, cell = (v) => v) {
  const differs = new Set(values.map((v) => JSON.stringify(v))).size > 1;
  return html`<tr class="${differs ? 'differs' : ''}"><th scope="row">${label}${differs ? html`<span class="sr-only"> (differs)</span>` : ''}</th>
    ${values.map((v) => html`<td>${cell(v) ?? '—'}</td>`)}</tr>`;
}

function table(rows) {
  const models = rows.map((r) => r.model);
  const criteria = models[0].osaid.criteria.map((c) => c.criterion);
  const permission = (row, use) => row.permissions.find((p) => p.use === use);
  return html`<div class="table-wrap"><table class="compare">
    <caption>Rows whose values differ are marked.</caption>
    <thead><tr><td></td>${models.map((m) => html`<th scope="col"><a href="#/model/${m.slug}">${m.name}</a></th>`)}</tr></thead>
    <tbody>
      ${line('Provider', models.map((m) => m.provider.name))}
      ${line('Hugging Face id', models.map((m) => m.huggingFaceId))}
      ${line('Released', models.map((m) => m.releasedOn))}
      ${line('Parameters', models.map((m) => parameters(m.parameterCount)))}
      ${line('Licence', models.map((m) => m.licenseExpression))}
      ${line('Weights', models.map((m) => m.openness.weights), badge)}
      ${line('Code', models.map((m) => m.openness.code), badge)}
      ${line('Data', models.map((m) => m.openness.data), badge)}
      ${line('OSAID 1.0', models.map((m) => m.osaid.verdict), badge)}
      ${criteria.map((c) => line(html`<span class="indent">${words(c)}</span>`,
        models.map((m) => m.osaid.criteria.find((x) => x.criterion === c).met),
        (met) => (met === true ? badge('CONFORMS', 'Met') : met === false ? badge('DOES_NOT_CONFORM', 'Not met') : badge('UNKNOWN', 'Unknown'))))}
      ${line('MOF class', models.map((m) => m.mof.achievedClass), (c) => badge(c ? 'CONFORMS' : 'UNKNOWN', mofLabel(c)))}
      ${line('MOF progress (III / II / I)', models.map((m) => [m.mof.progress.classIII, m.mof.progress.classII, m.mof.progress.classI]),
        (p) => p.map((x) => `${Math.round(x)}%`).join(' / '))}
    </tbody>
    <tbody class="uses">
      <tr><th scope="rowgroup" colspan="${models.length + 1}">Permitted use</th></tr>
      ${USES.map((use) => line(words(use), rows.map((r) => permission(r, use)?.verdict),
        (v) => badge(v)))}
    </tbody></table></div>`;
}

export async function show(main, _argument, params) {
  const wanted = (params.get('models') || '').split(',').filter(Boolean).slice(0, MAX);
  const data = await run('explorer-compare', {
    models: wanted.length >= 2 ? wanted : [],
    on: params.get('on') || null,
    actor: actorOf(params),
  });
  const report = data.complianceReport;
  render(main, html`
    <h1>Compare models</h1>
    <p class="lead">Choose two to four models to see their openness and permitted uses side by side.</p>
    ${picker(params, data.models.nodes)}
    ${report.unknownModels.length ? html`<p role="alert" class="error">Unknown models: ${report.unknownModels.join(', ')}</p>` : ''}
    ${wanted.length < 2 ? html`<p>Choose at least two models.</p>`
      : report.rows.length >= 2 ? html`<h2>On ${report.on}</h2>${table(report.rows)}` : ''}`);
  navigateOnSubmit(main.querySelector('form'), 'compare');
}
