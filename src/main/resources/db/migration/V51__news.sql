-- 宣传 (issue 16): news of the committee's work, published by the office on the public portal. Images are attachments
-- (owner type NEWS_ARTICLE); happened_on is the day the reported work took place (lists sort by it).
create table news_article (
    id           bigserial primary key,
    committee_id bigint        not null references committee (id),
    title        varchar(100)  not null,
    summary      varchar(200)  not null,
    body         varchar(20000) not null,
    happened_on  date          not null,
    published    boolean       not null default true,
    created_by   varchar(100)  not null,
    created_at   timestamptz   not null default now(),
    withdrawn_at timestamptz
);
create index news_article_portal_ix on news_article (committee_id, published, happened_on desc, id desc);
