-- The public side, part 2 (issue 16): proposals the office marks public, shown on the committee's portal.
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
