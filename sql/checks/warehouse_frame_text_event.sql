-- reads: fact_event
-- writes: nothing
-- The stored text events, shaped as the text_event suite expects.
select
    row_number() over () as row_id,
    event_key,
    cameo_code as cameo,
    source_iso3 as source_country,
    target_iso3 as target_country,
    source_sector,
    target_sector,
    direction,
    support_category,
    confidence,
    goldstein,
    evidence,
    amount_original,
    amount_currency,
    strptime(date_key::varchar, '%Y%m%d')::date::varchar as event_date
from fact_event
where origin = 'text';
