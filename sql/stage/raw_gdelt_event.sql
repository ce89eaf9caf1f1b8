-- reads: nothing
-- writes: gdelt_reject_scans, gdelt_rejects, raw_gdelt_event
-- Raw GDELT 2.0 event rows of a group of unzipped export files, every column as text, with the
-- scope decision. Lines that do not fit the 61 columns or are not UTF-8 land in the temp tables
-- gdelt_rejects / gdelt_reject_scans (DuckDB's rejects store). The 61 columns follow
-- flows/reference/gdelt_events_columns.csv. The table's rowid is the row id used by validation and
-- quarantine within the group, and every parsed line keeps its row so that rowids follow the files'
-- lines; a row out of scope keeps only file_name and in_scope (its fields are null): such rows are
-- counted, never typed or validated, so storing their 61 fields would be work for nothing.
-- Parameters: $files (unzipped file paths), $scope ('tracked' or 'all'), $clients and $others
-- (patrons + pressure states).
-- DuckDB's rejects store of an earlier read on this connection goes first.
drop table if exists gdelt_rejects;

drop table if exists gdelt_reject_scans;

create or replace temp table raw_gdelt_event as
with

parsed as (
    select *
    from read_csv(
    $files,
    delim = '\t',
    header = false,
    quote = '',
    escape = '',
    auto_detect = false,
    filename = true,
    store_rejects = true,
    rejects_table = 'gdelt_rejects',
    rejects_scan = 'gdelt_reject_scans',
    columns = {
        'GlobalEventID': 'varchar',
        'Day': 'varchar',
        'MonthYear': 'varchar',
        'Year': 'varchar',
        'FractionDate': 'varchar',
        'Actor1Code': 'varchar',
        'Actor1Name': 'varchar',
        'Actor1CountryCode': 'varchar',
        'Actor1KnownGroupCode': 'varchar',
        'Actor1EthnicCode': 'varchar',
        'Actor1Religion1Code': 'varchar',
        'Actor1Religion2Code': 'varchar',
        'Actor1Type1Code': 'varchar',
        'Actor1Type2Code': 'varchar',
        'Actor1Type3Code': 'varchar',
        'Actor2Code': 'varchar',
        'Actor2Name': 'varchar',
        'Actor2CountryCode': 'varchar',
        'Actor2KnownGroupCode': 'varchar',
        'Actor2EthnicCode': 'varchar',
        'Actor2Religion1Code': 'varchar',
        'Actor2Religion2Code': 'varchar',
        'Actor2Type1Code': 'varchar',
        'Actor2Type2Code': 'varchar',
        'Actor2Type3Code': 'varchar',
        'IsRootEvent': 'varchar',
        'EventCode': 'varchar',
        'EventBaseCode': 'varchar',
        'EventRootCode': 'varchar',
        'QuadClass': 'varchar',
        'GoldsteinScale': 'varchar',
        'NumMentions': 'varchar',
        'NumSources': 'varchar',
        'NumArticles': 'varchar',
        'AvgTone': 'varchar',
        'Actor1Geo_Type': 'varchar',
        'Actor1Geo_FullName': 'varchar',
        'Actor1Geo_CountryCode': 'varchar',
        'Actor1Geo_ADM1Code': 'varchar',
        'Actor1Geo_ADM2Code': 'varchar',
        'Actor1Geo_Lat': 'varchar',
        'Actor1Geo_Long': 'varchar',
        'Actor1Geo_FeatureID': 'varchar',
        'Actor2Geo_Type': 'varchar',
        'Actor2Geo_FullName': 'varchar',
        'Actor2Geo_CountryCode': 'varchar',
        'Actor2Geo_ADM1Code': 'varchar',
        'Actor2Geo_ADM2Code': 'varchar',
        'Actor2Geo_Lat': 'varchar',
        'Actor2Geo_Long': 'varchar',
        'Actor2Geo_FeatureID': 'varchar',
        'ActionGeo_Type': 'varchar',
        'ActionGeo_FullName': 'varchar',
        'ActionGeo_CountryCode': 'varchar',
        'ActionGeo_ADM1Code': 'varchar',
        'ActionGeo_ADM2Code': 'varchar',
        'ActionGeo_Lat': 'varchar',
        'ActionGeo_Long': 'varchar',
        'ActionGeo_FeatureID': 'varchar',
        'DATEADDED': 'varchar',
        'SOURCEURL': 'varchar'
    }
    )
),

scoped as (
    select
        *,
        -- list_contains, not IN (subquery): a subquery is a join, and a join here would not keep
        -- the files' line order that rowids must follow.
        coalesce($scope = 'all'
                 or list_contains($clients, Actor1CountryCode)
                 or list_contains($clients, Actor2CountryCode)
                 or (list_contains($others, Actor1CountryCode) and list_contains($others, Actor2CountryCode)),
                 false) as in_scope
    from parsed
)

select
    parse_filename(filename) as file_name,
    in_scope,
    case when in_scope then columns(* exclude (filename, in_scope)) end
from scoped;
