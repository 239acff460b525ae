-- Moderation that can be taken back (issue 16, online deliberation): a published comment can be hidden with a reason,
-- every decision can be undone by a moderator, and the queue keeps a row for every comment of a public conversation
-- (published at once or held), so that hiding and undoing always have a row to act on.
alter table moderation_item drop constraint moderation_item_status_check;
alter table moderation_item add constraint moderation_item_status_check
    check (status in ('PENDING', 'APPROVED', 'REJECTED', 'HIDDEN'));
-- whether the subject's owner follows hiding and undoing (comments do; a citizen's opinion in triage does not)
alter table moderation_item add column revisable boolean not null default false;
-- the status an undo goes back to is the table's; who undid and when is in the audit log
create index moderation_item_counts_ix on moderation_item (committee_id, status);
