-- The annual account's breakdowns (proposals by category, activities by type, outputs by kind, 报送, parties' and
-- sources' shares, speeches, 签批/批示 on proposals, 民主评议 of key proposals' units) per committee × year × key,
-- kept as computed from the modules' own queries (ADR 010). A committee-year is good while rollup's change counter
-- (rollup_change, V16/V22) has not moved past the version it was computed at; only keys counted (non-zero) are kept.

create table annual_breakdown_year (
    committee_id bigint      not null references committee (id),
    year         int         not null,
    version      bigint      not null,
    computed_at  timestamptz not null default now(),
    primary key (committee_id, year)
);

create table annual_breakdown (
    committee_id bigint       not null references committee (id),
    year         int          not null,
    figure       varchar(200) not null,
    value        bigint       not null,
    primary key (committee_id, year, figure)
);

-- Kept live (not additive, or as of today): the members on the rolls and the persons among them, each once by mobile.
-- Over a province's 140 rolls an index-only scan instead of reading every member row.
create index member_active_mobile_ix on member (committee_id, mobile) where status = 'ACTIVE';
