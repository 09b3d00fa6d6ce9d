-- Agenda items of imported meetings with the RIS's result (issue 17): the item's OParl id, the OParl
-- id of the consultation it treats (linked when that paper's Beratungsfolge arrives – meetings are
-- read before papers) and the result in the RIS's own words („einstimmig zugestimmt“).
alter table agenda_item add column external_id varchar(1000);
alter table agenda_item add column consultation_external_id varchar(1000);
alter table agenda_item add column result_text varchar(300);
create index ix_agenda_item_consultation_external on agenda_item (tenant_id, consultation_external_id);
create index ix_consultation_external on consultation (tenant_id, external_id);
