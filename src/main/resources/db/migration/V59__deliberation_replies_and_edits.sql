-- 网络议政 (ADR 018, extended): a reply may answer a reply, and an author may edit their own comment for a while.
-- parent_id stays the thread's head (a thread is shown flattened to two levels); reply_to_id is the reply answered
-- when a reply answers a reply (null when it answers the head), with its author's name kept for "回复 @某某".
-- reply_count counts the visible comments hanging under a comment: for a head its whole thread, for a reply those
-- answering it; a held or refused comment with visible replies keeps its place.
alter table deliberation_comment
    add column reply_to_id   bigint references deliberation_comment (id),
    add column reply_to_name varchar(100),
    -- how many times the author edited it: the version an edit must name (a stale one is refused, 409)
    add column revision      integer not null default 0,
    add column edited_at     timestamptz;

-- Every edit keeps the text it replaced (audit): who, when, and whether it went back to the moderators' queue.
create table deliberation_comment_edit (
    id           bigserial primary key,
    committee_id bigint not null references committee (id),
    comment_id   bigint not null references deliberation_comment (id),
    revision     integer not null,
    old_text     text not null,
    new_text     text not null,
    edited_by    bigint not null,
    edited_at    timestamptz not null default now(),
    held         boolean not null,
    unique (comment_id, revision)
);
