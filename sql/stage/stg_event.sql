-- reads: gdelt_batch_file, raw_gdelt_event
-- writes: stg_event
-- Typed GDELT rows of the current group that are in scope (raw_gdelt_event decides). Built from
-- raw_gdelt_event and the temp table gdelt_batch_file (batch_id, file_path, file_name). Rows out of
-- scope are only counted (gdelt_batch_count reads raw_gdelt_event), so they are never typed: with
-- the default scope that is nine rows in ten. Casts use try_cast: a value that does not cast becomes
-- null, and the raw text stays beside it for validation and quarantine.
create or replace temp table stg_event as
with

-- Rows of a file are consecutive in raw_gdelt_event, so a row's line in its file is its row id
-- minus the file's first row id (a grouped aggregate; a window over every row costs more).
file_first_row as (
    select file_name, min(rowid) as first_row from raw_gdelt_event group by file_name
),

scoped as (
    select b.batch_id, r.rowid as row_id, r.*
    from raw_gdelt_event as r
    join gdelt_batch_file as b on b.file_name = r.file_name
    where r.in_scope
),

final as (
    select
        batch_id,
        row_id,
        row_id - (select first_row from file_first_row as f where f.file_name = scoped.file_name) + 1
            as file_row,
        try_cast(GlobalEventID as bigint) as global_event_id,
        try_strptime(Day, '%Y%m%d')::date as event_date,
        EventCode as cameo_code,
        try_cast(QuadClass as tinyint) as quad_class,
        try_cast(GoldsteinScale as double) as goldstein,
        try_cast(NumMentions as integer) as num_mentions,
        try_cast(NumSources as integer) as num_sources,
        try_cast(NumArticles as integer) as num_articles,
        try_cast(AvgTone as double) as avg_tone,
        Actor1Code as actor1_code,
        Actor1CountryCode as actor1_country,
        coalesce(Actor1Type1Code, case when Actor1KnownGroupCode is not null then 'IGO' end, '')
            as actor1_sector,
        Actor2Code as actor2_code,
        Actor2CountryCode as actor2_country,
        coalesce(Actor2Type1Code, case when Actor2KnownGroupCode is not null then 'IGO' end, '')
            as actor2_sector,
        ActionGeo_CountryCode as action_geo_country,
        ActionGeo_FeatureID as action_geo_feature,
        try_strptime(DATEADDED, '%Y%m%d%H%M%S') as date_added,
        SOURCEURL as source_url,
        lower(regexp_extract(SOURCEURL, '^[a-zA-Z]+://(?:www\.)?([^/:?#]+)', 1)) as source_domain
    from scoped
)

select * from final;
