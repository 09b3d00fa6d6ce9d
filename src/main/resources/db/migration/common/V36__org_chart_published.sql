-- Org units as OParl Organizations of type "Verwaltungsbereich" where the municipality publishes
-- its organisation chart (issue 17); org units get their own created/modified times for OParl.
alter table body add column org_chart_published boolean default false not null;
alter table org_unit add column created timestamp with time zone;
alter table org_unit add column modified timestamp with time zone;
update org_unit set created = current_timestamp, modified = current_timestamp;
alter table org_unit alter column created set not null;
alter table org_unit alter column modified set not null;
create index ix_org_unit_oparl on org_unit (tenant_id, id);
