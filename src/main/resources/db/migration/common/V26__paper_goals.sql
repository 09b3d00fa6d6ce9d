-- The goals of the strategy a paper concerns (besides its version and measures).
create table paper_goal (
    paper_id bigint not null references paper (id),
    goal_id  bigint not null references goal (id),
    primary key (paper_id, goal_id)
);
create index ix_paper_goal_goal on paper_goal (goal_id);
