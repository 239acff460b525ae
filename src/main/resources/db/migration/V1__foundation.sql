-- Foundation: organisation, members, accounts, audit, event publication registry.
create extension if not exists pg_trgm;

create table committee (
    id          bigserial primary key,
    name        varchar(100) not null,
    level       varchar(20)  not null check (level in ('NATIONAL', 'PROVINCIAL', 'MUNICIPAL', 'COUNTY')),
    parent_id   bigint references committee (id),
    region      varchar(100),
    version     int not null default 0,
    created_at  timestamptz not null default now()
);
create unique index committee_name_uk on committee (name);
create index committee_parent_ix on committee (parent_id);

create table committee_setting (
    committee_id bigint not null references committee (id),
    key          varchar(80) not null,
    value        varchar(200) not null,
    updated_at   timestamptz not null default now(),
    updated_by   varchar(100),
    primary key (committee_id, key)
);

create table term (
    id           bigserial primary key,
    committee_id bigint not null references committee (id),
    number       int not null check (number > 0),
    name         varchar(50) not null,
    start_date   date not null,
    end_date     date,
    is_current   boolean not null default false,
    version      int not null default 0
);
create unique index term_number_uk on term (committee_id, number);
create unique index term_current_uk on term (committee_id) where is_current;

create table plenary_session (
    id                  bigserial primary key,
    committee_id        bigint not null references committee (id),
    term_id             bigint not null references term (id),
    number              int not null check (number > 0),
    name                varchar(80) not null,
    opening_date        date not null,
    closing_date        date not null,
    submission_deadline date not null,
    version             int not null default 0,
    check (closing_date >= opening_date)
);
create unique index plenary_session_number_uk on plenary_session (committee_id, term_id, number);

-- Simple organisation dictionaries: sectors, special committees, parties & groups, studios.
create table org_unit (
    id           bigserial primary key,
    committee_id bigint not null references committee (id),
    kind         varchar(30) not null check (kind in ('SECTOR', 'SPECIAL_COMMITTEE', 'PARTY', 'GROUP', 'NON_PARTY', 'STUDIO')),
    name         varchar(100) not null,
    description  varchar(500),
    sort_order   int not null default 0,
    active       boolean not null default true,
    version      int not null default 0
);
create unique index org_unit_name_uk on org_unit (committee_id, kind, name);
create index org_unit_kind_ix on org_unit (committee_id, kind, sort_order);

create table handling_unit (
    id             bigserial primary key,
    committee_id   bigint not null references committee (id),
    name           varchar(100) not null,
    unit_type      varchar(30) not null,
    contact_person varchar(50),
    contact_phone  varchar(30),
    address        varchar(200),
    sort_order     int not null default 0,
    active         boolean not null default true,
    version        int not null default 0
);
create unique index handling_unit_name_uk on handling_unit (committee_id, name);

create table member (
    id                    bigserial primary key,
    committee_id          bigint not null references committee (id),
    name                  varchar(50) not null,
    gender                varchar(10) not null check (gender in ('MALE', 'FEMALE')),
    ethnicity             varchar(20),
    birth_date            date,
    affiliation_id        bigint references org_unit (id),
    sector_id             bigint references org_unit (id),
    special_committee_id  bigint references org_unit (id),
    studio_id             bigint references org_unit (id),
    employer_title        varchar(200),
    mobile                varchar(20) not null,
    standing              boolean not null default false,
    term_id               bigint references term (id),
    status                varchar(20) not null default 'ACTIVE' check (status in ('ACTIVE', 'LEFT')),
    version               int not null default 0,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now()
);
create unique index member_mobile_uk on member (committee_id, mobile);
create index member_list_ix on member (committee_id, status, id);
create index member_sector_ix on member (committee_id, sector_id);
create index member_affiliation_ix on member (committee_id, affiliation_id);
create index member_special_ix on member (committee_id, special_committee_id);
create index member_studio_ix on member (committee_id, studio_id);
create index member_term_ix on member (committee_id, term_id);
create index member_name_trgm_ix on member using gin (name gin_trgm_ops);

create table user_account (
    id                   bigserial primary key,
    committee_id         bigint not null references committee (id),
    username             varchar(50) not null,
    display_name         varchar(50) not null,
    password_hash        varchar(200) not null,
    must_change_password boolean not null default true,
    failed_attempts      int not null default 0,
    locked_until         timestamptz,
    enabled              boolean not null default true,
    office               varchar(50),
    member_id            bigint references member (id),
    unit_id              bigint references handling_unit (id),
    password_changed_at  timestamptz,
    last_login_at        timestamptz,
    version              int not null default 0,
    created_at           timestamptz not null default now()
);
create unique index user_account_username_uk on user_account (lower(username));
create index user_account_committee_ix on user_account (committee_id, id);
create index user_account_unit_ix on user_account (unit_id);

create table user_role (
    user_account_id bigint not null references user_account (id) on delete cascade,
    role            varchar(20) not null check (role in ('ADMIN', 'STAFF', 'MEMBER', 'UNIT', 'LEADER')),
    primary key (user_account_id, role)
);

create table api_token (
    id              bigserial primary key,
    user_account_id bigint not null references user_account (id),
    name            varchar(60) not null,
    token_hash      char(64) not null,
    token_prefix    varchar(12) not null,
    created_at      timestamptz not null default now(),
    last_used_at    timestamptz,
    revoked_at      timestamptz
);
create unique index api_token_hash_uk on api_token (token_hash);
create index api_token_user_ix on api_token (user_account_id);

-- Append-only audit log: updates and deletes are refused by the database itself.
create table audit_log (
    id           bigserial primary key,
    occurred_at  timestamptz not null default now(),
    committee_id bigint,
    username     varchar(50),
    action       varchar(40) not null,
    target_type  varchar(40),
    target_id    varchar(40),
    detail       varchar(1000),
    remote_addr  varchar(64),
    success      boolean not null default true
);
create index audit_log_committee_ix on audit_log (committee_id, occurred_at desc);
create index audit_log_user_ix on audit_log (lower(username), occurred_at desc);

create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    raise exception '审计日志只能追加，不能修改或删除';
end $$;
create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_append_only();

-- Spring Modulith event publication registry.
create table event_publication (
    id                     uuid primary key,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);
