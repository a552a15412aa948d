// A policy document: its versions over time, and what changed between any two of them.
import { run } from './graphql.js';
import { badge, html, render, words } from './html.js';
import { navigateOnSubmit } from './forms.js';

const EFFECT_VERDICT = { PROHIBIT: 'PROHIBITED', PERMIT: 'PERMITTED', CONDITIONAL: 'CONDITIONAL' };

function ruleText(rule) {
  return html`${badge(EFFECT_VERDICT[rule.effect], words(rule.effect))} <q>${rule.quote}</q>
    ${rule.conditions.length ? html`<small class="muted">(${rule.conditions.join('; ')})</small>` : ''}`;
}

function versionsTable(doc) {
  return html`<div class="table-wrap"><table class="versions stack">
    <thead><tr><th scope="col">Version</th><th scope="col">In force</th><th scope="col">Rules</th><th scope="col">Sources</th></tr></thead>
    <tbody>${[...doc.versions].reverse().map((v) => html`<tr>
      <th scope="row" data-label="Version">${v.label}${v.textSha256 ? html` <small class="muted">(text held)</small>` : ''}</th>
      <td data-label="In force">${v.effectiveFrom} – ${v.effectiveTo || 'today'}</td>
      <td data-label="Rules">${v.rules.length ? html`<ul class="rules">${v.rules.map((r) => html`<li><strong>${words(r.useCategory)}</strong>: ${ruleText(r)}</li>`)}</ul>` : html`<span class="muted">No use rules</span>`}</td>
      <td data-label="Sources"><ul class="sources">${v.sources.map((s) => html`<li><a href="${s.source.url}" rel="noopener">${s.source.title || s.source.url}</a>
        <span class="confidence ${s.source.confidence.toLowerCase()}">${words(s.source.confidence)}</span></li>`)}</ul></td></tr>`)}</tbody>
  </table></div>`;
}

function versionSelect(name, label, versions, current) {
  return html`<label>${label}
    <select name="${name}">${versions.map((v) => html`<option value="${v.id}" ${v.id === current ? html`selected` : ''}>${v.label} (${v.effectiveFrom})</option>`)}</select></label>`;
}

/** What each use category's rules were in the older version and are in the newer. */
function ruleChanges(older, newer) {
  const uses = [...new Set([...older.rules, ...newer.rules].map((r) => r.useCategory))];
  const key = (rules) => JSON.stringify(rules.map((r) => [r.effect, r.quote, r.conditions]));
  const changes = uses.map((use) => {
    const before = older.rules.filter((r) => r.useCategory === use);
    const after = newer.rules.filter((r) => r.useCategory === use);
    const kind = before.length === 0 ? 'added' : after.length === 0 ? 'removed' : key(before) === key(after) ? 'same' : 'changed';
    return { use, before, after, kind };
  });
  const changed = changes.filter((c) => c.kind !== 'same');
  const same = changes.filter((c) => c.kind === 'same');
  return html`
    <h3>Rules</h3>
    ${changed.length === 0 ? html`<p>The two versions say the same about every use.</p>` : html`
    <div class="table-wrap"><table class="rule-diff stack">
      <thead><tr><th scope="col">Use</th><th scope="col">Change</th><th scope="col">${older.label}</th><th scope="col">${newer.label}</th></tr></thead>
      <tbody>${changed.map((c) => html`<tr class="${c.kind}">
        <th scope="row" data-label="Use">${words(c.use)}</th>
        <td data-label="Change">${words(c.kind)}</td>
        <td data-label="Before" class="before">${c.before.length ? c.before.map(ruleText) : html`<span class="muted">nothing</span>`}</td>
        <td data-label="After" class="after">${c.after.length ? c.after.map(ruleText) : html`<span class="muted">nothing</span>`}</td></tr>`)}</tbody>
    </table></div>`}
    ${same.length ? html`<p class="muted">Unchanged: ${same.map((c) => words(c.use)).join(', ')}.</p>` : ''}`;
}

function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function unifiedDiff(diff) {
  const lines = diff.unified.split('\n').map((l) => {
    const kind = l.startsWith('+++') || l.startsWith('---') ? 'file' : l.startsWith('@@') ? 'hunk'
      : l.startsWith('+') ? 'added' : l.startsWith('-') ? 'removed' : 'context';
    const label = { added: 'Added: ', removed: 'Removed: ' }[kind];
    return html`<span class="${kind}">${label ? html`<span class="sr-only">${label}</span>` : ''}${l}</span>`;
  });
  return html`<h3>Text</h3><p>${plural(diff.added, 'line')} added, ${plural(diff.removed, 'line')} removed.</p>
    <pre class="diff" tabindex="0" aria-label="Unified diff of the two texts">${lines.map((l) => html`${l}\n`)}</pre>`;
}

export async function show(main, slug, params) {
  const { policyDocument: doc } = await run('explorer-document', { slug });
  if (!doc) {
    render(main, html`<h1>No such document</h1><p>The registry holds no document <code>${slug}</code>.</p>`);
    return;
  }
  const versions = doc.versions;
  const byId = (id) => versions.find((v) => v.id === id);
  const older = byId(params.get('from')) || versions[versions.length - 2];
  const newer = byId(params.get('to')) || versions[versions.length - 1];
  let comparison = '';
  if (older && newer && older !== newer) {
    let text = html`<h3>Text</h3><p class="muted">The registry holds the text of ${older.textSha256 && newer.textSha256 ? 'both' : 'neither or only one'} of these versions${older.textSha256 && newer.textSha256 ? '' : ', so only their rules are compared'}.</p>`;
    if (older.textSha256 && newer.textSha256) {
      const { node } = await run('explorer-diff', { newer: newer.id, older: older.id });
      text = unifiedDiff(node.diff);
    }
    comparison = html`${ruleChanges(older, newer)}${text}`;
  }
  render(main, html`
    <p class="crumbs"><a href="#/documents">Documents</a> › ${words(doc.kind)}</p>
    <h1>${doc.title}</h1>
    <dl class="facts">
      <div><dt>Kind</dt><dd>${words(doc.kind)}</dd></div>
      ${doc.publisher ? html`<div><dt>Publisher</dt><dd>${doc.publisher.name}</dd></div>` : ''}
      ${doc.license ? html`<div><dt>Licence</dt><dd>${doc.license.identifier}</dd></div>` : ''}
      ${doc.url ? html`<div><dt>Published at</dt><dd><a href="${doc.url}" rel="noopener">${doc.url}</a></dd></div>` : ''}
      <div><dt>Versions</dt><dd>${versions.length}</dd></div>
    </dl>
    ${versions.length >= 2 ? html`
    <section aria-labelledby="diff-heading">
      <h2 id="diff-heading">What changed</h2>
      <form class="controls diff-form" aria-label="Versions to compare">
        ${versionSelect('from', 'Older version', versions, older.id)}
        ${versionSelect('to', 'Newer version', versions, newer.id)}
        <button type="submit">Compare versions</button>
      </form>
      ${older === newer ? html`<p>Choose two different versions.</p>` : html`<h3 class="sr-only">From ${older.label} to ${newer.label}</h3>`}
      ${comparison}
    </section>` : ''}
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">Versions over time</h2>
      ${versionsTable(doc)}
    </section>
    ${doc.events.length ? html`<section aria-labelledby="events-heading"><h2 id="events-heading">Events</h2>
      <ul class="events">${doc.events.map((e) => html`<li><time datetime="${e.occurredOn}">${e.occurredOn}</time> ${e.title} <small class="muted">(${words(e.effect)})</small></li>`)}</ul></section>` : ''}`);
  const form = main.querySelector('form.diff-form');
  if (form) navigateOnSubmit(form, `document/${doc.slug}`);
}
