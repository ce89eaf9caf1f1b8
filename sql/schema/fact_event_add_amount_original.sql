-- A text event's amount as the article wrote it (value and ISO 4217 currency), beside amount_usd: the
-- USD value needs a rate on the event date, and an undated or unquoted amount still says how much.
-- Added at the end of the table because the fact inserts list their columns in table order.
alter table fact_event add column if not exists amount_original double;
alter table fact_event add column if not exists amount_currency varchar;
