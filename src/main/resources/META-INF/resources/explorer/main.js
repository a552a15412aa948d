// Hash routing: every view is a URL (#/model/llama-3.1-405b?on=2024-10-01) that restores it.
import { operation } from './graphql.js';
import { html, render } from './html.js';

const VIEWS = {
  '': { module: () => import('./catalogue.js'), operation: 'explorer-catalogue' },
  model: { module: () => import('./model.js'), operation: 'explorer-model' },
  compare: { module: () => import('./compare.js'), operation: 'explorer-compare' },
  documents: { module: () => import('./documents.js'), operation: 'explorer-documents' },
  document: { module: () => import('./document.js'), operation: 'explorer-document' },
  compliance: { module: () => import('./compliance.js'), operation: 'explorer-compliance' },
};

const main = document.getElementById('view');
let firstView = true;

function route() {
  const hash = decodeURI(location.hash.replace(/^#\/?/, ''));
  const [path, query = ''] = hash.split('?');
  const [view = '', ...rest] = path.split('/');
  return { view, argument: rest.join('/'), params: new URLSearchParams(query) };
}

async function show() {
  const { view, argument, params } = route();
  const target = VIEWS[view];
  document.querySelectorAll('[data-nav]').forEach((a) => {
    const current = a.dataset.nav === (view === 'document' ? 'documents' : view || 'catalogue');
    if (current) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  });
  main.setAttribute('aria-busy', 'true');
  try {
    if (!target) throw new Error(`There is no page at #/${view}.`);
    // The view's operation loads while its module does, not after it.
    operation(target.operation).catch(() => {});
    const module = await target.module();
    await module.show(main, argument, params);
  } catch (e) {
    render(main, html`<h1>Something went wrong</h1><p role="alert" class="error">${e.message}</p>
      <p><a href="#/">Back to the catalogue</a></p>`);
  }
  main.setAttribute('aria-busy', 'false');
  performance.mark('view-shown');
  const heading = main.querySelector('h1');
  document.title = heading ? `${heading.textContent} · ModelTerms` : 'ModelTerms explorer';
  // A screen reader hears the new page's heading; the first page keeps the natural focus.
  if (!firstView && heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  }
  firstView = false;
}

// The skip link moves focus without touching the hash, which holds the route.
document.querySelector('a.skip').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});

window.addEventListener('hashchange', () => {
  // Only "#/…" is a route; any other hash is an in-page anchor.
  if (!location.hash || location.hash.startsWith('#/')) show();
});
show();
