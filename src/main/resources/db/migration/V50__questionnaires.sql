-- 问卷 (issue 16, ADR 019): questionnaires built by the office, answered once by members or by the public.

-- The questions are data (jsonb, cn.tongxin.questionnaire.Definition), fixed once the questionnaire is published.
create table questionnaire (
    id             bigserial primary key,
    committee_id   bigint       not null references committee (id),
    title          varchar(200) not null,
    intro          varchar(2000),
    audience       varchar(20)  not null check (audience in ('MEMBERS', 'PUBLIC')),
    identify_by    varchar(20)  check (identify_by in ('PHONE', 'DEVICE')),
    definition     jsonb        not null default '{"questions": []}',
    status         varchar(20)  not null check (status in ('DRAFT', 'OPEN', 'CLOSED')),
    activity_id    bigint       references activity (id),
    results_public boolean      not null default false,
    created_by     varchar(100) not null,
    created_at     timestamptz  not null default now(),
    opened_at      timestamptz,
    closed_at      timestamptz,
    version        integer      not null default 0,
    check ((audience = 'PUBLIC') = (identify_by is not null))
);
create index questionnaire_committee_ix on questionnaire (committee_id, status, id desc);

-- One answer per respondent: an account (members), a phone's blind index or a device token's hash (the public);
-- the unique indexes make a double submit store nothing. asked: the questions this respondent was shown (conditions).
-- counted: false while a moderator holds it (a sensitive word in a text) or after they refused it.
create table questionnaire_response (
    id               bigserial primary key,
    committee_id     bigint      not null references committee (id),
    questionnaire_id bigint      not null references questionnaire (id),
    user_id          bigint      references user_account (id),
    phone_index      varchar(64),
    device_hash      varchar(64),
    counted          boolean     not null default true,
    asked            text[]      not null,
    submitted_at     timestamptz not null default now(),
    check (num_nonnulls(user_id, phone_index, device_hash) = 1)
);
create unique index questionnaire_response_account_uk on questionnaire_response (questionnaire_id, user_id) where user_id is not null;
create unique index questionnaire_response_phone_uk on questionnaire_response (questionnaire_id, phone_index) where phone_index is not null;
create unique index questionnaire_response_device_uk on questionnaire_response (questionnaire_id, device_hash) where device_hash is not null;
create index questionnaire_response_list_ix on questionnaire_response (committee_id, questionnaire_id, id);

-- The pieces of an answer: a choice (with text for "其他"), a number (per matrix row), or a text.
create table questionnaire_response_item (
    id               bigserial primary key,
    response_id      bigint       not null references questionnaire_response (id) on delete cascade,
    questionnaire_id bigint       not null references questionnaire (id),
    question         varchar(20)  not null,
    choice           varchar(100),
    row_label        varchar(100),
    number           integer,
    text             varchar(1000)
);
create index questionnaire_item_response_ix on questionnaire_response_item (response_id);
create index questionnaire_item_question_ix on questionnaire_response_item (questionnaire_id, question, id);
