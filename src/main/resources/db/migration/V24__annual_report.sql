-- The annual account (年度工作报告数字): a year is locked when the standing committee adopts its work report; the
-- figures as published are kept here, per scope (the committee itself, or with every committee below it), so later
-- corrections show as differences and last year's published figures are what this year compares with.

create table annual_lock (
    committee_id bigint      not null references committee (id),
    year         int         not null,
    adopted_on   date        not null,
    locked_by    varchar(50) not null,
    locked_at    timestamptz not null default now(),
    primary key (committee_id, year)
);

create table annual_snapshot (
    committee_id bigint      not null,
    year         int         not null,
    scope        varchar(10) not null check (scope in ('OWN', 'SYSTEM')),
    figure       varchar(80) not null,
    value        bigint      not null,
    primary key (committee_id, year, scope, figure),
    foreign key (committee_id, year) references annual_lock (committee_id, year)
);

-- A committee's own Word template for the report (poi-tl tags); without one the bundled template is used.
create table annual_template (
    committee_id bigint primary key references committee (id),
    filename     varchar(200) not null,
    content      bytea        not null,
    uploaded_by  varchar(50)  not null,
    uploaded_at  timestamptz  not null default now()
);
