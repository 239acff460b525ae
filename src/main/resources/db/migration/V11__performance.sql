-- 履职档案: one entry per fact a member did (from the modules' events, or added by staff, or claimed by the member and
-- decided by staff). Points are not stored with the entry: the year's published rule set gives them, and the score
-- table keeps each member's result per rule set (a republished set keeps the previous result for comparison).
create table performance_entry (
    id            bigserial primary key,
    committee_id  bigint not null references committee (id),
    member_id     bigint not null references member (id),
    year          int not null,
    happened_on   date not null,
    kind          varchar(30) not null,
    qualifier     varchar(40),
    member_role   varchar(20) not null check (member_role in ('INDIVIDUAL', 'LEAD', 'CO_SIGNER', 'COLLECTIVE')),
    sharers       int not null default 0,
    source_type   varchar(30),
    source_id     bigint,
    slot          varchar(80),
    title         varchar(300) not null,
    link          varchar(200),
    origin        varchar(10) not null check (origin in ('EVENT', 'STAFF', 'CLAIM')),
    status        varchar(10) not null default 'COUNTED' check (status in ('COUNTED', 'CLAIMED', 'REFUSED')),
    note          varchar(1000),
    decision_note varchar(500),
    created_by    varchar(50),
    decided_by    varchar(50),
    decided_at    timestamptz,
    version       int not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    check (year = extract(year from happened_on)),
    check ((origin = 'EVENT') = (slot is not null))
);
-- a fact is one row per member, source and slot: a correction at the source replaces it
create unique index performance_entry_fact_uk on performance_entry (committee_id, member_id, source_type, source_id, slot)
    where origin = 'EVENT';
create index performance_entry_member_ix on performance_entry (committee_id, member_id, year, happened_on);
create index performance_entry_year_ix on performance_entry (committee_id, year, origin);
create index performance_entry_source_ix on performance_entry (committee_id, source_type, source_id);
create index performance_entry_claims_ix on performance_entry (committee_id, status) where status = 'CLAIMED';

-- Points rules as data, per committee and year: drafted (usually copied from last year), then published; publishing
-- a new set supersedes the previous one and recomputes the year.
create table performance_rule_set (
    id            bigserial primary key,
    committee_id  bigint not null references committee (id),
    year          int not null,
    name          varchar(100) not null,
    status        varchar(12) not null check (status in ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
    rules         jsonb not null,
    copied_from   bigint references performance_rule_set (id),
    created_by    varchar(50) not null,
    published_by  varchar(50),
    published_at  timestamptz,
    superseded_at timestamptz,
    version       int not null default 0,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now()
);
create unique index performance_rule_set_published_uk on performance_rule_set (committee_id, year) where status = 'PUBLISHED';
create index performance_rule_set_year_ix on performance_rule_set (committee_id, year, id);

-- Each member's result of a year under one rule set: what the ranking, grades and flags read.
create table performance_score (
    committee_id  bigint not null references committee (id),
    year          int not null,
    rule_set_id   bigint not null references performance_rule_set (id),
    member_id     bigint not null references member (id),
    total         numeric(9, 2) not null,
    grade         varchar(20),
    categories    jsonb not null,
    flags         varchar(20)[] not null default '{}',
    entries       int not null,
    computed_at   timestamptz not null default now(),
    primary key (committee_id, year, rule_set_id, member_id)
);
create index performance_score_rank_ix on performance_score (committee_id, year, rule_set_id, total desc, member_id);
