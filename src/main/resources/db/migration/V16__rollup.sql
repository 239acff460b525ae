-- System statistics (全市政协系统): a committee's headline figures per year, kept as computed from the modules' own
-- queries. A row is good while the committee's change counter still has the value it was computed at, and (for the
-- attendance figures, which change when an activity ends) until good_until.

create table rollup_change (
    committee_id bigint primary key references committee (id),
    version      bigint not null
);

create table rollup_year (
    committee_id bigint    not null references committee (id),
    year         int       not null,
    version      bigint    not null,
    good_until   timestamptz,
    computed_at  timestamptz not null default now(),
    primary key (committee_id, year)
);

create table rollup_figure (
    committee_id bigint      not null references committee (id),
    year         int         not null,
    figure       varchar(60) not null,
    value        bigint      not null,
    primary key (committee_id, year, figure)
);
