-- Duty activities: invitations, sign-up and leave, check-in and attendance, outputs, consultation plan,
-- democratic supervision groups and appraisals.

create table activity (
    id                bigserial primary key,
    committee_id      bigint not null references committee (id),
    title             varchar(200) not null,
    type              varchar(40) not null,
    organiser_kind    varchar(30) not null,
    organiser_id      bigint references org_unit (id),
    organiser_name    varchar(100) not null,
    starts_at         timestamptz not null,
    ends_at           timestamptz not null,
    place             varchar(200),
    online            boolean not null default false,
    topic             varchar(2000),
    leaders           varchar(500),
    signup_open       boolean not null default true,
    allow_observers   boolean not null default false,
    checkin_secret    varchar(64) not null,
    checkin_opens_at  timestamptz not null,
    checkin_closes_at timestamptz not null,
    status            varchar(20) not null default 'PLANNED',
    created_by        varchar(50) not null,
    created_at        timestamptz not null default now(),
    version           int not null default 0,
    check (ends_at > starts_at),
    check (checkin_closes_at > checkin_opens_at)
);
create index activity_list_ix on activity (committee_id, starts_at desc, id desc);
create index activity_type_ix on activity (committee_id, type, starts_at);
create index activity_organiser_ix on activity (organiser_id);
create index activity_title_trgm_ix on activity using gin (title gin_trgm_ops);

create table activity_invitee (
    activity_id   bigint not null references activity (id),
    member_id     bigint not null references member (id),
    response      varchar(20) not null default 'INVITED',
    leave_reason  varchar(500),
    responded_at  timestamptz,
    decided_by    varchar(50),
    decided_at    timestamptz,
    primary key (activity_id, member_id)
);
create index activity_invitee_member_ix on activity_invitee (member_id);

create table activity_attendance (
    activity_id   bigint not null references activity (id),
    member_id     bigint not null references member (id),
    kind          varchar(20) not null check (kind in ('PRESENT', 'OBSERVER')),
    method        varchar(20) not null check (method in ('CODE', 'STAFF')),
    checked_in_at timestamptz not null,
    recorded_by   varchar(50) not null,
    primary key (activity_id, member_id)
);
create index activity_attendance_member_ix on activity_attendance (member_id);

create table activity_link (
    activity_id bigint not null references activity (id),
    kind        varchar(20) not null check (kind in ('PROPOSAL', 'UNIT')),
    target_id   bigint not null,
    primary key (activity_id, kind, target_id)
);

create table activity_output (
    id             bigserial primary key,
    committee_id   bigint not null references committee (id),
    activity_id    bigint not null references activity (id),
    kind           varchar(40) not null,
    title          varchar(200) not null,
    text           text,
    attachment_id  bigint references attachment (id),
    needs_response boolean not null default false,
    recorded_by    varchar(50) not null,
    recorded_at    timestamptz not null default now()
);
create index activity_output_activity_ix on activity_output (activity_id);
create index activity_output_kind_ix on activity_output (committee_id, kind, recorded_at);

create table activity_output_author (
    output_id bigint not null references activity_output (id),
    member_id bigint not null references member (id),
    primary key (output_id, member_id)
);
create index activity_output_author_member_ix on activity_output_author (member_id);

create table consultation_plan_item (
    id                        bigserial primary key,
    committee_id              bigint not null references committee (id),
    year                      int not null,
    topic                     varchar(200) not null,
    type                      varchar(40) not null,
    planned_month             int not null check (planned_month between 1 and 12),
    lead_special_committee_id bigint references org_unit (id),
    status                    varchar(20) not null default 'PLANNED',
    activity_id               bigint references activity (id),
    version                   int not null default 0
);
create index consultation_plan_ix on consultation_plan_item (committee_id, year, planned_month);

create table supervision_group (
    id               bigserial primary key,
    committee_id     bigint not null references committee (id),
    name             varchar(100) not null,
    unit_id          bigint not null references handling_unit (id),
    leader_member_id bigint not null references member (id),
    starts_on        date not null,
    ends_on          date not null,
    check (ends_on >= starts_on)
);
create index supervision_group_ix on supervision_group (committee_id, starts_on);

create table supervision_group_member (
    group_id  bigint not null references supervision_group (id),
    member_id bigint not null references member (id),
    primary key (group_id, member_id)
);

-- Democratic appraisal: who may score and whether they have, kept apart from the scores, which carry no rater.
create table appraisal (
    id           bigserial primary key,
    committee_id bigint not null references committee (id),
    unit_id      bigint not null references handling_unit (id),
    title        varchar(200) not null,
    dimensions   varchar(1000) not null,
    opens_at     timestamptz not null,
    closes_at    timestamptz not null,
    created_by   varchar(50) not null
);
create index appraisal_ix on appraisal (committee_id, opens_at);

create table appraisal_rater (
    appraisal_id bigint not null references appraisal (id),
    member_id    bigint not null references member (id),
    submitted    boolean not null default false,
    primary key (appraisal_id, member_id)
);

create table appraisal_score (
    id           uuid primary key,
    appraisal_id bigint not null references appraisal (id),
    sheet        uuid not null,
    dimension    int not null,
    score        int not null check (score between 0 and 100)
);
create index appraisal_score_ix on appraisal_score (appraisal_id, dimension);
