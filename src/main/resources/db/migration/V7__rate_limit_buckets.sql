-- Per-client rate limits (ratelimit.RateLimits): one Bucket4j token bucket per client, shared by
-- every instance on this database. `id` names the client and its limit ("anonymous:…:203.0.113.7",
-- "editor:…:oidc:alice@example.org"); `state` is Bucket4j's serialised bucket; `expires_at`
-- (epoch milliseconds) is when the bucket is full again and may be deleted, since a missing bucket
-- starts full.
--
-- Unlogged: a bucket is worth seconds, so it need not survive a crash or reach a replica, and a
-- transaction that writes only unlogged tables commits without waiting for the WAL to be flushed.
create unlogged table rate_limit_bucket (
  id text primary key,
  state bytea,
  expires_at bigint
);

create index rate_limit_bucket_expires_at on rate_limit_bucket (expires_at);
