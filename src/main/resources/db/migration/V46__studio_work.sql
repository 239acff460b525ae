-- Studios' work (issue 16, ADR 017): 为民办实事 records, a studio's own 先审后发 switch, and what a citizen's opinion
-- was turned into (an opinion report, a proposal clue, a 为民办实事 item besides a micro-suggestion).

-- 为民办实事: what was done, for whom, when it happened (and when it was typed), by which member of which studio;
-- optionally answering a citizen's opinion. Evidence files are attachments of subject STUDIO_DEED.
create table studio_deed (
    id                 bigserial primary key,
    committee_id       bigint not null references committee (id),
    studio_id          bigint not null references org_unit (id),
    member_id          bigint references member (id),
    title              varchar(200) not null,
    beneficiary        varchar(200) not null,
    detail             text,
    happened_on        date not null,
    citizen_opinion_id bigint references citizen_opinion (id),
    recorded_at        timestamptz not null default now(),
    recorded_by        varchar(100) not null
);
create index studio_deed_list_ix on studio_deed (committee_id, studio_id, happened_on desc, id desc);
create index studio_deed_member_ix on studio_deed (committee_id, member_id, happened_on);
create unique index studio_deed_opinion_uk on studio_deed (citizen_opinion_id) where citizen_opinion_id is not null;

-- A studio's own choice on 先审后发 for its citizens' opinions; no row (or null) follows the committee's setting.
create table studio_setting (
    studio_id      bigint primary key references org_unit (id),
    committee_id   bigint not null references committee (id),
    pre_moderation boolean,
    updated_at     timestamptz not null default now(),
    updated_by     varchar(100) not null
);

