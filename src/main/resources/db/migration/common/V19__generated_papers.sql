-- A paper generated from the plan remembers where it came from (a strategy version, a progress
-- report, a measure's decision needed), the "in Kraft ab" day its proposal names, and the tables
-- of figures computed when it was generated (JSON): they never change afterwards.
alter table paper add column origin varchar(30);
alter table paper add column origin_id bigint;
alter table paper add column in_force_from date;
alter table paper add column figures varchar(100000);
