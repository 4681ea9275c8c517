-- Payment is recorded beside the fulfilment status: an invoice paid after delivery keeps the order
-- delivered (returnable, no longer cancellable), and an approved card makes the order paid at once.
alter table customer_order add column paid_at timestamp(6) with time zone;

update customer_order set paid_at = (
    select min(s.occurred_at) from order_step s where s.order_id = customer_order.id and s.status = 'PAID');

-- PAID had replaced DELIVERED for invoices paid on delivery: such orders stand delivered again
update customer_order set status = 'DELIVERED'
where status = 'PAID'
  and exists (select 1 from order_step s where s.order_id = customer_order.id and s.status = 'DELIVERED');

-- card orders were charged at checkout but waited for staff to mark them paid
insert into order_step (order_id, step_no, status, occurred_at, actor_name, channel, note)
select o.id, (select max(s.step_no) + 1 from order_step s where s.order_id = o.id), 'PAID', o.updated_at,
       'Clientela', 'SYSTEM', null
from customer_order o
where o.payment_method = 'CARD' and o.status in ('PLACED', 'CONFIRMED');

update customer_order set status = 'PAID', paid_at = updated_at
where payment_method = 'CARD' and status in ('PLACED', 'CONFIRMED');

