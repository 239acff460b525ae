-- 一线协商点 (issue 16): the committee's register of grass-roots consultation points in towns, villages and
-- communities, the members attached to each, the activities held there (linked, not copied: their dates and
-- attendance stay the activity's own) with the participants counted on the day, and the problems raised there until
-- solved. The figures (points, activities, 人次, problems raised and solved) are computed from these rows, by the dates
-- things happened.
create table frontline_point (
    id             bigserial primary key,
    committee_id   bigint not null references committee (id),
    name           varchar(100) not null,
    level          varchar(20) not null check (level in ('TOWN', 'VILLAGE', 'COMMUNITY', 'OTHER')),
    place          varchar(200),
    established_on date not null,
    status         varchar(20) not null check (status in ('ACTIVE', 'CLOSED')),
    closed_on      date,
    version        int not null default 0,
    created_by     varchar(100) not null,
    created_at     timestamptz not null default now(),
    unique (committee_id, name)
);
create index frontline_point_committee_ix on frontline_point (committee_id, status, id);

create table frontline_point_member (
    point_id  bigint not null references frontline_point (id) on delete cascade,
    member_id bigint not null references member (id),
    primary key (point_id, member_id)
);
create index frontline_point_member_ix on frontline_point_member (member_id);

create table frontline_point_activity (
    point_id     bigint not null references frontline_point (id),
    activity_id  bigint not null references activity (id),
    committee_id bigint not null references committee (id),
    participants int not null check (participants between 0 and 100000),
    linked_by    varchar(100) not null,
    linked_at    timestamptz not null default now(),
    primary key (point_id, activity_id)
);
create unique index frontline_point_activity_uk on frontline_point_activity (activity_id);
create index frontline_point_activity_committee_ix on frontline_point_activity (committee_id);

create table frontline_problem (
    id           bigserial primary key,
    committee_id bigint not null references committee (id),
    point_id     bigint not null references frontline_point (id),
    activity_id  bigint references activity (id),
    title        varchar(200) not null,
    detail       varchar(2000),
    raised_on    date not null,
    status       varchar(20) not null check (status in ('OPEN', 'SOLVED')),
    solved_on    date,
    solution     varchar(2000),
    version      int not null default 0,
    recorded_by  varchar(100) not null,
    recorded_at  timestamptz not null default now(),
    check (status = 'OPEN' or (solved_on is not null and solution is not null))
);
create index frontline_problem_point_ix on frontline_problem (point_id, status, raised_on);
create index frontline_problem_committee_ix on frontline_problem (committee_id, raised_on);
