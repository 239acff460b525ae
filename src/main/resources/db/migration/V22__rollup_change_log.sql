-- A committee's changes were one counter row per committee, moved on by every event: concurrent submits at a plenary
-- queued on that row (38 ms per update in the province benchmark's plenary peak, holding pool connections). Each
-- change is now a row of its own, numbered from one sequence; a summary is fresh while its version is at least the
-- committee's newest change. Refreshing deletes the changes it has absorbed, except the newest.
alter table rollup_change drop constraint rollup_change_pkey;
create index rollup_change_committee_ix on rollup_change (committee_id, version);
create sequence rollup_change_version_seq;
select setval('rollup_change_version_seq', greatest(coalesce((select max(version) from rollup_change), 0), 1));
