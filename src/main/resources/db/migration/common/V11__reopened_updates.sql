-- Issue 4: the coordination may reopen a single update of a closed round for a late change.
alter table status_update add column reopened boolean default false not null;
