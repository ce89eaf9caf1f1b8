-- reads: dim_source, source_candidate
-- writes: dim_source
-- New outlets from the temp table source_candidate (kind, domain, language).
insert into dim_source
select natural_key(kind || '|' || domain) as source_key, kind, domain, min(language) as language
from source_candidate as c
where not exists (select 1 from dim_source as d where d.kind = c.kind and d.domain = c.domain)
group by kind, domain;
