-- Records whose search document is due (ADR 012, "Indexed behind the events"): an event's listener only notes the
-- record here (one row per record however many events name it), and the index writer takes the noted records in
-- batches (`for update skip locked`: several instances share the work), writes their documents and deletes the rows in
-- the same transaction. A failure leaves the rows for the next round: nothing is lost; a burst of events on the same
-- records is written once.
create table search_pending (
    subject_type  varchar(30) not null,
    subject_id    bigint not null,
    noted_at      timestamptz not null default now(),
    claimed_until timestamptz,
    primary key (subject_type, subject_id)
);
create index search_pending_noted_ix on search_pending (noted_at);
