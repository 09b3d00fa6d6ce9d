-- A counter per municipality raised in the same transaction as every change of its data
-- (TenantRevisions, issue 17): the OParl server answers a conditional GET from it without building
-- the page. No foreign key: a counter of a removed municipality is harmless, and tests that remove
-- their municipalities need not know it.
create table tenant_revision (
    tenant_id bigint not null primary key,
    revision  bigint not null,
    changed   bigint not null -- epoch milliseconds of the last change
);
-- existing data changed at some unknown time before now: now is the safe answer
insert into tenant_revision (tenant_id, revision, changed)
select id, 1, cast(extract(epoch from current_timestamp) * 1000 as bigint) from body;
