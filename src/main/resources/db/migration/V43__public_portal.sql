-- The public side, parts 2 and 3 (issue 16): proposals the office marks public, the portal address, citizens' opinions.
alter table proposal add column published_at timestamptz;
alter table proposal add column published_by varchar(100);
create index proposal_published_ix on proposal (committee_id, published_at desc, id desc) where published_at is not null;

-- A committee's portal address: /public/{code}. A committee without one has no public pages.
create table public_portal (
    committee_id bigint primary key references committee (id),
    code         varchar(30) not null check (code ~ '^[a-z0-9][a-z0-9-]{1,29}$'),
    title        varchar(100) not null,
    opened_at    timestamptz not null default now(),
    opened_by    varchar(100) not null
);
create unique index public_portal_code_uk on public_portal (code);

-- 群众意见建议 left at a studio's page. Name and phone sealed (privacy module, SM4), the phone also as a blind index;
-- the tracking code only as its SHA-256 (the citizen holds the code; the table cannot give it away).
create table citizen_opinion (
    id             bigserial primary key,
    committee_id   bigint not null references committee (id),
    studio_id      bigint not null references org_unit (id),
    tracking_hash  varchar(64) not null,
    name           varchar(300) not null,
    phone          varchar(300) not null,
    phone_index    varchar(64) not null,
    place          varchar(200),
    content        text not null,
    status         varchar(20) not null check (status in ('HELD', 'RECEIVED', 'REPLIED', 'CONVERTED', 'REJECTED')),
    reply          text,
    replied_at     timestamptz,
    replied_by     varchar(100),
    converted_type varchar(30),
    converted_id   bigint,
    received_at    timestamptz not null default now()
);
create unique index citizen_opinion_tracking_uk on citizen_opinion (tracking_hash);
create index citizen_opinion_list_ix on citizen_opinion (committee_id, status, id desc);
create index citizen_opinion_studio_ix on citizen_opinion (committee_id, studio_id, received_at);
