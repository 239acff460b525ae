-- The public side, part 1 (issue 16): what every public write goes through — a captcha, rate limits (in rate_limit,
-- V35), length and script checks, the committee's sensitive words, and the moderation queue.

-- One picture captcha issued to a form: the answer's hash only, used once, valid for minutes. In the database so that
-- any instance behind the load balancer can check what another issued, and no session is opened for a citizen.
create table public_captcha (
    id          varchar(40) primary key,
    answer_hash varchar(64) not null,
    expires_at  timestamptz not null
);
create index public_captcha_expiry_ix on public_captcha (expires_at);

-- The committee's word list for the pre-screen: a public write containing one is held for a moderator, who sees why.
create table sensitive_word (
    committee_id bigint not null references committee (id),
    word         varchar(50) not null,
    added_at     timestamptz not null default now(),
    added_by     varchar(100) not null,
    primary key (committee_id, word)
);

-- Public writes held for a moderator (先审后发); the owner of the subject learns the decision through an event.
create table moderation_item (
    id            bigserial primary key,
    committee_id  bigint not null references committee (id),
    subject_type  varchar(30) not null,
    subject_id    bigint not null,
    excerpt       varchar(300) not null,
    flagged_words varchar(500),
    status        varchar(20) not null check (status in ('PENDING', 'APPROVED', 'REJECTED')),
    submitted_at  timestamptz not null default now(),
    decided_at    timestamptz,
    decided_by    varchar(100),
    reason        varchar(200)
);
create unique index moderation_item_subject_uk on moderation_item (subject_type, subject_id);
create index moderation_item_queue_ix on moderation_item (committee_id, status, submitted_at, id);
