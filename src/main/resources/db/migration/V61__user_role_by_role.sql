-- The office of a committee (its staff and administrators: every message to the office, its addressees looked up in
-- notification's delivery) is found from its roles. user_role's primary key leads with the account, so "who has the
-- role ADMIN or STAFF" read every role row of every committee (a sequential scan: 1.3 ms at 8,000 accounts, growing with
-- the province's members). This index reads only the office's rows; the account id in it serves the join.
create index user_role_role_ix on user_role (role, user_account_id);
