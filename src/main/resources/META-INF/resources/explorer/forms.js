// Forms change the URL, and the URL drives the view: a submitted form is a shareable link.

/** The hash a form's fields describe; empty fields are left out. */
export function hashOf(path, form, extra = {}) {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) {
    const text = String(value).trim();
    if (!text) continue;
    if (params.has(name)) params.set(name, `${params.get(name)},${text}`);
    else params.set(name, text);
  }
  for (const [name, value] of Object.entries(extra)) {
    if (value) params.set(name, value);
  }
  const query = params.toString();
  return `#/${path}${query ? `?${query}` : ''}`;
}

/** Makes submitting the form navigate to the hash its fields describe. */
export function navigateOnSubmit(form, path, extra = () => ({})) {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const hash = hashOf(path, form, extra());
    if (hash === location.hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
    else location.hash = hash;
  });
}
