-- Every name a licence goes by: its ScanCode LicenseDB keys ("llama-3.1-license-2024"; scanners
-- report them as "LicenseRef-scancode-<key>"), its Hugging Face licence ids, and the URLs its text
-- is published at, each an alias with its scheme; and the ScanCode category of the licence.
alter table license add column scancode_category text check (scancode_category in (
  'PERMISSIVE', 'COPYLEFT', 'COPYLEFT_LIMITED', 'PROPRIETARY_FREE', 'SOURCE_AVAILABLE',
  'FREE_RESTRICTED', 'COMMERCIAL', 'NON_COMMERCIAL', 'PATENT_LICENSE', 'PUBLIC_DOMAIN', 'CLA',
  'UNSTATED_LICENSE'));

alter table license_alias drop constraint license_alias_scheme_check;
alter table license_alias add constraint license_alias_scheme_check
  check (scheme in ('HUGGING_FACE', 'SCANCODE', 'TEXT_URL'));
-- A text URL is longer than an id.
alter table license_alias drop constraint license_alias_alias_check;
alter table license_alias add constraint license_alias_alias_check
  check (length(alias) between 1 and 500 and alias = btrim(alias));
-- One name per scheme names one licence; across schemes a name may repeat ("apache-2.0" is both
-- the Hugging Face id and the ScanCode key of Apache-2.0).
drop index license_alias_lower_key;
create unique index license_alias_scheme_lower_key on license_alias (scheme, lower(alias));

-- The form in which two URLs of one licence text compare equal: no scheme, "www.", query,
-- fragment or trailing slash; a file on GitHub or Hugging Face at any revision, shown, raw,
-- resolved or blamed, is one file; an SPDX licence page with or without ".html".
create function license_url_key(url text) returns text
language sql immutable strict parallel safe as $$
  select rtrim(
    regexp_replace(
      regexp_replace(
        regexp_replace(
          regexp_replace(
            regexp_replace(lower(btrim(url)), '[?#].*$', ''),
            '^([a-z][a-z0-9+.-]*://)?(www\.)?', ''),
          '^raw\.githubusercontent\.com/([^/]+)/([^/]+)/(refs/heads/)?[^/]+/', 'github.com/\1/\2/-/'),
        '^(github\.com/[^/]+/[^/]+|huggingface\.co/(spaces/|datasets/)?[^/]+/[^/]+)/(blob|resolve|raw|blame)/(refs/heads/)?[^/]+/',
        '\1/-/'),
      '^(spdx\.org/licenses/[^/]+)\.(html|json|txt)$', '\1'),
    '/')
$$;

-- The form in which two names of one licence compare equal: case, punctuation, spacing,
-- "licence"/"license", and the words that names add or drop ("the", "agreement", "version", "v"
-- before a number).
create function license_name_key(name text) returns text
language sql immutable strict parallel safe as $$
  select btrim(
    regexp_replace(
      regexp_replace(
        regexp_replace(
          regexp_replace(replace(lower(name), 'licence', 'license'), '[^a-z0-9]+', ' ', 'g'),
          '(^| )(the|agreement|version)(?= |$)', ' ', 'g'),
        '(^| )v(?=[0-9])', ' ', 'g'),
      ' +', ' ', 'g'))
$$;

create index license_url_key_index on license (license_url_key(url)) where url is not null;
create index license_name_key_index on license (license_name_key(name));
