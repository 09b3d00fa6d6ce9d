-- A committee whose publication was withdrawn stays on the OParl server as a deleted stub (issue 17)
alter table organization add column was_published boolean default false not null;
update organization set was_published = published;
