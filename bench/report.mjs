// Turns one run's results (bench/.work/results.tsv) into docs/benchmarks.md and prints the same
// tables. The hand-written analysis below the ANALYSIS marker of the existing file is kept, so a
// new run replaces the numbers and not their explanation.
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const [resultsFile, outputFile, ...pairs] = process.argv.slice(2);
const info = Object.fromEntries(
  pairs.map((p) => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)]),
);
const ANALYSIS = "<!-- ANALYSIS: everything below is kept when bench/run.sh rewrites this file -->";

const [header, ...lines] = readFileSync(resultsFile, "utf8").trim().split("\n");
const columns = header.split("\t");
const rows = lines.map((l) => Object.fromEntries(l.split("\t").map((v, i) => [columns[i], v])));
const find = (workload, server, clients) =>
  rows.find((r) => r.workload === workload && r.server === server && r.clients === clients);

const workloadNames = {
  W1: "W1 — model page by Hugging Face id (components, licences, OSAID verdict)",
  W2: "W2 — catalogue page of 100 models (provider, licence, openness summary)",
  W3: "W3 — usePermission for a random model, use, date and actor",
  W4: "W4 — compliance report, 50 models × 5 uses",
  W5: "W5 — bomCheck of a 500-model CycloneDX BOM × 5 uses (every resolution path)",
};

const ratio = (a, b) => (a && b && Number(b) > 0 ? (Number(a) / Number(b)).toFixed(2) : "–");
const cell = (v) => (v === undefined || v === "" ? "–" : v);

function workloadTable(workload) {
  const out = [
    `### ${workloadNames[workload]}`,
    "",
    "| clients | registry req/s | p50 ms | p99 ms | SQL/req | peak RSS MB | JIT CPU s | errors " +
      "| PostGraphile req/s | p50 ms | p99 ms | SQL/req " +
      "| pgbench tx/s | p50 ms | p99 ms | SQL/tx " +
      "| registry / PostGraphile | registry / pgbench |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const clients of info.clients.split(" ")) {
    const r = find(workload, "registry", clients) ?? {};
    const g = find(workload, "postgraphile", clients) ?? {};
    const p = find(workload, "pgbench", clients) ?? {};
    out.push(
      `| ${clients} | ${cell(r.rps)} | ${cell(r.p50_ms)} | ${cell(r.p99_ms)} | ` +
        `${cell(r.statements_per_request)} | ${cell(r.peak_rss_mb)} | ${cell(r.jit_cpu_s)} | ${cell(r.errors)} | ` +
        `${cell(g.rps)} | ${cell(g.p50_ms)} | ${cell(g.p99_ms)} | ${cell(g.statements_per_request)} | ` +
        `${cell(p.rps)} | ${cell(p.p50_ms)} | ${cell(p.p99_ms)} | ${cell(p.statements_per_request)} | ` +
        `${ratio(r.rps, g.rps)} | ${ratio(r.rps, p.rps)} |`,
    );
  }
  return out.join("\n");
}

const workloads = [...new Set(rows.map((r) => r.workload))];
const [models, components, documents, versions, rules] = (info.counts ?? "").split(" ");

const numbers = [
  "# Benchmarks",
  "",
  "Written by `bench/run.sh` (see README, \"Benchmark\"); every number below comes from one run.",
  "",
  "## Run",
  "",
  `- When: ${info.started} to ${info.finished}.`,
  `- Machine: ${info.cpu}, ${info.nproc} cores (\`nproc\`), ${info.memory}; shared with other ` +
    `builds, so numbers are noisy. Load average (1, 5, 15 min) before: ${info.load_before}; ` +
    `after: ${info.load_after}.`,
  `- Software: ${info.java}; JVM options \`${info.java_opts}\`; ${info.postgres}; ` +
    `Node ${info.node}; PostGraphile ${info.postgraphile} (2 cluster workers); ${info.wrk}.`,
  `- Data (\`--size ${info.size}\`): ${models} models, ${components} components, ${documents} ` +
    `policy documents, ${versions} versions, ${rules} rules (generated plus the curated dataset).`,
  `- Each workload: ${info.warmup} s warm-up at 16 clients, then ${info.duration} s per ` +
    `concurrency (${info.clients}); wrk with 1 thread for 1 client, else 2.`,
  "- SQL/req: statements executed in the database (pg_stat_statements calls, utility " +
    "statements such as BEGIN/COMMIT not counted) divided by requests answered.",
  "- Peak RSS: the registry's VmHWM during that run (reset before each run).",
  "",
  "## Startup and memory",
  "",
  "| | startup to first answer | RSS at idle (5 s after) |",
  "|---|---:|---:|",
  `| registry on the benchmark database | ${info.startup_ms} ms | ${info.idle_rss_mb} MB |`,
  `| registry on its embedded database (already initialised) | ${info.embedded_startup_ms} ms | ` +
    `${info.embedded_idle_rss_mb} MB |`,
  `| the same, with the AppCDS class archive (\`-XX:SharedArchiveFile=app-cds.jsa\`) | ` +
    `${info.embedded_cds_startup_ms} ms | ${info.embedded_cds_idle_rss_mb} MB |`,
  ...(info.aot_startup_ms
    ? [
        `| the same on ${info.aot_java}, packaged as an aot-jar, with its AOT cache ` +
          `(\`-XX:AOTCache=app.aot\`, written by a training run) | ` +
          `${info.aot_startup_ms} ms | ${info.aot_idle_rss_mb} MB |`,
      ]
    : []),
  "",
  `Peak RSS of the registry over all workloads: ${info.peak_rss_mb} MB.`,
  "",
  "## Results",
  "",
  ...workloads.map((w) => workloadTable(w) + "\n"),
].join("\n");

console.log(numbers);

const previous = existsSync(outputFile) ? readFileSync(outputFile, "utf8") : "";
const kept = previous.includes(ANALYSIS)
  ? previous.slice(previous.indexOf(ANALYSIS))
  : `${ANALYSIS}\n\n## Analysis\n\n(To be written after the first full run.)\n`;
writeFileSync(outputFile, `${numbers}\n${kept}`);
