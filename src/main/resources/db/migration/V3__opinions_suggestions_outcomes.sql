-- Public-opinion reports, bulletins, outcomes (adoptions, instructions), micro-suggestions, the working-day calendar.

alter table user_role drop constraint user_role_role_check;
alter table user_role add constraint user_role_role_check
    check (role in ('ADMIN', 'STAFF', 'MEMBER', 'UNIT', 'LEADER', 'CORRESPONDENT'));

-- Days that differ from the default week (Monday–Friday working): holidays and adjusted working weekends.
create table calendar_day (
    committee_id bigint not null references committee (id),
    day          date not null,
    working      boolean not null,
    note         varchar(100),
    primary key (committee_id, day)
);

create table opinion_item (
    id            bigserial primary key,
    committee_id  bigint not null references committee (id),
    title         varchar(200) not null,
    original_text text not null,
    edited_text   text not null,
    edited_by     varchar(50) not null,
    edited_at     timestamptz not null,
    issued        boolean not null default false,
    version       int not null default 0
);
create index opinion_item_committee_ix on opinion_item (committee_id, id desc);

create table opinion_report (
    id                   bigserial primary key,
    committee_id         bigint not null references committee (id),
    request_key          varchar(64) not null,
    status               varchar(20) not null,
    title                varchar(200) not null,
    body                 text not null,
    category             varchar(40) not null,
    source               varchar(20) not null check (source in ('MEMBER', 'CORRESPONDENT', 'PARTY_GROUP', 'UNIT', 'STAFF')),
    source_unit_id       bigint references org_unit (id),
    submitter_account_id bigint not null references user_account (id),
    on_behalf            boolean not null default false,
    proposal_id          bigint references proposal (id),
    submitted_at         timestamptz not null,
    triaged_at           timestamptz,
    triage_note          varchar(2000),
    clue_member_id       bigint references member (id),
    item_id              bigint references opinion_item (id),
    version              int not null default 0
);
create unique index opinion_report_request_uk on opinion_report (committee_id, request_key);
create unique index opinion_report_proposal_uk on opinion_report (proposal_id) where proposal_id is not null;
create index opinion_report_list_ix on opinion_report (committee_id, submitted_at desc, id desc);
create index opinion_report_status_ix on opinion_report (committee_id, status);
create index opinion_report_submitter_ix on opinion_report (submitter_account_id);
create index opinion_report_item_ix on opinion_report (item_id);
create index opinion_report_title_trgm_ix on opinion_report using gin (title gin_trgm_ops);

create table opinion_author (
    report_id  bigint not null references opinion_report (id),
    position   int not null,
    member_id  bigint references member (id),
    account_id bigint references user_account (id),
    name       varchar(50) not null,
    primary key (report_id, position)
);
create index opinion_author_member_ix on opinion_author (member_id);
create index opinion_author_account_ix on opinion_author (account_id);

create table bulletin (
    id           bigserial primary key,
    committee_id bigint not null references committee (id),
    year         int not null,
    number       int,
    title        varchar(200) not null,
    recipients   varchar(300) not null,
    issued_on    date,
    status       varchar(20) not null default 'DRAFT',
    created_by   varchar(50) not null,
    created_at   timestamptz not null default now(),
    version      int not null default 0
);
create unique index bulletin_number_uk on bulletin (committee_id, year, number) where number is not null;
create index bulletin_list_ix on bulletin (committee_id, year, id desc);

create table bulletin_counter (
    committee_id bigint not null references committee (id),
    year         int not null,
    last_number  int not null default 0,
    primary key (committee_id, year)
);

create table bulletin_item (
    bulletin_id bigint not null references bulletin (id),
    item_id     bigint not null references opinion_item (id),
    position    int not null,
    primary key (bulletin_id, item_id)
);
create index bulletin_item_item_ix on bulletin_item (item_id);

-- 报送: an item forwarded to a level (one item may go to several).
create table opinion_forward (
    id           bigserial primary key,
    item_id      bigint not null references opinion_item (id),
    level        varchar(30) not null,
    forwarded_on date not null,
    note         varchar(500),
    recorded_by  varchar(50) not null
);
create unique index opinion_forward_uk on opinion_forward (item_id, level);

-- Outcomes of any output: adoptions by level and leaders' instructions.
create table outcome_adoption (
    id           bigserial primary key,
    committee_id bigint not null references committee (id),
    subject_type varchar(30) not null,
    subject_id   bigint not null,
    level        varchar(30) not null,
    mode         varchar(20) not null default 'SINGLE' check (mode in ('SINGLE', 'COMBINED')),
    adopted_on   date not null,
    note         varchar(500),
    recorded_by  varchar(50) not null,
    recorded_at  timestamptz not null default now()
);
create unique index outcome_adoption_uk on outcome_adoption (committee_id, subject_type, subject_id, level);
create index outcome_adoption_date_ix on outcome_adoption (committee_id, subject_type, adopted_on);

create table outcome_instruction (
    id                   bigserial primary key,
    committee_id         bigint not null references committee (id),
    subject_type         varchar(30) not null,
    subject_id           bigint not null,
    leader               varchar(50) not null,
    level                varchar(30) not null,
    instructed_on        date not null,
    text                 varchar(2000) not null,
    follow_up_department varchar(100),
    recorded_by          varchar(50) not null,
    recorded_at          timestamptz not null default now()
);
create index outcome_instruction_subject_ix on outcome_instruction (committee_id, subject_type, subject_id);
create index outcome_instruction_date_ix on outcome_instruction (committee_id, subject_type, instructed_on);

create table micro_suggestion (
    id            bigserial primary key,
    committee_id  bigint not null references committee (id),
    request_key   varchar(64) not null,
    status        varchar(20) not null,
    title         varchar(200) not null,
    body          text not null,
    place         varchar(200),
    member_id     bigint not null references member (id),
    submitted_at  timestamptz not null,
    reviewed_at   timestamptz,
    reject_reason varchar(1000),
    converted_to  varchar(20),
    converted_id  bigint,
    closed_at     timestamptz,
    version       int not null default 0
);
create unique index micro_suggestion_request_uk on micro_suggestion (committee_id, request_key);
create index micro_suggestion_list_ix on micro_suggestion (committee_id, submitted_at desc, id desc);
create index micro_suggestion_member_ix on micro_suggestion (member_id);
