-- An activity's status is explicit: 报名中 / 报名截止 / 已归档 are stored (进行中 and 已结束 follow from its times);
-- the sign-up flag it replaces goes. Archiving (归档) fixes attendance: absences are published then.
alter table activity add column closed_at timestamptz;
update activity set status = case when signup_open then 'SIGNUP_OPEN' else 'SIGNUP_CLOSED' end where status = 'PLANNED';
alter table activity alter column status set default 'SIGNUP_OPEN';
alter table activity drop column signup_open;
alter table activity add constraint activity_status_ck check (status in ('SIGNUP_OPEN', 'SIGNUP_CLOSED', 'CLOSED', 'CANCELLED'));
-- the daily closing looks for activities still open after their end
create index activity_open_end_ix on activity (ends_at) where status in ('SIGNUP_OPEN', 'SIGNUP_CLOSED');

alter table consultation_plan_item add constraint consultation_plan_item_status_ck check (status in ('PLANNED', 'DONE', 'FEEDBACK'));
