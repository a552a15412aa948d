-- Model lookups by exact name (a bill of materials names hundreds of models at once) read this
-- index; the trigram index on the same expression serves searches by part of a name, and answers
-- an equality on hundreds of names by rechecking every model that shares their trigrams.
create index model_name_lower on model (lower(name));
