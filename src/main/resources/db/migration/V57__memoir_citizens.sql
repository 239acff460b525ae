-- 文史资料 from citizens on the public portal (issue 16): a call the office shows on the portal takes accounts from
-- citizens through the public write gate (ADR 016). The citizen's phone is sealed (SM4, blind index beside it), the
-- tracking code kept only as its SHA-256; the sensitive words the gate found are kept for the reviewing office.
alter table memoir_call add column on_portal boolean not null default false;
create index memoir_call_portal_ix on memoir_call (committee_id, id desc) where on_portal and status = 'OPEN';

alter table memoir add column source varchar(20) not null default 'MEMBER' check (source in ('MEMBER', 'OFFICE', 'PORTAL'));
alter table memoir add column phone varchar(300);
alter table memoir add column phone_index varchar(64);
alter table memoir add column tracking_hash varchar(64);
alter table memoir add column flagged_words varchar(500);
create unique index memoir_tracking_uk on memoir (tracking_hash) where tracking_hash is not null;

-- accounts the office entered before this migration: not typed by the member they name (or naming none)
update memoir m set source = 'OFFICE'
 where m.member_id is null
    or not exists (select 1 from user_account u where lower(u.username) = lower(m.submitted_by) and u.member_id = m.member_id);
