-- Office work in bulk (issue 14): one decision (立案, 交办, 催办) over several proposals. Each proposal is its own step
-- in its own transaction; the batch keeps what was asked and, per proposal, what was done or why it was refused.
create table proposal_batch (
    id           bigserial primary key,
    committee_id bigint        not null references committee (id),
    action       varchar(20)   not null check (action in ('FILE', 'ASSIGN', 'URGE')),
    decision     varchar(2000) not null,
    username     varchar(100)  not null,
    created_at   timestamptz   not null
);
create index proposal_batch_committee_ix on proposal_batch (committee_id, id desc);

-- No foreign key to proposal: an id that is not the committee's is recorded as refused, with no title.
create table proposal_batch_item (
    batch_id    bigint        not null references proposal_batch (id),
    position    int           not null,
    proposal_id bigint        not null,
    number_text varchar(60),
    title       varchar(200),
    done        boolean       not null,
    message     varchar(2000) not null,
    primary key (batch_id, position)
);

-- A password reset link an administrator issues for an account without e-mail or mobile (issue 14): handed over in
-- person, used once, valid for a day. Only the SHA-256 of the token is kept.
create table password_reset_link (
    id              bigserial    primary key,
    user_account_id bigint       not null references user_account (id) on delete cascade,
    token_hash      char(64)     not null unique,
    issued_by       varchar(100) not null,
    expires_at      timestamptz  not null,
    used_at         timestamptz,
    created_at      timestamptz  not null
);
create index password_reset_link_account_ix on password_reset_link (user_account_id, id desc);
