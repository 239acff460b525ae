-- Dates are facts. A proposal, micro-suggestion or opinion report keeps the day it was received (received_on: given by
-- staff entering it on someone's behalf, else the day of submission) apart from the moment it was typed (proposal:
-- created_at; the others: entered_at). submitted_at stays the moment every statistic, list and fact counts by: it is
-- the moment of entry when received today, else the start of the day received (Asia/Shanghai), so its local day is
-- always received_on. Existing rows were received the day they were submitted. A proposal's received_on is also
-- staff's date on a draft entered on a member's behalf, before it is submitted.
alter table proposal add column received_on date;
update proposal set received_on = (submitted_at at time zone 'Asia/Shanghai')::date where submitted_at is not null;

-- A suggestion or report is submitted when it is entered, so its day received follows from submitted_at.
alter table micro_suggestion add column received_on date generated always as ((submitted_at at time zone 'Asia/Shanghai')::date) stored;
alter table micro_suggestion add column entered_at timestamptz not null default now();
alter table micro_suggestion add column entered_by varchar(50);
update micro_suggestion set entered_at = submitted_at;

alter table opinion_report add column received_on date generated always as
    ((coalesce(first_submitted_at, submitted_at) at time zone 'Asia/Shanghai')::date) stored;
alter table opinion_report add column entered_at timestamptz not null default now();
update opinion_report set entered_at = coalesce(first_submitted_at, submitted_at);

-- Several bulletin series per committee (《社情民意》, 《委员建言》 …; the series are the committee's BULLETIN_SERIES
-- dictionary), each numbered per year of its issue date. A bulletin keeps the series' name as issued. Issued bulletins
-- keep the year and number they were published with; the counters so far were the 《社情民意》 series'.
alter table bulletin add column series varchar(40) not null default 'OPINION';
alter table bulletin add column series_name varchar(40) not null default '社情民意';
alter table bulletin alter column series drop default;
alter table bulletin alter column series_name drop default;
drop index bulletin_number_uk;
create unique index bulletin_number_uk on bulletin (committee_id, series, year, number) where number is not null;

alter table bulletin_counter add column series varchar(40) not null default 'OPINION';
alter table bulletin_counter alter column series drop default;
alter table bulletin_counter drop constraint bulletin_counter_pkey;
alter table bulletin_counter add primary key (committee_id, series, year);
