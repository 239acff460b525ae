-- Issue 16 (feeding the records): a question to the member on duty is converted like a studio's citizen opinion
-- (linked both ways) and followed by the citizen with a tracking code; a frontline problem names the member who
-- solved it; a memoir keeps the moment it was selected. Statistics and performance facts count these dates.
alter table duty_question drop constraint duty_question_status_check;
alter table duty_question add constraint duty_question_status_check
    check (status in ('HELD', 'OPEN', 'ANSWERED', 'CONVERTED', 'REJECTED'));
alter table duty_question add column tracking_hash varchar(64);
alter table duty_question add column converted_type varchar(30);
alter table duty_question add column converted_id bigint;
create unique index duty_question_tracking_uk on duty_question (committee_id, tracking_hash) where tracking_hash is not null;
create index duty_question_asked_ix on duty_question (committee_id, asked_at);
create index duty_question_answered_ix on duty_question (committee_id, answered_at) where status in ('ANSWERED', 'CONVERTED');

alter table frontline_problem add column solved_by_member_id bigint references member (id);
create index frontline_problem_solved_ix on frontline_problem (committee_id, solved_on) where status = 'SOLVED';

alter table memoir add column selected_at timestamptz;
update memoir set selected_at = submitted_at where status = 'SELECTED';
create index memoir_submitted_ix on memoir (committee_id, submitted_at);
create index memoir_selected_ix on memoir (committee_id, selected_at) where status = 'SELECTED';
