-- History brought in (历史数据导入): a committee's past records imported from .xlsx with their real dates. Each imported
-- row is flagged, says who imported it and when, and is read-only: triggers refuse every later change to it and every
-- row added under it (SQLSTATE TX409, mapped to HTTP 409 with the trigger's Chinese message). The import itself
-- writes under the transaction-local setting tongxin.history_import = 'on'.

create table history_import (
    id           bigserial primary key,
    committee_id bigint not null references committee (id),
    kind         varchar(30) not null,
    file_name    varchar(200),
    records      int not null,
    years        varchar(200) not null,
    imported_by  varchar(50) not null,
    imported_at  timestamptz not null
);
create index history_import_committee_ix on history_import (committee_id, imported_at desc);

-- Subjects (by type and id) that came in by import: outcomes and other subject-addressed rows look them up here.
create table imported_subject (
    committee_id bigint not null references committee (id),
    subject_type varchar(30) not null,
    subject_id   bigint not null,
    import_id    bigint not null references history_import (id),
    primary key (subject_type, subject_id)
);

alter table proposal add column imported boolean not null default false;
alter table proposal add column imported_by varchar(50);
alter table proposal add column imported_at timestamptz;
alter table handling_case add column imported boolean not null default false;
alter table handling_case add column imported_by varchar(50);
alter table handling_case add column imported_at timestamptz;
alter table handling_assignment add column imported boolean not null default false;
alter table opinion_report add column imported boolean not null default false;
alter table opinion_report add column imported_by varchar(50);
alter table opinion_report add column imported_at timestamptz;
alter table opinion_item add column imported boolean not null default false;
alter table bulletin add column imported boolean not null default false;
alter table activity add column imported boolean not null default false;
alter table activity add column imported_by varchar(50);
alter table activity add column imported_at timestamptz;
alter table activity_output add column imported boolean not null default false;
alter table activity_output add column imported_by varchar(50);
alter table activity_output add column imported_at timestamptz;

create function history_importing() returns boolean language sql stable as $$
    select coalesce(current_setting('tongxin.history_import', true), '') = 'on'
$$;

-- On an imported row itself: no update, no delete. TG_ARGV[0] names the record for the message.
create function refuse_imported_row() returns trigger language plpgsql as $$
begin
    if old.imported and not history_importing() then
        raise exception using errcode = 'TX409', message = TG_ARGV[0] || '为历史导入记录，只读，不能修改';
    end if;
    return case when TG_OP = 'DELETE' then old else new end;
end $$;

-- On a row under a parent (TG_ARGV[1] = parent table, TG_ARGV[2] = the column holding the parent's id): nothing added,
-- changed or removed under an imported parent.
create function refuse_under_imported() returns trigger language plpgsql as $$
declare
    parent_id bigint;
    imported  boolean;
begin
    if history_importing() then
        return case when TG_OP = 'DELETE' then old else new end;
    end if;
    parent_id := (case when TG_OP = 'DELETE' then to_jsonb(old) else to_jsonb(new) end) ->> TG_ARGV[2];
    execute format('select imported from %I where id = $1', TG_ARGV[1]) into imported using parent_id;
    if imported then
        raise exception using errcode = 'TX409', message = TG_ARGV[0] || '为历史导入记录，只读，不能修改';
    end if;
    return case when TG_OP = 'DELETE' then old else new end;
end $$;

-- On a row addressed by subject type and id (outcomes): nothing added to an imported subject.
create function refuse_imported_subject() returns trigger language plpgsql as $$
begin
    if not history_importing() and exists (select 1 from imported_subject s
                                            where s.subject_type = new.subject_type and s.subject_id = new.subject_id) then
        raise exception using errcode = 'TX409', message = '该记录为历史导入记录，只读，不能再登记';
    end if;
    return new;
end $$;

create trigger proposal_imported_ro before update or delete on proposal
    for each row execute function refuse_imported_row('该提案');
create trigger handling_case_imported_ro before update or delete on handling_case
    for each row execute function refuse_imported_row('该办理事项');
create trigger handling_assignment_imported_ro before update or delete on handling_assignment
    for each row execute function refuse_imported_row('该交办');
create trigger opinion_report_imported_ro before update or delete on opinion_report
    for each row execute function refuse_imported_row('该社情民意信息');
create trigger opinion_item_imported_ro before update or delete on opinion_item
    for each row execute function refuse_imported_row('该编发稿');
create trigger bulletin_imported_ro before update or delete on bulletin
    for each row execute function refuse_imported_row('该期刊物');
create trigger activity_imported_ro before update or delete on activity
    for each row execute function refuse_imported_row('该活动');
create trigger activity_output_imported_ro before update or delete on activity_output
    for each row execute function refuse_imported_row('该成果');

create trigger proposal_cosigner_imported_ro before insert or update or delete on proposal_cosigner
    for each row execute function refuse_under_imported('该提案', 'proposal', 'proposal_id');
create trigger proposal_key_leader_imported_ro before insert or update or delete on proposal_key_leader
    for each row execute function refuse_under_imported('该提案', 'proposal', 'proposal_id');
create trigger proposal_supervision_imported_ro before insert or update or delete on proposal_supervision
    for each row execute function refuse_under_imported('该提案', 'proposal', 'proposal_id');
create trigger handling_assignment_case_imported_ro before insert on handling_assignment
    for each row execute function refuse_under_imported('该办理事项', 'handling_case', 'case_id');
create trigger handling_rater_imported_ro before insert or update or delete on handling_rater
    for each row execute function refuse_under_imported('该办理事项', 'handling_case', 'case_id');
create trigger handling_reply_imported_ro before insert or update or delete on handling_reply
    for each row execute function refuse_under_imported('该办理事项', 'handling_case', 'case_id');
create trigger handling_rating_imported_ro before insert or update or delete on handling_rating
    for each row execute function refuse_under_imported('该办理事项', 'handling_case', 'case_id');
create trigger handling_request_imported_ro before insert or update or delete on handling_request
    for each row execute function refuse_under_imported('该交办', 'handling_assignment', 'assignment_id');
create trigger handling_contact_imported_ro before insert or update or delete on handling_contact
    for each row execute function refuse_under_imported('该交办', 'handling_assignment', 'assignment_id');
create trigger handling_opinion_imported_ro before insert or update or delete on handling_opinion
    for each row execute function refuse_under_imported('该交办', 'handling_assignment', 'assignment_id');
create trigger handling_urge_imported_ro before insert or update or delete on handling_urge
    for each row execute function refuse_under_imported('该交办', 'handling_assignment', 'assignment_id');
create trigger opinion_author_imported_ro before insert or update or delete on opinion_author
    for each row execute function refuse_under_imported('该社情民意信息', 'opinion_report', 'report_id');
create trigger opinion_forward_imported_ro before insert or update or delete on opinion_forward
    for each row execute function refuse_under_imported('该编发稿', 'opinion_item', 'item_id');
create trigger bulletin_item_imported_ro before insert or update or delete on bulletin_item
    for each row execute function refuse_under_imported('该期刊物', 'bulletin', 'bulletin_id');
create trigger activity_invitee_imported_ro before insert or update or delete on activity_invitee
    for each row execute function refuse_under_imported('该活动', 'activity', 'activity_id');
create trigger activity_attendance_imported_ro before insert or update or delete on activity_attendance
    for each row execute function refuse_under_imported('该活动', 'activity', 'activity_id');
create trigger activity_link_imported_ro before insert or update or delete on activity_link
    for each row execute function refuse_under_imported('该活动', 'activity', 'activity_id');
create trigger activity_output_activity_imported_ro before insert on activity_output
    for each row execute function refuse_under_imported('该活动', 'activity', 'activity_id');
create trigger activity_output_author_imported_ro before insert or update or delete on activity_output_author
    for each row execute function refuse_under_imported('该成果', 'activity_output', 'output_id');
create trigger outcome_adoption_imported_ro before insert on outcome_adoption
    for each row execute function refuse_imported_subject();
create trigger outcome_instruction_imported_ro before insert on outcome_instruction
    for each row execute function refuse_imported_subject();
