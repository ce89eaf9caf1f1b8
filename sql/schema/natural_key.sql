-- Surrogate keys are derived from natural keys, so a reload or a rebuild yields the same keys.
-- 63 bits of an md5 keep the key a signed BIGINT, which every BI driver understands.
create or replace macro natural_key(key_text) as (md5_number_lower(key_text) >> 1)::bigint;
