-- W1 as one SQL statement: the model page's data by Hugging Face id (pgbench ceiling).
\set m random(1, :models)
select m.slug, m.name, m.hugging_face_id, m.released_on, o.slug, o.name, o.country,
  (select json_agg(json_build_object('key', l.key, 'name', l.name, 'osi', l.osi_approved))
     from model_license ml join license l on l.id = ml.license_id where ml.model_id = m.id),
  (select json_agg(json_build_object('kind', c.kind, 'availability', c.availability,
            'expression', c.license_expression,
            'licenses', (select json_agg(json_build_object('key', l.key, 'osi', l.osi_approved))
                         from component_license cl join license l on l.id = cl.license_id
                         where cl.component_id = c.id)))
     from component c where c.model_id = m.id)
from model m join organization o on o.id = m.provider_id
where lower(m.hugging_face_id) = lower(format('bench-org-%s/bench-model-%s',
  lpad((1 + cast(:m as int) % cast(:providers as int))::text, 4, '0'), lpad(cast(:m as int)::text, 6, '0')));
