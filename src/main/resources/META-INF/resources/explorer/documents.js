// The policy documents the registry holds, by kind, each linking to its versions and diffs.
import { run } from './graphql.js';
import { html, render, words } from './html.js';
import { navigateOnSubmit } from './forms.js';

const KINDS = ['LICENSE', 'USE_POLICY', 'TERMS', 'STATEMENT'];
const PAGE_SIZE = 100;

export async function show(main, _argument, params) {
  const kind = params.get('kind') || null;
  const { policyDocuments: page } = await run('explorer-documents', {
    kind,
    first: PAGE_SIZE,
    after: params.get('after'),
  });
  const next = new URLSearchParams(params);
  next.set('after', page.pageInfo.endCursor || '');
  render(main, html`
    <h1>Policy documents</h1>
    <p class="lead">Licences, acceptable-use policies, terms and public statements, with their versions over time.</p>
    <form class="controls documents-form" aria-label="Filter documents">
      <label>Kind
        <select name="kind"><option value="">Any</option>
          ${KINDS.map((k) => html`<option value="${k}" ${k === kind ? html`selected` : ''}>${words(k)}</option>`)}
        </select></label>
      <button type="submit">Show documents</button>
    </form>
    <h2 id="documents-count">${page.totalCount} ${page.totalCount === 1 ? 'document' : 'documents'}</h2>
    <div class="table-wrap"><table class="documents-list stack" aria-labelledby="documents-count">
      <thead><tr><th scope="col">Document</th><th scope="col">Kind</th><th scope="col">Publisher</th><th scope="col">Versions</th><th scope="col">Latest from</th></tr></thead>
      <tbody>${page.nodes.map((d) => html`<tr>
        <th scope="row" data-label="Document"><a href="#/document/${d.slug}">${d.title}</a></th>
        <td data-label="Kind">${words(d.kind)}</td>
        <td data-label="Publisher">${d.publisher?.name || '—'}</td>
        <td data-label="Versions">${d.versions.length}</td>
        <td data-label="Latest from">${d.versions.length ? d.versions[d.versions.length - 1].effectiveFrom : '—'}</td></tr>`)}</tbody>
    </table></div>
    ${page.pageInfo.hasNextPage ? html`<nav class="pager" aria-label="Pages"><a class="button" rel="next" href="#/documents?${next}">Next page</a></nav>` : ''}`);
  navigateOnSubmit(main.querySelector('form'), 'documents');
}
