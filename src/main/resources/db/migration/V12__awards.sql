-- 评选: award campaigns per committee, year and kind, with their candidates (proposed from the records or nominated by
-- staff) and the figures they were proposed with. Winners of member awards get an entry in their record on publication.
create table award_campaign (
    id           bigserial primary key,
    committee_id bigint not null references committee (id),
    year         int not null,
    kind         varchar(40) not null check (kind in ('OUTSTANDING_MEMBER', 'OUTSTANDING_PROPOSAL', 'OUTSTANDING_RESEARCH_REPORT',
                                                      'OUTSTANDING_ARTICLE', 'OPINION_ADVANCED', 'ADVANCED_SECTOR')),
    title        varchar(200) not null,
    status       varchar(12) not null check (status in ('DRAFT', 'NOMINATING', 'REVIEWING', 'DECIDED', 'PUBLISHED', 'CANCELLED')),
    quota        int check (quota > 0),
    created_by   varchar(50) not null,
    created_at   timestamptz not null default now(),
    published_on date,
    version      int not null default 0
);
-- one live campaign per committee, year and kind (a cancelled one may be set up again)
create unique index award_campaign_kind_uk on award_campaign (committee_id, year, kind) where status <> 'CANCELLED';
create index award_campaign_year_ix on award_campaign (committee_id, year desc, id);

create table award_candidate (
    id           bigserial primary key,
    committee_id bigint not null references committee (id),
    campaign_id  bigint not null references award_campaign (id),
    -- what the candidate is (member, record or sector), so that nobody is a candidate twice; null for articles
    subject_key  varchar(60),
    title        varchar(300) not null,
    member_ids   bigint[] not null default '{}',
    source_type  varchar(30),
    source_id    bigint,
    sector_id    bigint,
    link         varchar(200),
    figures      jsonb not null default '{}',
    rank         int not null default 0,
    origin       varchar(12) not null check (origin in ('RECORDS', 'NOMINATION')),
    reason       varchar(1000),
    status       varchar(12) not null default 'PROPOSED' check (status in ('PROPOSED', 'SHORTLISTED', 'REMOVED', 'WINNER')),
    note         varchar(500),
    created_by   varchar(50) not null,
    created_at   timestamptz not null default now()
);
create unique index award_candidate_subject_uk on award_candidate (campaign_id, subject_key) where subject_key is not null;
create index award_candidate_campaign_ix on award_candidate (committee_id, campaign_id, rank, id);
