-- Staff-added entries and members' claims: a claim sent twice (double click, retried request) is kept once.
alter table performance_entry add column request_key varchar(64);
create unique index performance_entry_request_uk on performance_entry (committee_id, request_key) where request_key is not null;
