-- The days a proposal was marked key / outstanding and who converted it to a public-opinion report: facts a member's
-- performance record counts, replayed from the proposal's own row when a year is rebuilt.
alter table proposal add column key_marked_on date;
alter table proposal add column outstanding_marked_on date;
alter table proposal add column converted_by bigint references user_account (id);
