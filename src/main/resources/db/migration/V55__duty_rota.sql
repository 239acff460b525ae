-- 委员值班 (issue 16): the rota of members on duty online (when, on what topic) and the questions citizens ask on the
-- portal in a shift, answered by the member on duty (publicly, or only to the office). Questions pass the public
-- write gate (ADR 016); held ones wait in the moderation queue and stay invisible until approved.
create table duty_shift (
    id           bigserial primary key,
    committee_id bigint not null references committee (id),
    member_id    bigint not null references member (id),
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    topic        varchar(100) not null,
    cancelled    boolean not null default false,
    created_by   varchar(100) not null,
    created_at   timestamptz not null default now(),
    check (ends_at > starts_at)
);
create index duty_shift_committee_ix on duty_shift (committee_id, starts_at);
create index duty_shift_member_ix on duty_shift (member_id, starts_at);

create table duty_question (
    id           bigserial primary key,
    committee_id bigint not null references committee (id),
    shift_id     bigint not null references duty_shift (id),
    nickname     varchar(30),
    text         varchar(1000) not null,
    status       varchar(20) not null check (status in ('HELD', 'OPEN', 'ANSWERED', 'REJECTED')),
    answer       varchar(2000),
    answer_public boolean not null default true,
    answered_by  varchar(100),
    answered_at  timestamptz,
    asked_at     timestamptz not null default now()
);
create index duty_question_shift_ix on duty_question (shift_id, status, id);
create index duty_question_public_ix on duty_question (committee_id, status, answered_at desc) where status = 'ANSWERED' and answer_public;
