-- Full-text search (ADR 012): one document per searchable record, kept by the search module from the owning modules'
-- events and rebuilt on command. Chinese is segmented in Java (HanLP dictionary tokenizer): `words` holds the segmented
-- words (title words weighted A), `grams` the CJK character bigrams and ASCII words, so that any query of two or more
-- characters is a bigram match (pg_trgm cannot match two-character words). Both are built from arrays of lexemes
-- ('simple': no database-side parser touches Chinese). The visibility columns let the query itself filter by
-- permission: the office (staff, administrators, leaders), every member of the committee, named members, named units,
-- named accounts (a correspondent, the author of a draft).
create table search_document (
    subject_type     varchar(30) not null,
    subject_id       bigint not null,
    committee_id     bigint not null references committee (id),
    year             int,
    category         varchar(200),
    status           varchar(40) not null,
    units            text[] not null default '{}',
    reference        varchar(100),
    reply_categories varchar(20),
    title            varchar(200) not null,
    body             text not null,
    terms            text not null,
    words            tsvector not null,
    grams            tsvector not null,
    office_visible   boolean not null,
    members_visible  boolean not null,
    member_ids       bigint[] not null default '{}',
    unit_ids         bigint[] not null default '{}',
    account_ids      bigint[] not null default '{}',
    happened_on      date,
    indexed_at       timestamptz not null default now(),
    primary key (subject_type, subject_id)
);
create index search_document_grams_ix on search_document using gin (grams);
create index search_document_words_ix on search_document using gin (words);
create index search_document_committee_ix on search_document (committee_id, subject_type, year);

-- How many documents contain each word, per committee, kind, year and category: kept with every document written or
-- removed (the document's distinct words). The document frequencies of TF-IDF (similar proposals) and the counts hot
-- words are weighed by, without scanning documents.
create table search_word_count (
    committee_id bigint not null references committee (id),
    subject_type varchar(30) not null,
    year         int not null,
    category     varchar(200) not null,
    word         varchar(40) not null,
    documents    int not null,
    primary key (committee_id, subject_type, word, year, category)
);
create index search_word_count_year_ix on search_word_count (committee_id, subject_type, year, category);
