-- The plan in force keeps its execution state: a milestone reached or moved (with the reason) as
-- accepted status updates report it; a measure's goals keep the order the user gave them (the first
-- carries the measure's staff and money in every per-goal figure).
alter table milestone add column forecast_date date;
alter table milestone add column move_reason varchar(2000);

alter table measure_goal add column goal_order integer;
-- existing measures: their goals in code order (the rule the resource table used so far)
update measure_goal set goal_order = (
    select count(*) from measure_goal other
    join goal other_goal on other_goal.id = other.goal_id
    join goal own_goal on own_goal.id = measure_goal.goal_id
    where other.measure_id = measure_goal.measure_id and other_goal.code < own_goal.code);
alter table measure_goal alter column goal_order set not null;
