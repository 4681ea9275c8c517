-- The staff queue's order in columns the entity keeps, so that an index holds it and the queue
-- reads its first rows instead of sorting every open case: the priority's rank (0 = urgent) while
-- the case is open or pending, none once solved; and the due time of the clock that runs now.
alter table support_case add column queue_rank integer;
alter table support_case add column next_due timestamp(6) with time zone;
update support_case
   set queue_rank = case priority when 'URGENT' then 0 when 'HIGH' then 1 when 'NORMAL' then 2 else 3 end,
       next_due = case when category is null then null
                       when first_answered_at is null then first_answer_due
                       else resolution_due end
 where status <> 'SOLVED';
create index ix_support_case_queue on support_case (queue_rank, next_due, opened_at, id);
