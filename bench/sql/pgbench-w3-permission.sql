-- W3 as SQL: the rules for one use in the versions in force on a date of every document that
-- governs a model (its bindings, its base model's, and the documents they incorporate). The
-- verdict itself is decided from these rows.
\set m random(1, :models)
\set u random(1, 11)
\set d random(0, 1820)
with recursive lineage (ancestor_id, depth) as (
  select id, 0 from model
  where lower(hugging_face_id) = lower(format('bench-org-%s/bench-model-%s',
    lpad((1 + cast(:m as int) % cast(:providers as int))::text, 4, '0'), lpad(cast(:m as int)::text, 6, '0')))
  union all
  select m.base_model_id, l.depth + 1 from lineage l join model m on m.id = l.ancestor_id
  where m.base_model_id is not null and l.depth < 20
),
governing (document_id) as (
  select b.document_id from lineage l join binding b on b.model_id = l.ancestor_id
  where b.effective @> (date '2021-01-01' + cast(:d as int))
  union
  select k.to_document_id from governing g join policy_document_link k
    on k.from_document_id = g.document_id and k.relation = 'INCORPORATES'
)
select d.title, v.label, v.effective_from, r.effect, r.quote, r.conditions
from governing g
join policy_document d on d.id = g.document_id
join policy_version v on v.document_id = d.id and v.effective @> (date '2021-01-01' + cast(:d as int))
join use_rule r on r.version_id = v.id
  and r.use_category = (array['MILITARY', 'WEAPONS', 'NUCLEAR', 'ESPIONAGE', 'SURVEILLANCE',
    'LAW_ENFORCEMENT', 'CRITICAL_INFRASTRUCTURE', 'COMMERCIAL', 'RESEARCH',
    'TRAINING_OTHER_MODELS', 'MEDICAL_ADVICE'])[cast(:u as int)];
