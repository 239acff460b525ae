-- Messages that reach people (issue 13): contact details of an account, per-user preferences, the daily digest's
-- mark, the delivery log of e-mail and SMS, and password recovery codes.

-- An account's own e-mail and mobile for messages and password recovery. A member's account without its own mobile
-- falls back to the roster's (see account.internal.JdbcAccountDirectory).
alter table user_account add column email varchar(100), add column mobile varchar(20);
create index user_account_email_ix on user_account (lower(email)) where email is not null;
create index user_account_mobile_ix on user_account (mobile) where mobile is not null;
-- password recovery by a member's roster mobile, across committees
create index member_mobile_ix on member (mobile);

-- Absent row: the defaults of the kind (cn.tongxin.notification.MessageKind). In-app is always on.
create table message_preference (
    user_account_id bigint      not null references user_account (id) on delete cascade,
    kind            varchar(20) not null check (kind in ('DEADLINE', 'PERSONAL', 'WORK')),
    email           varchar(10) not null check (email in ('OFF', 'DIRECT', 'DIGEST')),
    sms             boolean     not null,
    updated_at      timestamptz not null default now(),
    primary key (user_account_id, kind)
);

-- The end of the last digest window sent to the user: the next window starts here (never "yesterday by the clock").
create table message_digest_mark (
    user_account_id bigint      primary key references user_account (id) on delete cascade,
    sent_through    timestamptz not null
);

-- Every e-mail and SMS the platform tried to send, with its attempts. Verification codes are never stored here.
create table message_delivery (
    id              bigserial    primary key,
    committee_id    bigint       not null references committee (id),
    channel         varchar(10)  not null check (channel in ('EMAIL', 'SMS')),
    user_account_id bigint       references user_account (id) on delete set null,
    recipient       varchar(200) not null,
    kind            varchar(20)  not null check (kind in ('DEADLINE', 'PERSONAL', 'WORK', 'DIGEST', 'RECOVERY')),
    -- one delivery per message (or digest window) and channel and account, also when an event is delivered again
    dedupe_key      varchar(200) not null,
    subject         varchar(300) not null,
    body            text,
    link            varchar(300),
    status          varchar(10)  not null check (status in ('PENDING', 'SENT', 'RETRYING', 'FAILED')),
    attempts        int          not null default 0,
    last_error      varchar(500),
    next_attempt_at timestamptz,
    created_at      timestamptz  not null default now(),
    sent_at         timestamptz
);
create unique index message_delivery_dedupe_uk on message_delivery (dedupe_key);
create index message_delivery_list_ix on message_delivery (committee_id, id desc);
create index message_delivery_status_ix on message_delivery (committee_id, status, id desc);
-- due: a failed attempt waiting for its retry, or a first attempt that never finished (the process stopped)
create index message_delivery_due_ix on message_delivery (next_attempt_at) where status in ('PENDING', 'RETRYING');

-- A password recovery code: only its hash, valid for minutes, used once, a few wrong tries burn it.
create table password_recovery (
    id              bigserial    primary key,
    user_account_id bigint       not null references user_account (id) on delete cascade,
    channel         varchar(10)  not null check (channel in ('EMAIL', 'SMS')),
    code_hash       varchar(100) not null,
    expires_at      timestamptz  not null,
    attempts        int          not null default 0,
    used_at         timestamptz,
    created_at      timestamptz  not null default now()
);
create index password_recovery_account_ix on password_recovery (user_account_id, id desc);
