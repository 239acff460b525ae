-- ShedLock: one row per named lock; daily work locks "<job>-<day>" so that of several instances one does a day's work.
-- Times are the database's (usingDbTime), in UTC.

create table shedlock (
    name       varchar(100) not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
