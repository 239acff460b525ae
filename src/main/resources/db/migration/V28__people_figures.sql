-- People-side figures of the annual account (issue 12): reports in the name of 无党派人士, studios' level,
-- 特聘信息员 with their term of appointment.

-- 无党派人士 as a source of opinion reports (beside 党派团体); LOWER_COMMITTEE came with V23.
alter table opinion_report drop constraint opinion_report_source_check;
alter table opinion_report add constraint opinion_report_source_check
    check (source in ('MEMBER', 'CORRESPONDENT', 'PARTY_GROUP', 'UNIT', 'STAFF', 'LOWER_COMMITTEE', 'NON_PARTY'));

-- A studio's level (省级示范性 / 市级示范性 / 县级示范性 / 普通); only studios have one.
alter table org_unit add column studio_level varchar(30);
alter table org_unit add constraint org_unit_studio_level_check
    check (studio_level is null or (kind = 'STUDIO' and studio_level in ('PROVINCIAL_MODEL', 'CITY_MODEL', 'COUNTY_MODEL', 'ORDINARY')));

-- 特聘: a correspondent account appointed for a term (聘期); counted in a period when the term overlaps it.
create table correspondent_appointment (
    user_account_id bigint primary key references user_account (id) on delete cascade,
    committee_id    bigint not null references committee (id),
    starts_on       date not null,
    ends_on         date,
    appointed_by    varchar(100) not null,
    appointed_at    timestamptz not null default now(),
    check (ends_on is null or ends_on >= starts_on)
);
create index correspondent_appointment_committee_ix on correspondent_appointment (committee_id, starts_on);

-- Annual figures by party/group or sector name (SPEECHES_SECTOR:<name>): room for a directory name of 100 characters.
alter table annual_snapshot alter column figure type varchar(200);
