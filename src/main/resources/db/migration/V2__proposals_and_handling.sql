-- Proposals, the shared handling engine, timelines, attachments, notifications, dictionaries.

-- Dictionaries as data (codes + Chinese labels), per committee.
create table dictionary_entry (
    id           bigserial primary key,
    committee_id bigint not null references committee (id),
    dictionary   varchar(40) not null,
    code         varchar(40) not null,
    label        varchar(200) not null,
    sort_order   int not null default 0,
    active       boolean not null default true
);
create unique index dictionary_entry_uk on dictionary_entry (committee_id, dictionary, code);

-- Files stored in the database: transactional with what they belong to, backed up with it.
create table attachment (
    id           bigserial primary key,
    committee_id bigint not null references committee (id),
    owner_type   varchar(30) not null,
    owner_id     bigint,
    filename     varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes   bigint not null,
    data         bytea not null,
    uploaded_by  varchar(50) not null,
    uploaded_at  timestamptz not null default now()
);
create index attachment_owner_ix on attachment (committee_id, owner_type, owner_id);

-- Business history of any subject (proposal, handling), shown on its page.
create table timeline_entry (
    id           bigserial primary key,
    committee_id bigint not null references committee (id),
    subject_type varchar(30) not null,
    subject_id   bigint not null,
    occurred_at  timestamptz not null default now(),
    actor        varchar(100) not null,
    action       varchar(60) not null,
    from_status  varchar(40),
    to_status    varchar(40),
    comment      varchar(2000)
);
create index timeline_subject_ix on timeline_entry (committee_id, subject_type, subject_id, id);

create table proposal (
    id                 bigserial primary key,
    committee_id       bigint not null references committee (id),
    request_key        varchar(64) not null,
    status             varchar(20) not null,
    kind               varchar(20) not null check (kind in ('INDIVIDUAL', 'JOINT', 'COLLECTIVE')),
    title              varchar(200) not null,
    body               text,
    situation          text,
    analysis           text,
    suggestions        text,
    category           varchar(40) not null,
    suggested_units    varchar(500),
    publishable        boolean not null default true,
    lead_member_id     bigint references member (id),
    collective_unit_id bigint references org_unit (id),
    entered_by         varchar(50) not null,
    on_behalf          boolean not null default false,
    session_id         bigint references plenary_session (id),
    session_proposal   boolean not null default false,
    submitted_at       timestamptz,
    number             int,
    number_text        varchar(60),
    filed_at           timestamptz,
    reviewed_at        timestamptz,
    not_filed_reason   varchar(40),
    review_note        varchar(2000),
    conversion         varchar(20),
    merged_into_id     bigint references proposal (id),
    key_proposal       boolean not null default false,
    outstanding        boolean not null default false,
    outstanding_year   int,
    closed_at          timestamptz,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now(),
    version            int not null default 0
);
create unique index proposal_request_uk on proposal (committee_id, request_key);
create unique index proposal_number_uk on proposal (committee_id, session_id, session_proposal, number) where number is not null;
create index proposal_list_ix on proposal (committee_id, status, id desc);
create index proposal_submitted_ix on proposal (committee_id, submitted_at);
create index proposal_session_ix on proposal (committee_id, session_id);
create index proposal_lead_ix on proposal (lead_member_id);
create index proposal_merged_ix on proposal (merged_into_id);
create index proposal_title_trgm_ix on proposal using gin (title gin_trgm_ops);

create table proposal_cosigner (
    proposal_id  bigint not null references proposal (id),
    member_id    bigint not null references member (id),
    status       varchar(20) not null check (status in ('INVITED', 'CONFIRMED', 'DECLINED')),
    invited_at   timestamptz not null,
    due_at       timestamptz not null,
    responded_at timestamptz,
    primary key (proposal_id, member_id)
);
create index proposal_cosigner_member_ix on proposal_cosigner (member_id, status);

-- Gap-free numbers: the counter row is locked and incremented in the filing transaction.
create table proposal_number_counter (
    committee_id     bigint not null references committee (id),
    session_id       bigint not null references plenary_session (id),
    session_proposal boolean not null,
    last_number      int not null default 0,
    primary key (committee_id, session_id, session_proposal)
);

create table proposal_key_leader (
    proposal_id bigint not null references proposal (id),
    leader_name varchar(50) not null,
    primary key (proposal_id, leader_name)
);

create table proposal_supervision (
    id           bigserial primary key,
    proposal_id  bigint not null references proposal (id),
    kind         varchar(30) not null,
    held_on      date not null,
    note         varchar(2000),
    recorded_by  varchar(50) not null,
    recorded_at  timestamptz not null default now()
);

-- The handling engine: one case per subject item handed to units.
create table handling_case (
    id                 bigserial primary key,
    committee_id       bigint not null references committee (id),
    subject_type       varchar(30) not null,
    subject_id         bigint not null,
    subject_title      varchar(200) not null,
    subject_link       varchar(200) not null,
    mode               varchar(20) not null check (mode in ('SOLE', 'LEAD_WITH_CO', 'SPLIT')),
    status             varchar(20) not null,
    round              int not null default 1,
    assigned_at        timestamptz not null,
    due_date           date not null,
    max_due_date       date not null,
    co_opinion_due     date,
    objection_until    date not null,
    rating_window_days int not null,
    rehandle_months    int not null,
    replied_at         timestamptz,
    first_replied_at   timestamptz,
    replied_on_time    boolean,
    rating_due         date,
    closed_at          timestamptz,
    version            int not null default 0
);
create unique index handling_case_subject_uk on handling_case (committee_id, subject_type, subject_id);
create index handling_case_status_ix on handling_case (committee_id, status, due_date);

create table handling_rater (
    case_id   bigint not null references handling_case (id),
    member_id bigint not null references member (id),
    primary key (case_id, member_id)
);
create index handling_rater_member_ix on handling_rater (member_id);

create table handling_assignment (
    id              bigserial primary key,
    case_id         bigint not null references handling_case (id),
    committee_id    bigint not null references committee (id),
    unit_id         bigint not null references handling_unit (id),
    role            varchar(10) not null check (role in ('SOLE', 'LEAD', 'CO', 'SPLIT')),
    status          varchar(20) not null,
    assigned_at     timestamptz not null,
    acknowledged_at timestamptz,
    due_date        date not null,
    replied_at      timestamptz,
    withdrawn_at    timestamptz,
    version         int not null default 0
);
create index handling_assignment_case_ix on handling_assignment (case_id);
create index handling_assignment_unit_case_ix on handling_assignment (unit_id, case_id);
create index handling_assignment_unit_ix on handling_assignment (committee_id, unit_id, status);

create table handling_request (
    id             bigserial primary key,
    assignment_id  bigint not null references handling_assignment (id),
    kind           varchar(20) not null check (kind in ('REASSIGNMENT', 'EXTENSION')),
    reason         varchar(2000) not null,
    requested_due  date,
    status         varchar(20) not null default 'PENDING',
    requested_by   varchar(50) not null,
    requested_at   timestamptz not null,
    decided_by     varchar(50),
    decided_at     timestamptz,
    decision_note  varchar(2000)
);
create index handling_request_assignment_ix on handling_request (assignment_id, status);

create table handling_contact (
    id            bigserial primary key,
    assignment_id bigint not null references handling_assignment (id),
    method        varchar(20) not null,
    contacted_on  date not null,
    contact_with  varchar(100),
    note          varchar(2000),
    recorded_by   varchar(50) not null,
    recorded_at   timestamptz not null default now()
);

create table handling_opinion (
    id            bigserial primary key,
    assignment_id bigint not null references handling_assignment (id),
    text          text not null,
    submitted_by  varchar(50) not null,
    submitted_at  timestamptz not null
);

create table handling_reply (
    id             bigserial primary key,
    case_id        bigint not null references handling_case (id),
    assignment_id  bigint not null references handling_assignment (id),
    round          int not null,
    text           text not null,
    category       varchar(2) not null,
    signer         varchar(50) not null,
    contact_person varchar(50) not null,
    contact_phone  varchar(30) not null,
    attachment_id  bigint references attachment (id),
    status         varchar(20) not null default 'SUBMITTED',
    return_reason  varchar(2000),
    submitted_by   varchar(50) not null,
    submitted_at   timestamptz not null
);
create index handling_reply_case_ix on handling_reply (case_id, round);
create index handling_reply_assignment_ix on handling_reply (assignment_id);

create table handling_rating (
    id          bigserial primary key,
    case_id     bigint not null references handling_case (id),
    round       int not null,
    member_id   bigint not null references member (id),
    attitude    varchar(30) not null,
    result      varchar(30) not null,
    comment     varchar(2000),
    on_paper    boolean not null default false,
    entered_by  varchar(50) not null,
    rated_at    timestamptz not null
);
create unique index handling_rating_uk on handling_rating (case_id, round, member_id);

create table handling_urge (
    id            bigserial primary key,
    assignment_id bigint not null references handling_assignment (id),
    note          varchar(2000),
    urged_by      varchar(50) not null,
    urged_at      timestamptz not null
);

-- In-app messages and reminders; one reminder per obligation, recipient and day.
create table notification (
    id             bigserial primary key,
    committee_id   bigint not null references committee (id),
    recipient_kind varchar(10) not null check (recipient_kind in ('USER', 'MEMBER', 'UNIT', 'STAFF')),
    recipient_id   bigint,
    title          varchar(200) not null,
    body           varchar(1000),
    link           varchar(300),
    obligation_key varchar(120),
    reminder_day   date,
    created_at     timestamptz not null default now(),
    read_at        timestamptz
);
create unique index notification_reminder_uk on notification (obligation_key, recipient_kind, coalesce(recipient_id, 0), reminder_day)
    where obligation_key is not null;
create index notification_recipient_ix on notification (committee_id, recipient_kind, recipient_id, id desc);
