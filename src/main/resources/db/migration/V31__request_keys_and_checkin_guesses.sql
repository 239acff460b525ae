-- Holes found by probing (issue 13).

-- A create sent again with the same request key (a client retrying after a timeout, a double submit) answers with
-- what the first one created; the fingerprint of the first request's content tells a retry from a different
-- request that reuses the key (refused). One row per committee, kind of record and key.
create table request_key (
    committee_id bigint       not null,
    subject      varchar(30)  not null,
    request_key  varchar(64)  not null,
    username     varchar(100) not null,
    fingerprint  char(64)     not null,
    subject_id   bigint       not null,
    created_at   timestamptz  not null default now(),
    primary key (committee_id, subject, request_key)
);

-- Wrong check-in codes per member and activity, counted over a sliding window shared by every instance.
-- No foreign key to activity: a guess is recorded in its own transaction while the check-in holds the activity row.
create table checkin_guess (
    id           bigserial primary key,
    committee_id bigint      not null,
    activity_id  bigint      not null,
    member_id    bigint      not null,
    guessed_at   timestamptz not null
);
create index checkin_guess_member_ix on checkin_guess (activity_id, member_id, guessed_at);
