-- Accounts of a registry that runs without an identity provider (the embedded default).
-- Passwords are kept as bcrypt hashes in Modular Crypt Format, never in clear.
-- No history trigger: password hashes do not belong in the audit trail.
create table local_account (
  username      text primary key check (username ~ '^[a-z][a-z0-9_.-]{0,62}$'),
  password_hash text not null check (password_hash like '$2%'),
  roles         text not null,
  created_at    timestamptz not null default now(),
  updated_at    timestamptz not null default now()
);
