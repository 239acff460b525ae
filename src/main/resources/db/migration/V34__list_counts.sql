-- List pages count their rows with index-only scans (e.g. proposal_visible_ix, V21). An index-only scan reads the
-- table only for pages the visibility map does not mark all-visible, and only VACUUM sets those marks. With the
-- default thresholds (20 % of a table changed) a province's proposal table (≈ 290,000 rows) waits for ≈ 58,000
-- changes, and after a plenary the city's count went from 0.7 ms to 4–7 ms (3,500 heap fetches). At 2 % the tables
-- that lists count are vacuumed after a few thousand changes; each vacuum only visits the pages changed since.
alter table proposal set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02,
                          autovacuum_analyze_scale_factor = 0.02);
alter table proposal_cosigner set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
alter table handling_case set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
alter table opinion_item set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
alter table opinion_report set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
alter table micro_suggestion set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
alter table activity set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
alter table member set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);

-- The unread count in every page's menu counted a user's unread messages through the whole recipient index and the
-- table (a province's city staff: 2,905 unread messages to the office, 3.1 ms a page, more than the list's own
-- queries). Unread messages by recipient in their own small index; the menu's badge stops counting at 100 ("99+").
create index notification_unread_ix on notification (committee_id, recipient_kind, recipient_id) where read_at is null;
