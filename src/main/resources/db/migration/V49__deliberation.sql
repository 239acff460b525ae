-- 网络议政 · 远程协商 (issue 16): a topic attached to a consultation activity, or a standing call for ideas (热点话题 /
-- 提案线索征集), with comments from members and, on public topics, citizens; moderated through moderation_item.
create table deliberation_topic (
    id               bigserial primary key,
    version          integer not null default 0,
    committee_id     bigint not null references committee (id),
    kind             varchar(20) not null check (kind in ('CONSULTATION', 'CALL_FOR_IDEAS')),
    activity_id      bigint references activity (id),
    activity_title   varchar(200),
    title            varchar(200) not null,
    background       text,
    questions        text,
    audience         varchar(20) not null check (audience in ('MEMBERS', 'PUBLIC')),
    opens_at         timestamptz not null,
    closes_at        timestamptz,
    status           varchar(20) not null check (status in ('SCHEDULED', 'OPEN', 'CLOSED')),
    moderate_public  boolean not null default true,
    moderate_members boolean not null default false,
    report_threshold integer check (report_threshold between 1 and 100),
    summary          text,
    summary_by       varchar(100),
    summary_at       timestamptz,
    output_id        bigint,
    created_by       varchar(100) not null,
    created_at       timestamptz not null default now()
);
create index deliberation_topic_list_ix on deliberation_topic (committee_id, id desc);

-- The live cursor a page polls: one short row per topic, bumped with every change anyone may see. Apart from the
-- topic so that saving the topic (optimistic version) never races with comments.
create table deliberation_live (
    topic_id bigint primary key references deliberation_topic (id),
    version  bigint not null default 0,
    comments integer not null default 0
);

create table deliberation_comment (
    id              bigserial primary key,
    committee_id    bigint not null references committee (id),
    topic_id        bigint not null references deliberation_topic (id),
    parent_id       bigint references deliberation_comment (id),
    author_kind     varchar(20) not null check (author_kind in ('MEMBER', 'CITIZEN')),
    author_user_id  bigint,
    member_id       bigint,
    author_name     varchar(100) not null,
    -- a citizen's browser holds a random key (cookie); only its SHA-256 is here, so they see their own held comment
    author_key      varchar(64),
    text            text not null,
    status          varchar(20) not null check (status in ('PENDING', 'PUBLISHED', 'REJECTED', 'HIDDEN')),
    reason          varchar(200),
    best            boolean not null default false,
    written_at      timestamptz not null default now(),
    -- the live cursor's value when the comment was written, first shown to others, last changed: a poll sends what
    -- changed since the version the page holds, appending what is new to it and replacing what it already shows
    created_version bigint not null,
    shown_version   bigint,
    changed_version bigint not null,
    reply_count     integer not null default 0,
    report_count    integer not null default 0
);
create index deliberation_comment_threads_ix on deliberation_comment (topic_id, id desc) where parent_id is null;
create index deliberation_comment_replies_ix on deliberation_comment (parent_id, id);
create index deliberation_comment_changes_ix on deliberation_comment (topic_id, changed_version);
create index deliberation_comment_best_ix on deliberation_comment (topic_id, written_at) where best;

-- 举报: one per reporter (a user, or a hashed address) and comment
create table deliberation_report (
    comment_id   bigint not null references deliberation_comment (id),
    reporter_key varchar(80) not null,
    reported_at  timestamptz not null default now(),
    primary key (comment_id, reporter_key)
);

-- A standing call's monthly digest (selected comments of the month), published by the office
create table deliberation_digest (
    topic_id     bigint not null references deliberation_topic (id),
    month        char(7) not null check (month ~ '^[0-9]{4}-[0-9]{2}$'),
    note         text,
    published_at timestamptz not null default now(),
    published_by varchar(100) not null,
    primary key (topic_id, month)
);
