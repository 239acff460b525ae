-- Committees as a tree: a lower committee's read grant to an upper one, 报送 of opinion reports upward,
-- and members of an upper committee assigned to a committee below (e.g. 驻市省政协委员).

-- A lower committee (committee_id) lets an upper one (grantee) read its records. Revoked grants are kept.
create table committee_grant (
    id                   bigserial primary key,
    committee_id         bigint not null references committee (id),
    grantee_committee_id bigint not null references committee (id),
    granted_at           timestamptz not null default now(),
    granted_by           varchar(100) not null,
    revoked_at           timestamptz,
    revoked_by           varchar(100),
    check (committee_id <> grantee_committee_id)
);
create unique index committee_grant_active_uk on committee_grant (committee_id, grantee_committee_id) where revoked_at is null;
create index committee_grant_grantee_ix on committee_grant (grantee_committee_id) where revoked_at is null;

-- 报送上级: a report or an activity output (consultation outcome) of a lower committee became a report in the upper
-- committee's intake; the upper committee's adoption and instruction are reported back here.
alter table opinion_report drop constraint opinion_report_source_check;
alter table opinion_report add constraint opinion_report_source_check
    check (source in ('MEMBER', 'CORRESPONDENT', 'PARTY_GROUP', 'UNIT', 'STAFF', 'LOWER_COMMITTEE'));

create table opinion_upward (
    id                 bigserial primary key,
    committee_id       bigint not null references committee (id),
    report_id          bigint references opinion_report (id),
    output_id          bigint references activity_output (id),
    output_kind        varchar(40),
    upper_committee_id bigint not null references committee (id),
    upper_report_id    bigint not null references opinion_report (id),
    submitted_on       date not null,
    submitted_at       timestamptz not null default now(),
    submitted_by       varchar(100) not null,
    adoption_level     varchar(30),
    adopted_on         date,
    instruction_leader varchar(100),
    instructed_on      date,
    check ((report_id is null) <> (output_id is null))
);
create unique index opinion_upward_report_uk on opinion_upward (report_id);
create unique index opinion_upward_output_uk on opinion_upward (output_id);
create unique index opinion_upward_upper_report_uk on opinion_upward (upper_report_id);
create index opinion_upward_committee_ix on opinion_upward (committee_id, submitted_on);

-- A member of an upper committee shown at a committee below it (驻地委员).
create table resident_member (
    id           bigserial primary key,
    committee_id bigint not null references committee (id),
    member_id    bigint not null references member (id),
    assigned_at  timestamptz not null default now(),
    assigned_by  varchar(100) not null
);
create unique index resident_member_uk on resident_member (committee_id, member_id);
