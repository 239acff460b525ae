-- 书香政协 (issue 16, ADR 023): a committee's reading groups (读书群) with their roster (群主, 领读人, 联络员, 成员: all
-- members of the committee), themes (专题) with a book list and a schedule, the office's 导读 articles, the members'
-- 打卡 (a reading note with the day it was read, kept apart from when it was typed), likes and post-moderated comments.
-- Offline reading sessions are activities (type READING), linked to a theme.
create table reading_group (
    id           bigserial primary key,
    committee_id bigint not null references committee (id),
    name         varchar(100) not null,
    description  varchar(2000),
    created_by   varchar(100) not null,
    created_at   timestamptz not null default now(),
    unique (committee_id, name)
);

create table reading_group_member (
    group_id     bigint not null references reading_group (id),
    member_id    bigint not null references member (id),
    committee_id bigint not null references committee (id),
    role         varchar(20) not null check (role in ('OWNER', 'LEADER', 'LIAISON', 'READER')),
    added_at     timestamptz not null default now(),
    primary key (group_id, member_id)
);
create index reading_group_member_member_ix on reading_group_member (committee_id, member_id);

create table reading_theme (
    id           bigserial primary key,
    committee_id bigint not null references committee (id),
    group_id     bigint not null references reading_group (id),
    title        varchar(100) not null,
    description  varchar(2000),
    starts_on    date not null,
    ends_on      date not null check (ends_on >= starts_on),
    created_by   varchar(100) not null,
    created_at   timestamptz not null default now()
);
create index reading_theme_group_ix on reading_theme (committee_id, group_id, starts_on desc);

create table reading_book (
    theme_id bigint not null references reading_theme (id) on delete cascade,
    position int not null,
    title    varchar(200) not null,
    author   varchar(100),
    primary key (theme_id, position)
);

-- 导读: written by the office for a theme
create table reading_guide (
    id           bigserial primary key,
    committee_id bigint not null references committee (id),
    theme_id     bigint not null references reading_theme (id),
    title        varchar(200) not null,
    body         text not null check (length(body) <= 20000),
    written_by   varchar(100) not null,
    written_at   timestamptz not null default now()
);
create index reading_guide_theme_ix on reading_guide (theme_id, id);

create table reading_theme_activity (
    theme_id     bigint not null references reading_theme (id),
    activity_id  bigint not null references activity (id),
    committee_id bigint not null references committee (id),
    linked_by    varchar(100) not null,
    linked_at    timestamptz not null default now(),
    primary key (theme_id, activity_id)
);

create table reading_note (
    id             bigserial primary key,
    committee_id   bigint not null references committee (id),
    group_id       bigint not null references reading_group (id),
    theme_id       bigint references reading_theme (id),
    member_id      bigint not null references member (id),
    author_name    varchar(50) not null,
    book           varchar(200) not null,
    text           text not null check (length(text) <= 5000),
    read_on        date not null,
    photo_id       bigint,
    status         varchar(20) not null check (status in ('PUBLISHED', 'REMOVED')),
    removed_by     varchar(100),
    removed_reason varchar(200),
    created_by     varchar(100) not null,
    created_at     timestamptz not null default now()
);
-- the group page and a member's notes: newest typed first, keyset on (created_at, id), published only
create index reading_note_group_ix on reading_note (committee_id, group_id, created_at, id) where status = 'PUBLISHED';
create index reading_note_member_ix on reading_note (committee_id, member_id, created_at, id) where status = 'PUBLISHED';
create index reading_note_theme_ix on reading_note (theme_id) where status = 'PUBLISHED';
-- statistics and the performance record count by the day read
create index reading_note_read_ix on reading_note (committee_id, read_on) include (member_id, group_id) where status = 'PUBLISHED';

-- one like per account and note: liking twice is one like
create table reading_like (
    note_id   bigint not null references reading_note (id),
    user_id   bigint not null references user_account (id),
    liked_at  timestamptz not null default now(),
    primary key (note_id, user_id)
);

-- comments are registered in participation's moderation queue (post-moderated: published at once unless a
-- sensitive word holds one); the status follows the queue's (PENDING, APPROVED, REJECTED, HIDDEN)
create table reading_comment (
    id           bigserial primary key,
    committee_id bigint not null references committee (id),
    note_id      bigint not null references reading_note (id),
    user_id      bigint not null references user_account (id),
    author_name  varchar(100) not null,
    text         varchar(1000) not null,
    status       varchar(20) not null check (status in ('PENDING', 'APPROVED', 'REJECTED', 'HIDDEN')),
    reason       varchar(200),
    written_at   timestamptz not null default now()
);
create index reading_comment_note_ix on reading_comment (note_id, id) include (status);
