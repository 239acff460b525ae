-- The days a proposal was marked key / outstanding and who converted it to a public-opinion report: facts a member's
-- performance record counts, replayed from the proposal's own row when a year is rebuilt.
alter table proposal add column key_marked_on date;
alter table proposal add column outstanding_marked_on date;
alter table proposal add column converted_by bigint references user_account (id);

-- A report's first 报送 (day and title), which a resubmission after 退回 does not move: its ReportSubmitted fact.
alter table opinion_report add column first_submitted_at timestamptz;
alter table opinion_report add column first_title varchar(200);
update opinion_report set first_submitted_at = submitted_at, first_title = title;
