-- Why the registry's OSAID verdict for a model differs from a published assessment (the OSI's
-- 2024 validation): the registry's own reading, cited like any fact (citation.field 'osaidNote').
-- Not part of the verdict, so the verdict index (model_assessment) is unaffected. The history
-- trigger records whole rows, so it covers the new column without change.
alter table model add column osaid_note text check (length(btrim(osaid_note)) between 1 and 5000);
