// The compliance page's bill-of-materials check: a file chosen or dropped, read here, sent to
// bomCheck with the page's uses, date and actor, and answered as a matrix that downloads as CSV.
import { run, GraphQLError } from './graphql.js';
import { actorOf, badge, html, render, words } from './html.js';
import { csvText, download } from './csv.js';
import { bomCsvLines } from './bom-csv.js';

const FORMATS = {
  CYCLONEDX_JSON: 'CycloneDX JSON',
  CYCLONEDX_XML: 'CycloneDX XML',
  SPDX3_JSONLD: 'SPDX 3 JSON-LD',
  HUGGING_FACE_CARD: 'Hugging Face model card',
  HUGGING_FACE_IDS: 'Hugging Face ids',
};
const PATH_TONE = { MODEL: 'PERMITTED', BASE_MODEL: 'CONDITIONAL', DECLARED_LICENSE: 'CONDITIONAL', UNRESOLVED: 'PROHIBITED' };

export function bomSection() {
  return html`<section aria-labelledby="bom-heading" class="bom">
    <h2 id="bom-heading">Check a bill of materials</h2>
    <p>A CycloneDX ML-BOM (JSON or XML), an SPDX 3 AI document, a Hugging Face model card or a list
      of Hugging Face ids, checked for the uses, date and actor above. Nothing is stored.</p>
    <div class="drop-zone" id="bom-drop">
      <label>BOM file <input type="file" id="bom-file" accept=".json,.xml,.jsonld,.md,.txt,.cdx"></label>
      <label>Format <select id="bom-format">
        <option value="">Tell from the content</option>
        ${Object.entries(FORMATS).map(([f, label]) => html`<option value="${f}">${label}</option>`)}
      </select></label>
      <p class="help">or drop the file here</p>
    </div>
    <div id="bom-result" aria-live="polite"></div>
  </section>`;
}

function resolution(r) {
  if (!r) return html`<span class="muted">Data set, not judged</span>`;
  let target = '';
  if (r.model) target = html`<a href="#/model/${r.model.slug}">${r.model.name}</a>`;
  else if (r.baseModel) target = html`inherits from <a href="#/model/${r.baseModel.slug}">${r.baseModel.name}</a>${r.via.length ? html` via ${r.via.join(', ')}` : ''}`;
  else if (r.licenses.length) target = r.licenses.map((l) => l.identifier).join(', ');
  return html`${badge(PATH_TONE[r.path], words(r.path))}${r.matchedBy ? html` <small class="muted">by ${words(r.matchedBy)}</small>` : ''}
    ${target ? html`<div class="target">${target}</div>` : ''}
    <details><summary>How</summary><p>${r.how}</p></details>`;
}

function flags(component) {
  return component.flags.map((f) => html`<div class="flag" data-code="${f.code}">${badge('CONDITIONAL', words(f.code))}
    <details><summary>Both sides</summary><p>${f.message}</p>
      <dl><dt>The document</dt><dd>${f.documentSays}</dd><dt>The registry</dt><dd>${f.registrySays}</dd></dl>
      ${f.registrySources.length ? html`<ul class="sources">${f.registrySources.map((s) => html`<li><a href="${s.source.url}" rel="noopener">${s.source.title || s.source.url}</a></li>`)}</ul>` : ''}
    </details></div>`);
}

function row(component, uses) {
  const declared = component.declaredLicenses.map((l) => l.value).join(', ');
  return html`<tr data-ref="${component.ref}" data-path="${component.resolution ? component.resolution.path : 'DATA'}">
    <th scope="row">${component.name || component.ref}
      <small class="muted">${component.huggingFaceId || component.ref}</small>
      ${declared ? html`<small class="muted">Declares ${declared}</small>` : ''}</th>
    <td data-label="Resolution" class="resolution">${resolution(component.resolution)}</td>
    <td data-label="Flags" class="flags">${flags(component)}</td>
    ${uses.map((u) => {
      const v = component.verdicts.find((x) => x.use === u);
      if (!v) return html`<td data-use="${u}" data-label="${words(u)}"><span class="muted">—</span></td>`;
      return html`<td data-use="${u}" data-label="${words(u)}">${badge(v.verdict)}
        <details><summary>Why<span class="sr-only"> (${component.name || component.ref}, ${words(u)})</span></summary><p>${v.explanation}</p></details></td>`;
    })}</tr>`;
}

function counts(c) {
  const listed = (items, key) => items.filter((i) => i.count).map((i) => `${words(i[key])} ${i.count}`).join(', ');
  const many = (n, one) => `${n} ${one}${n === 1 ? '' : 's'}`;
  return html`<p class="bom-counts">${many(c.models, 'model')}, ${many(c.dataSets, 'data set')}, ${many(c.flags, 'flag')}.
    Resolved: ${listed(c.byResolution, 'path') || 'none'}. Verdicts: ${listed(c.byVerdict, 'verdict') || 'none'}.</p>`;
}

function answer(check, fileName) {
  return html`<h3 id="bom-check-heading">${fileName}: ${FORMATS[check.format]}${check.specVersion ? ` ${check.specVersion}` : ''}, verdicts on ${check.on}</h3>
    ${counts(check.counts)}
    ${check.warnings.length ? html`<details class="bom-warnings"><summary>${check.warnings.length} reader warnings</summary>
      <ul>${check.warnings.map((w) => html`<li>${w}</li>`)}</ul></details>` : ''}
    <div class="table-wrap"><table class="matrix bom-matrix stack">
      <caption>Every component of the document</caption>
      <thead><tr><th scope="col">Component</th><th scope="col">Resolution</th><th scope="col">Flags</th>
        ${check.uses.map((u) => html`<th scope="col">${words(u)}</th>`)}</tr></thead>
      <tbody>${check.components.map((c) => row(c, check.uses))}</tbody></table></div>
    <p><button type="button" id="bom-download-csv">Download CSV</button></p>`;
}

/** Wires the section: each file chosen or dropped is checked with what the form says now. */
export function attachBom(main, settings) {
  const result = main.querySelector('#bom-result');
  const check = async (file) => {
    if (!file) return;
    const fields = new FormData(settings);
    const variables = {
      document: await file.text(),
      format: main.querySelector('#bom-format').value || null,
      uses: fields.getAll('uses'),
      on: fields.get('on') || null,
      actor: actorOf(fields),
    };
    main.setAttribute('aria-busy', 'true');
    try {
      const data = await run('explorer-bom-check', variables);
      const answered = data.bomCheck;
      render(result, answer(answered, file.name));
      result.querySelector('#bom-download-csv').addEventListener('click', () =>
        download(csvText(bomCsvLines(answered)), `modelterms-bom-check-${answered.on}.csv`));
    } catch (e) {
      if (!(e instanceof GraphQLError)) throw e;
      render(result, html`<p role="alert" class="error">The document was not checked: ${e.message}</p>`);
    } finally {
      main.setAttribute('aria-busy', 'false');
    }
  };
  main.querySelector('#bom-file').addEventListener('change', (event) => check(event.target.files[0]));
  const zone = main.querySelector('#bom-drop');
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    check(event.dataTransfer.files[0]);
  });
}
