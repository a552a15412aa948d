-- W2 as SQL: one provider's count and first 100 models with provider, licences and components.
\set p random(1, :providers)
select count(*) from model m join organization o on o.id = m.provider_id
where o.slug = format('bench-org-%s', lpad(cast(:p as int)::text, 4, '0'));
select m.slug, m.name, m.hugging_face_id, m.released_on, m.parameter_count, m.modality,
  o.slug, o.name, o.country,
  (select json_agg(json_build_object('key', l.key, 'name', l.name, 'kind', l.kind, 'osi', l.osi_approved))
     from model_license ml join license l on l.id = ml.license_id where ml.model_id = m.id),
  (select json_agg(json_build_object('kind', c.kind, 'availability', c.availability))
     from component c where c.model_id = m.id)
from model m join organization o on o.id = m.provider_id
where o.slug = format('bench-org-%s', lpad(cast(:p as int)::text, 4, '0'))
order by m.slug limit 100;
