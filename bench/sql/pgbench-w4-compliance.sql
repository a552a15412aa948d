-- W4 as SQL: the rules of 50 models (a run of consecutive ones) for 5 uses on a date.
\set m random(1, :models - 50)
\set u random(1, 7)
\set d random(0, 1820)
with recursive wanted (model_id) as (
  select id from model
  where lower(hugging_face_id) = any(array(
    select lower(format('bench-org-%s/bench-model-%s', lpad((1 + x % cast(:providers as int))::text, 4, '0'),
                        lpad(x::text, 6, '0')))
    from generate_series(cast(:m as int), cast(:m as int) + 49) x))
),
lineage (model_id, ancestor_id, depth) as (
  select model_id, model_id, 0 from wanted
  union all
  select l.model_id, m.base_model_id, l.depth + 1 from lineage l join model m on m.id = l.ancestor_id
  where m.base_model_id is not null and l.depth < 20
),
governing (model_id, document_id) as (
  select l.model_id, b.document_id from lineage l join binding b on b.model_id = l.ancestor_id
  where b.effective @> (date '2021-01-01' + cast(:d as int))
  union
  select g.model_id, k.to_document_id from governing g join policy_document_link k
    on k.from_document_id = g.document_id and k.relation = 'INCORPORATES'
)
select g.model_id, d.title, v.label, r.use_category, r.effect, r.quote, r.conditions
from governing g
join policy_document d on d.id = g.document_id
join policy_version v on v.document_id = d.id and v.effective @> (date '2021-01-01' + cast(:d as int))
join use_rule r on r.version_id = v.id
  and r.use_category = any((array['MILITARY', 'WEAPONS', 'NUCLEAR', 'ESPIONAGE', 'SURVEILLANCE',
    'LAW_ENFORCEMENT', 'CRITICAL_INFRASTRUCTURE', 'COMMERCIAL', 'RESEARCH',
    'TRAINING_OTHER_MODELS', 'MEDICAL_ADVICE'])[cast(:u as int) : cast(:u as int) + 4]);
