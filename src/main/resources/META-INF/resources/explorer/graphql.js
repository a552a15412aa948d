// Sends the documented operations (docs/queries, served under /queries) to /graphql.

const operations = new Map();

/** The text of a documented operation, fetched once. */
export function operation(name) {
  if (!operations.has(name)) {
    operations.set(
      name,
      fetch(`/queries/${name}.graphql`).then((r) => {
        if (!r.ok) throw new Error(`The operation ${name} could not be loaded (${r.status}).`);
        return r.text();
      }),
    );
  }
  return operations.get(name);
}

export class GraphQLError extends Error {}

export async function run(name, variables = {}) {
  const query = await operation(name);
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors && body.errors.length) {
    throw new GraphQLError(body.errors.map((e) => e.message).join('; '));
  }
  return body.data;
}
