// Writes W5's requests, one JSON body a line: a CycloneDX 1.6 BOM of 500 models checked for 5 uses,
// each body drawing other models, uses, date and actor. The models take every resolution path:
// registry models by purl (some declaring a licence the registry contradicts), unknown fine-tunes
// whose pedigree names a registry model, components known only by their declared licence, and
// components the registry cannot resolve. Names are those bench/sql/generate.sql gives its rows.
//
// Usage: node bench/bom/w5-requests.mjs MODELS BODIES > requests.jsonl
import { readFileSync } from "node:fs";

const [models = 10000, bodies = 20] = process.argv.slice(2).map(Number);
const providers = Math.max(Math.floor(models / 100), 5);
const agreements = Math.max(Math.floor(models / 10), 2);
const SIZE = 500;
const USES = ["MILITARY", "WEAPONS", "NUCLEAR", "ESPIONAGE", "SURVEILLANCE", "LAW_ENFORCEMENT",
  "CRITICAL_INFRASTRUCTURE", "COMMERCIAL", "RESEARCH", "TRAINING_OTHER_MODELS", "MEDICAL_ADVICE"];
const ACTORS = [{ kind: "GOVERNMENT", country: "US" }, { kind: "DEFENSE_CONTRACTOR", country: "GB" },
  { kind: "COMPANY", country: "DE", monthlyActiveUsers: 1000000 }, { kind: "ACADEMIC", country: "FR", purpose: "RESEARCH" }, null];

const query = readFileSync(new URL("../queries/w5-bom-check.graphql", import.meta.url), "utf8")
  .replace(/#[^\n]*/g, "").replace(/\s+/g, " ").trim();

const pick = (n) => 1 + Math.floor(Math.random() * n);
const registryId = (m) => `bench-org-${String(1 + (m % providers)).padStart(4, "0")}/bench-model-${String(m).padStart(6, "0")}`;
const licence = (id) => [{ license: { id } }];

// Share of each path, in 500: 300 registry models, 100 fine-tunes, 75 by licence, 25 unresolved.
function component(i) {
  const ref = `component-${i}`;
  if (i < 300) {
    const m = pick(models);
    const c = { type: "machine-learning-model", "bom-ref": ref, name: `bench-model-${m}`, purl: `pkg:huggingface/${registryId(m)}@main` };
    if (i % 10 === 0) c.licenses = licence("Apache-2.0");
    return c;
  }
  if (i < 400) {
    const base = pick(models);
    return { type: "machine-learning-model", "bom-ref": ref, name: `acme/fine-tune-${i}`,
      purl: `pkg:huggingface/acme/fine-tune-${i}@main`,
      licenses: i % 4 === 0 ? licence("MIT") : undefined,
      pedigree: { ancestors: [{ type: "machine-learning-model", name: `bench-model-${base}`, purl: `pkg:huggingface/${registryId(base)}` }] } };
  }
  if (i < 475) {
    const declared = [
      { license: { id: "Apache-2.0" } },
      { expression: "MIT OR Apache-2.0" },
      { license: { name: `LicenseRef-Bench-License-${pick(agreements)}` } },
      { license: { id: `LicenseRef-Bench-License-${pick(agreements)}` } },
    ][i % 4];
    return { type: "machine-learning-model", "bom-ref": ref, name: `acme/licensed-${i}`, purl: `pkg:huggingface/acme/licensed-${i}@main`, licenses: [declared] };
  }
  return { type: "machine-learning-model", "bom-ref": ref, name: `acme/unknown-${i}`, purl: `pkg:huggingface/acme/unknown-${i}@main`,
    licenses: i % 2 ? licence(`LicenseRef-Unknown-${i}`) : undefined };
}

for (let b = 0; b < bodies; b++) {
  const document = { bomFormat: "CycloneDX", specVersion: "1.6", version: 1,
    metadata: { component: { type: "application", "bom-ref": "app", name: "bench-application" } },
    components: Array.from({ length: SIZE }, (_, i) => component(i)) };
  const first = pick(USES.length) - 1;
  const uses = [0, 1, 2, 3, 4].map((k) => USES[(first + 2 * k) % USES.length]);
  const on = new Date(Date.UTC(2021, 0, 1) + (pick(1821) - 1) * 86400000).toISOString().slice(0, 10);
  const variables = { d: JSON.stringify(document), us: uses, on, a: ACTORS[pick(ACTORS.length) - 1] };
  process.stdout.write(JSON.stringify({ query, variables }) + "\n");
}
