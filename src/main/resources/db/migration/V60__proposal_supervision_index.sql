-- A proposal's page asks whether it has supervision records (and reads them): by proposal, not by scanning every
-- committee's records.
create index proposal_supervision_proposal_ix on proposal_supervision (proposal_id, held_on, id);
