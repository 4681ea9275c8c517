-- Orders: what a customer bought, with the addresses and prices as they were when they ordered,
-- the steps of its lifecycle as a timeline, and the idempotency key that makes placing it twice
-- impossible.

create sequence customer_order_seq start with 1 increment by 50;

create table customer_order (
    id                 bigint        not null,
    customer_id        bigint        not null,
    -- who placed it: the customer or someone acting for them with PLACE_ORDERS
    placed_by_subject  varchar(64)   not null,
    placed_by_name     varchar(200),
    idempotency_key    varchar(64)   not null,
    status             varchar(20)   not null,
    language           varchar(2)    not null,
    delivery_method    varchar(20)   not null,
    delivery_price     numeric(12,2) not null,
    payment_method     varchar(20)   not null,
    payment_reference  varchar(80)   not null,
    payment_note       varchar(80),
    ship_recipient     varchar(120),
    ship_street        varchar(200),
    ship_postal_code   varchar(12)   not null,
    ship_city          varchar(100)  not null,
    ship_country       varchar(2)    not null,
    bill_recipient     varchar(120),
    bill_street        varchar(200),
    bill_postal_code   varchar(12)   not null,
    bill_city          varchar(100)  not null,
    bill_country       varchar(2)    not null,
    total              numeric(12,2) not null,
    currency           varchar(3)    not null,
    carrier            varchar(60),
    tracking_number    varchar(80),
    tracking_url       varchar(500),
    placed_at          timestamp(6) with time zone not null,
    updated_at         timestamp(6) with time zone not null,
    version            bigint        not null,
    constraint pk_customer_order primary key (id),
    constraint uq_customer_order_key unique (customer_id, idempotency_key),
    constraint fk_customer_order_customer foreign key (customer_id) references customer (id),
    constraint ck_customer_order_total check (total >= 0)
);
create index ix_customer_order_customer on customer_order (customer_id, placed_at desc);
create index ix_customer_order_updated on customer_order (updated_at, id);
create index ix_customer_order_status on customer_order (status, placed_at desc);

create table order_line (
    order_id   bigint        not null,
    line_no    integer       not null,
    sku        varchar(40)   not null,
    name       varchar(200)  not null,
    quantity   integer       not null,
    unit_price numeric(12,2) not null,
    vat_rate   numeric(5,2)  not null,
    total      numeric(12,2) not null,
    constraint pk_order_line primary key (order_id, line_no),
    constraint fk_order_line_order foreign key (order_id) references customer_order (id),
    constraint ck_order_line_quantity check (quantity > 0)
);
create index ix_order_line_sku on order_line (sku);

create table order_step (
    order_id    bigint       not null,
    step_no     integer      not null,
    status      varchar(20)  not null,
    occurred_at timestamp(6) with time zone not null,
    actor_name  varchar(200),
    channel     varchar(10)  not null,
    note        varchar(500),
    constraint pk_order_step primary key (order_id, step_no),
    constraint fk_order_step_order foreign key (order_id) references customer_order (id)
);
