-- Scaled benchmark data, written straight into the Flyway-created schema after the registry's
-- first start has loaded the SPDX License List and the curated dataset. Shapes follow the curated
-- dataset (src/main/resources/dataset/): providers with models; 17 MOF components per model with
-- their licences; bespoke licence agreements that incorporate an acceptable-use policy, each
-- with dated versions whose rules prohibit, permit for named actors, or set conditions; models
-- bound to their licence agreement, some fine-tuned from a base model; a source cited for every
-- model, weights component, version and rule.
--
-- psql variable :models sets the size (10000 gives 170,000 components, 2,000 policy documents,
-- 20,000 versions and 100,000 rules). It expects a database that holds no benchmark rows yet
-- (bench/run.sh creates one database per size) and records the size in reference_list.

\set ON_ERROR_STOP on
set client_min_messages = warning;

begin;

-- The registry records who made each change; this is the benchmark's own writer.
select set_config('modelterms.actor', 'benchmark', true);

create temporary table bench_size as
select :models::int as models,
       greatest(:models / 100, 5) as providers,
       greatest(:models / 10, 2) as agreements; -- each agreement has its AUP: 2 documents

insert into organization (slug, name, country, website)
select format('bench-org-%s', lpad(p::text, 4, '0')), format('Bench Lab %s', p),
       (array['US', 'FR', 'DE', 'CN', 'AE', 'GB', 'CA', 'JP'])[1 + p % 8],
       format('https://bench.modelterms.example/org/%s', p)
from bench_size, generate_series(1, providers) p;

-- One bespoke licence per agreement, like the Llama, Gemma or Qwen licences.
insert into license (key, name, kind, spdx_listed, url)
select format('LicenseRef-Bench-License-%s', a), format('Bench Community License %s', a),
       'RESPONSIBLE_AI', false, format('https://bench.modelterms.example/license/%s', a)
from bench_size, generate_series(1, agreements) a;

insert into policy_document (slug, title, kind, publisher_id, license_id, url)
select format('bench-license-%s', a), format('Bench Community License Agreement %s', a), 'LICENSE',
       (select id from organization where slug = format('bench-org-%s', lpad((1 + a % s.providers)::text, 4, '0'))),
       (select id from license where key = format('LicenseRef-Bench-License-%s', a)),
       format('https://bench.modelterms.example/license/%s', a)
from bench_size s, generate_series(1, agreements) a
union all
select format('bench-aup-%s', a), format('Bench Acceptable Use Policy %s', a), 'USE_POLICY',
       (select id from organization where slug = format('bench-org-%s', lpad((1 + a % s.providers)::text, 4, '0'))),
       null, format('https://bench.modelterms.example/aup/%s', a)
from bench_size s, generate_series(1, agreements) a;

insert into policy_document_link (from_document_id, to_document_id, relation)
select l.id, u.id, 'INCORPORATES'
from bench_size, generate_series(1, agreements) a
join policy_document l on l.slug = format('bench-license-%s', a)
join policy_document u on u.slug = format('bench-aup-%s', a);

-- Ten versions per document, each in force for half a year; the last one is in force today.
insert into policy_version (document_id, label, effective_from, effective_to, source_url, retrieved_on,
                            text, text_sha256)
select d.id, format('Version %s', v), date '2021-01-01' + (v - 1) * 182,
       case when v < 10 then date '2021-01-01' + v * 182 end,
       format('%s/v%s', d.url, v), date '2021-01-01' + (v - 1) * 182 + 7,
       format('%s, version %s. You will not use the Materials for the uses listed below.', d.title, v),
       encode(sha256(convert_to(format('%s, version %s. You will not use the Materials for the uses listed below.', d.title, v), 'UTF8')), 'hex')
from policy_document d, generate_series(1, 10) v
where d.slug like 'bench-%';

-- Five rules per version over a rotating choice of the use categories: outright bans, bans with
-- an exception for US government agencies (as Meta's statement made for Llama), and conditions.
insert into use_rule (version_id, use_category, effect, quote, conditions)
select pv.id, c.category,
       case when (d.id + k) % 5 = 0 then 'PERMIT' when (d.id + k) % 5 = 1 then 'CONDITIONAL' else 'PROHIBIT' end,
       format('You will not use the Materials for %s (clause %s.%s).', lower(c.category), k, pv.label),
       case when (d.id + k) % 5 = 0 then '{"actorKinds": ["GOVERNMENT", "DEFENSE_CONTRACTOR"], "countries": ["US"]}'
            when (d.id + k) % 5 = 1 then '{"monthlyActiveUsersAbove": 700000000, "requiresApproval": true}'
            else '{}' end::jsonb
from policy_version pv
join policy_document d on d.id = pv.document_id and d.slug like 'bench-%'
cross join generate_series(0, 4) k
join lateral (
  select (array['MILITARY', 'WEAPONS', 'NUCLEAR', 'ESPIONAGE', 'SURVEILLANCE', 'LAW_ENFORCEMENT',
                'CRITICAL_INFRASTRUCTURE', 'COMMERCIAL', 'RESEARCH', 'TRAINING_OTHER_MODELS',
                'MEDICAL_ADVICE'])[1 + (d.id + length(pv.label) + k * 2) % 11] as category
) c on true;

-- Models: half under a bespoke agreement, the rest under common SPDX licences. Every fifth model
-- is a fine-tune of the model before it.
create temporary table bench_model as
select m, format('bench-model-%s', lpad(m::text, 6, '0')) as slug,
       format('bench-org-%s', lpad((1 + m % s.providers)::text, 4, '0')) as provider,
       1 + m % s.agreements as agreement,
       case when m % 2 = 0 then format('LicenseRef-Bench-License-%s', 1 + m % s.agreements)
            else (array['Apache-2.0', 'MIT', 'BSD-3-Clause', 'GPL-3.0-only', 'CC-BY-NC-4.0'])[1 + (m / 2) % 5]
       end as license_key
from bench_size s, generate_series(1, s.models) m;

insert into model (slug, name, hugging_face_id, provider_id, released_on, parameter_count, modality,
                   description, license_expression)
select b.slug, format('Bench Model %s', b.m), format('%s/%s', b.provider, b.slug), o.id,
       date '2021-01-01' + (b.m % 1500), (1 + b.m % 70) * 1000000000::bigint,
       (array['TEXT', 'CODE', 'IMAGE', 'MULTIMODAL'])[1 + b.m % 4],
       format('A generated model for the benchmark, number %s.', b.m), b.license_key
from bench_model b join organization o on o.slug = b.provider;

update model m set base_model_id = base.id, base_relation = 'FINE_TUNE'
from bench_model b, model base
where m.slug = b.slug and b.m % 5 = 0
  and base.slug = format('bench-model-%s', lpad((b.m - 1)::text, 6, '0'));

insert into model_license (model_id, license_id)
select m.id, l.id from bench_model b
join model m on m.slug = b.slug
join license l on lower(l.key) = lower(b.license_key);

insert into binding (model_id, document_id, role, effective_from)
select m.id, d.id, 'LICENSE', date '2021-01-01'
from bench_model b
join model m on m.slug = b.slug
join policy_document d on d.slug = format('bench-license-%s', b.agreement)
where b.license_key like 'LicenseRef-Bench-%';

-- The 17 components, with availability and licences varying by model.
insert into component (model_id, kind, availability, license_expression, url)
select m.id, k.kind,
       (array['AVAILABLE', 'AVAILABLE', 'PARTIAL', 'NOT_AVAILABLE', 'UNKNOWN'])[1 + (b.m + k.n) % 5],
       case when (b.m + k.n) % 5 >= 3 then null
            when k.kind in ('FINAL_PARAMETERS', 'INTERMEDIATE_PARAMETERS', 'MODEL_ARCHITECTURE') then b.license_key
            when k.kind like '%CODE' or k.kind = 'SUPPORTING_LIBRARIES' then (array['Apache-2.0', 'MIT'])[1 + b.m % 2]
            else 'CC-BY-4.0' end,
       format('https://bench.modelterms.example/%s/%s', b.slug, lower(k.kind))
from bench_model b
join model m on m.slug = b.slug
cross join (values
  (1, 'MODEL_ARCHITECTURE'), (2, 'FINAL_PARAMETERS'), (3, 'INTERMEDIATE_PARAMETERS'),
  (4, 'TRAINING_CODE'), (5, 'INFERENCE_CODE'), (6, 'EVALUATION_CODE'),
  (7, 'DATA_PREPROCESSING_CODE'), (8, 'SUPPORTING_LIBRARIES'), (9, 'DATASETS'),
  (10, 'EVALUATION_DATA'), (11, 'MODEL_METADATA'), (12, 'MODEL_CARD'), (13, 'DATA_CARD'),
  (14, 'TECHNICAL_REPORT'), (15, 'RESEARCH_PAPER'), (16, 'EVALUATION_RESULTS'),
  (17, 'SAMPLE_OUTPUTS')) as k (n, kind);

insert into component_license (component_id, license_id)
select c.id, l.id
from component c
join model m on m.id = c.model_id and m.slug like 'bench-%'
join license l on lower(l.key) = lower(c.license_expression);

-- Provenance: a model card per model and the published text of every version.
insert into source (url, title, publisher, retrieved_on, confidence)
select format('https://bench.modelterms.example/%s', slug), format('Model card of %s', slug),
       provider, date '2025-01-15', 'PRIMARY'
from bench_model
union all
select pv.source_url, format('%s, %s', d.title, pv.label), 'Bench', pv.retrieved_on, 'PRIMARY'
from policy_version pv join policy_document d on d.id = pv.document_id and d.slug like 'bench-%';

insert into citation (source_id, model_id)
select s.id, m.id from model m
join source s on s.url = format('https://bench.modelterms.example/%s', m.slug)
where m.slug like 'bench-%';

insert into citation (source_id, component_id, quote)
select s.id, c.id, 'Weights released on the model page.'
from component c
join model m on m.id = c.model_id and m.slug like 'bench-%'
join source s on s.url = format('https://bench.modelterms.example/%s', m.slug)
where c.kind = 'FINAL_PARAMETERS';

insert into citation (source_id, policy_version_id)
select s.id, pv.id from policy_version pv
join source s on s.url = pv.source_url
where pv.source_url like 'https://bench.modelterms.example/%';

insert into citation (source_id, use_rule_id, quote)
select s.id, r.id, r.quote from use_rule r
join policy_version pv on pv.id = r.version_id
join source s on s.url = pv.source_url
where pv.source_url like 'https://bench.modelterms.example/%';

insert into reference_list (name, version) values ('benchmark-data', :'models');

-- PostGraphile's `condition` filters on plain columns only; the registry looks Hugging Face ids up
-- through the lower() index of V1. This extra index keeps the W1 comparison about the servers.
create index if not exists bench_model_hugging_face_id on model (hugging_face_id);

commit;

analyze;

select (select count(*) from model where slug like 'bench-%') as models,
       (select count(*) from component c join model m on m.id = c.model_id where m.slug like 'bench-%') as components,
       (select count(*) from policy_document where slug like 'bench-%') as documents,
       (select count(*) from policy_version pv join policy_document d on d.id = pv.document_id where d.slug like 'bench-%') as versions,
       (select count(*) from use_rule r join policy_version pv on pv.id = r.version_id join policy_document d on d.id = pv.document_id where d.slug like 'bench-%') as rules;
