-- 文史资料 (issue 16): the committee's calls for historical accounts on a theme (亲历、亲见、亲闻), the accounts
-- submitted to them by members (or entered by the office for a citizen who brought one on paper), the office's
-- edited text kept beside the author's own, selection, and the collections (专辑) compiled from the selected ones.
create table memoir_call (
    id           bigserial primary key,
    committee_id bigint not null references committee (id),
    theme        varchar(100) not null,
    description  varchar(2000),
    opens_on     date not null,
    closes_on    date,
    status       varchar(20) not null check (status in ('OPEN', 'CLOSED')),
    created_by   varchar(100) not null,
    created_at   timestamptz not null default now(),
    version      int not null default 0
);
create index memoir_call_committee_ix on memoir_call (committee_id, status, opens_on desc);

create table memoir (
    id           bigserial primary key,
    committee_id bigint not null references committee (id),
    call_id      bigint not null references memoir_call (id),
    request_key  varchar(64) not null,
    title        varchar(200) not null,
    author_name  varchar(100) not null,
    member_id    bigint references member (id),
    period       varchar(50),
    text         text not null check (length(text) <= 30000),
    edited_text  text check (length(edited_text) <= 30000),
    status       varchar(20) not null check (status in ('SUBMITTED', 'SELECTED', 'DECLINED', 'WITHDRAWN')),
    reason       varchar(500),
    submitted_by varchar(100) not null,
    submitted_at timestamptz not null default now(),
    version      int not null default 0,
    unique (committee_id, request_key)
);
create index memoir_call_ix on memoir (call_id, status, id);
create index memoir_member_ix on memoir (member_id) where member_id is not null;

create table memoir_collection (
    id           bigserial primary key,
    committee_id bigint not null references committee (id),
    title        varchar(200) not null,
    foreword     varchar(5000),
    compiled_by  varchar(100) not null,
    compiled_at  timestamptz not null default now()
);
create index memoir_collection_committee_ix on memoir_collection (committee_id, id desc);

create table memoir_collection_item (
    collection_id bigint not null references memoir_collection (id) on delete cascade,
    position      int not null,
    memoir_id     bigint not null references memoir (id),
    primary key (collection_id, position),
    unique (collection_id, memoir_id)
);
