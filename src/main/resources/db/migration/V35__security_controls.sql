-- 等保 level-3 controls (issue 13, ADR 014): shared rate limits, password history, personal data sealed with SM4,
-- the audit log chained with SM3.

-- Rate limits shared by every instance: hits per bucket (e.g. failed logins of one address) and minute.
create table rate_limit (
    bucket       varchar(120) not null,
    window_start timestamptz  not null,
    hits         int          not null,
    primary key (bucket, window_start)
);
create index rate_limit_window_ix on rate_limit (window_start);

-- The hashes of an account's recent passwords: a new password may not be one of the last five.
create table password_history (
    id              bigserial primary key,
    user_account_id bigint not null references user_account (id) on delete cascade,
    password_hash   varchar(200) not null,
    changed_at      timestamptz not null default now()
);
create index password_history_account_ix on password_history (user_account_id, id desc);

-- An account opened with a published password (the demo's): outside the demo it must be changed at the next login.
-- Before this column, such accounts were the ones opened without a forced change and never changed since.
alter table user_account add column published_password boolean not null default false;
update user_account set published_password = true where not must_change_password and password_changed_at is null;
-- password age counts from the last change, or from the opening of the account
update user_account set password_changed_at = created_at where password_changed_at is null;

-- Members' mobile numbers: the column holds "sm4:<key id>:<base64 of nonce and ciphertext>" (legacy rows are sealed
-- once at start-up); mobile_index is the SM3-HMAC blind index, for exact search, uniqueness and persons counted once.
alter table member alter column mobile type varchar(200);
alter table member add column mobile_index char(64);
drop index member_mobile_uk;
create unique index member_mobile_index_uk on member (committee_id, mobile_index);
create index member_person_ix on member (mobile_index);
-- persons counted once (V29's index on the mobile itself would now hold ciphertexts): an index-only scan by blind index
drop index member_active_mobile_ix;
create index member_active_person_ix on member (committee_id, mobile_index) include (mobile) where status = 'ACTIVE';

-- The audit log's hash chain: link n holds SM3(link n-1's hash, audit row's content). Links are appended in order
-- under an advisory lock by one chainer at a time; like the log, the chain is append-only.
create table audit_chain (
    seq        bigint primary key,
    audit_id   bigint not null references audit_log (id),
    hash       char(64) not null,
    chained_at timestamptz not null default now()
);
create unique index audit_chain_audit_uk on audit_chain (audit_id);
create trigger audit_chain_no_update before update or delete on audit_chain
    for each row execute function audit_log_append_only();
create trigger audit_chain_no_truncate before truncate on audit_chain
    for each statement execute function audit_log_append_only();
