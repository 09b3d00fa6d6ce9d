-- A progress report's introduction per round (prefilled from the strategy's standard text), and
-- its approval (Freigabe) by a named person before it counts as released.
alter table reporting_round add column report_intro varchar(20000);
alter table progress_report add column approved_by varchar(200);
alter table progress_report add column approved_on date;

-- A measure added to the version in force outside the adopted plan (überplanmäßig).
alter table measure add column unplanned boolean default false not null;
