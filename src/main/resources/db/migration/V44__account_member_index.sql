-- A member's accounts are looked up for every message to the member (the e-mail and SMS channels): without this
-- index the lookup read all the committee's accounts (2 ms a message in a city with a thousand accounts).
create index if not exists user_account_member_ix on user_account (member_id) where member_id is not null;
