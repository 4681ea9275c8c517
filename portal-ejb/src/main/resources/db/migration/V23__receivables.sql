-- Receivables: the invoice an order paid on invoice owes, with its due date from the payment
-- terms in force when it was issued, and the payments received against it. An invoice carries the
-- number of its order; a payment is known by a key unique across all invoices (the ERP's own
-- payment id, or a key the staff form made), so a repeated post is recognised, never credited twice.

create sequence customer_invoice_seq start with 1 increment by 50;

create table customer_invoice (
    id            bigint        not null,
    order_id      bigint        not null,
    customer_id   bigint        not null,
    number        varchar(24)   not null,
    issued_on     date          not null,
    due_on        date          not null,
    amount        numeric(12,2) not null,
    paid          numeric(12,2) not null,
    currency      varchar(3)    not null,
    settled_at    timestamp(6) with time zone,
    cancelled_at  timestamp(6) with time zone,
    version       bigint        not null,
    constraint pk_customer_invoice primary key (id),
    constraint uq_customer_invoice_order unique (order_id),
    constraint uq_customer_invoice_number unique (number),
    constraint fk_customer_invoice_order foreign key (order_id) references customer_order (id),
    constraint fk_customer_invoice_customer foreign key (customer_id) references customer (id),
    constraint ck_customer_invoice_paid check (paid >= 0 and paid <= amount)
);
-- an account's invoices by due date: the balance, the overdue amount and the customer's list
create index ix_customer_invoice_customer on customer_invoice (customer_id, due_on);

create sequence invoice_payment_seq start with 1 increment by 50;

create table invoice_payment (
    id                   bigint        not null,
    invoice_id           bigint        not null,
    payment_key          varchar(100)  not null,
    amount               numeric(12,2) not null,
    received_on          date          not null,
    channel              varchar(10)   not null,
    recorded_by_subject  varchar(64),
    recorded_by_name     varchar(200),
    recorded_at          timestamp(6) with time zone not null,
    constraint pk_invoice_payment primary key (id),
    constraint uq_invoice_payment_key unique (payment_key),
    constraint fk_invoice_payment_invoice foreign key (invoice_id) references customer_invoice (id),
    constraint ck_invoice_payment_amount check (amount > 0)
);
create index ix_invoice_payment_invoice on invoice_payment (invoice_id);

-- Payment terms agreed with one account (a person or a company), overriding the portal's default.
create table payment_terms (
    customer_id  bigint       not null,
    days         integer      not null,
    updated_at   timestamp(6) with time zone not null,
    updated_by   varchar(200),
    constraint pk_payment_terms primary key (customer_id),
    constraint fk_payment_terms_customer foreign key (customer_id) references customer (id),
    constraint ck_payment_terms_days check (days between 0 and 365)
);

-- the portal's default, which admins may change; beside the CRM's other settings
insert into crm_setting (name, setting_value, updated_at, updated_by)
values ('receivables.paymentTermsDays', '14', current_timestamp, 'Clientela');
