-- Proposal-side figures of the annual account (issue 12): leaders' 签批 beside 批示 on any subject (proposals now too),
-- and 民主评议 of the units handling a year's key proposals.

-- An instruction row is either a 批示 (written instruction) or a 签批 (sign-off); existing rows are 批示.
alter table outcome_instruction add column kind varchar(20) not null default 'INSTRUCTION'
    check (kind in ('INSTRUCTION', 'SIGN_OFF'));
create index outcome_instruction_kind_ix on outcome_instruction (committee_id, subject_type, kind, instructed_on);

-- 民主评议 of the units handling a year's key proposals: the units are fixed when it opens (those assigned the year's
-- key proposals); members give each unit 满意 / 基本满意 / 不满意 once. Who has rated is kept apart from the ratings,
-- which carry no rater.
create table key_appraisal (
    id           bigserial primary key,
    committee_id bigint       not null references committee (id),
    year         int          not null,
    title        varchar(200) not null,
    status       varchar(10)  not null check (status in ('OPEN', 'CLOSED')),
    opened_on    date         not null,
    opened_by    varchar(50)  not null,
    closed_at    timestamptz,
    unique (committee_id, year)
);
create index key_appraisal_opened_ix on key_appraisal (committee_id, opened_on);

create table key_appraisal_unit (
    appraisal_id bigint       not null references key_appraisal (id),
    unit_id      bigint       not null references handling_unit (id),
    unit_name    varchar(100) not null,
    proposals    int          not null,
    primary key (appraisal_id, unit_id)
);

create table key_appraisal_rater (
    appraisal_id bigint      not null references key_appraisal (id),
    member_id    bigint      not null references member (id),
    rated_at     timestamptz not null default now(),
    primary key (appraisal_id, member_id)
);

create table key_appraisal_rating (
    id           bigserial primary key,
    appraisal_id bigint      not null references key_appraisal (id),
    unit_id      bigint      not null references handling_unit (id),
    verdict      varchar(20) not null check (verdict in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED'))
);
create index key_appraisal_rating_ix on key_appraisal_rating (appraisal_id, unit_id);
