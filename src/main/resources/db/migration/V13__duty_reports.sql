-- 年度履职报告 (述职): one per member and year. The member writes the narrative; the figures and lists come from the
-- record. At submission the figures are frozen into `figures` (JSON), so that what staff review is what gets published.
create table duty_report (
    id            bigserial primary key,
    committee_id  bigint not null references committee (id),
    member_id     bigint not null references member (id),
    year          int not null check (year between 1990 and 2100),
    status        varchar(12) not null check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'PUBLISHED')),
    summary       text not null default '',
    plans         text not null default '',
    return_reason varchar(1000),
    figures       text,
    created_at    timestamptz not null,
    submitted_at  timestamptz,
    reviewed_at   timestamptz,
    published_at  timestamptz,
    updated_at    timestamptz not null,
    version       int not null default 0
);
create unique index duty_report_member_year_uk on duty_report (committee_id, member_id, year);
create index duty_report_year_ix on duty_report (committee_id, year, status, id desc);
