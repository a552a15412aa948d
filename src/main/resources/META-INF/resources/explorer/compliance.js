// The compliance report: a bill of Hugging Face ids, or a bill of materials (bom.js), against
// chosen uses, on a date, for an actor; downloadable as CSV.
import { run } from './graphql.js';
import { actorFields, actorOf, badge, html, render, USES, words } from './html.js';
import { navigateOnSubmit } from './forms.js';
import { csvText, download as saveCsv } from './csv.js';
import { attachBom, bomSection } from './bom.js';

const EXAMPLE = ['meta-llama/Llama-3.1-405B', 'deepseek-ai/DeepSeek-V3', 'deepseek-ai/DeepSeek-R1'];

function identifiers(text) {
  return text.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
}

function form(params, ids, uses) {
  return html`
    <form class="controls compliance-form" aria-label="Report settings">
      <label class="wide">Models: Hugging Face ids or slugs, one per line
        <textarea id="ids" rows="5" spellcheck="false" placeholder="${EXAMPLE.join('\n')}">${ids.join('\n')}</textarea></label>
      <fieldset class="uses-choice"><legend>Uses</legend>
        ${USES.map((u) => html`<label class="check"><input type="checkbox" name="uses" value="${u}" ${uses.includes(u) ? html`checked` : ''}> ${words(u)}</label>`)}
      </fieldset>
      ${actorFields(params)}
      <button type="submit">Run report</button>
    </form>`;
}

/** One line per model and use, with the grounds a compliance officer needs. */
export function csvOf(report, actor) {
  const header = ['model', 'hugging_face_id', 'use', 'verdict', 'on', 'actor', 'conditions', 'explanation', 'clauses', 'sources'];
  const who = actor ? [actor.kind, actor.country].filter(Boolean).join(' ') : 'any';
  const lines = [header];
  for (const row of report.rows) {
    for (const p of row.permissions) {
      lines.push([
        row.model.slug,
        row.model.huggingFaceId,
        p.use,
        p.verdict,
        report.on,
        who,
        p.conditions.join('; '),
        p.explanation,
        p.rules.map((r) => `${r.document.title}, ${r.version.label}`).join('; '),
        [...new Set(p.rules.flatMap((r) => r.sources.map((s) => s.source.url)))].join(' '),
      ]);
    }
  }
  return csvText(lines);
}

function matrix(report, uses) {
  return html`<div class="table-wrap"><table class="matrix">
    <caption>Verdicts on ${report.on}</caption>
    <thead><tr><th scope="col">Model</th>${uses.map((u) => html`<th scope="col">${words(u)}</th>`)}</tr></thead>
    <tbody>${report.rows.map((row) => html`<tr>
      <th scope="row"><a href="#/model/${row.model.slug}">${row.model.name}</a>
        ${row.model.huggingFaceId ? html`<small class="muted">${row.model.huggingFaceId}</small>` : ''}</th>
      ${uses.map((u) => {
        const p = row.permissions.find((x) => x.use === u);
        return html`<td data-use="${u}">${badge(p.verdict)}
          <details><summary>Why<span class="sr-only"> (${row.model.name}, ${words(u)})</span></summary><p>${p.explanation}</p></details></td>`;
      })}</tr>`)}</tbody></table></div>`;
}

export async function show(main, _argument, params) {
  const ids = identifiers(params.get('ids') || '');
  const uses = params.get('uses') ? params.get('uses').split(',') : ['MILITARY', 'COMMERCIAL', 'TRAINING_OTHER_MODELS'];
  const actor = actorOf(params);
  let result = html`<p>Paste the Hugging Face ids of the models you use, choose the uses, and run the report.</p>`;
  let report = null;
  if (ids.length) {
    const data = await run('explorer-compliance', { models: ids, uses, on: params.get('on') || null, actor });
    report = data.complianceReport;
    result = html`
      <h2 id="report-heading">Report</h2>
      ${report.unknownModels.length ? html`<p role="alert" class="error">Not in the registry: ${report.unknownModels.join(', ')}</p>` : ''}
      ${report.rows.length ? html`${matrix(report, uses)}<p><button type="button" id="download-csv">Download CSV</button></p>` : ''}`;
  }
  render(main, html`
    <h1>Compliance report</h1>
    <p class="lead">May the models you use be used for what you intend, on a date, by your kind of organisation?</p>
    ${form(params, ids, uses)}
    ${result}
    ${bomSection()}`);
  const settings = main.querySelector('form');
  navigateOnSubmit(settings, 'compliance', () => ({ ids: identifiers(settings.querySelector('#ids').value).join(',') }));
  attachBom(main, settings);
  const download = main.querySelector('#download-csv');
  if (download && report) {
    download.addEventListener('click', () => saveCsv(csvOf(report, actor), `modelterms-compliance-${report.on}.csv`));
  }
}
