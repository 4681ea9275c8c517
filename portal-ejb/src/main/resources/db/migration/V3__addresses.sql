-- The customer's address book: several addresses, one default for shipping and one for billing.

create sequence address_seq start with 1 increment by 50;

create table address (
    id               bigint       not null,
    customer_id      bigint       not null,
    label            varchar(60),
    recipient        varchar(120) not null,
    street           varchar(200) not null,
    postal_code      varchar(12)  not null,
    city             varchar(100) not null,
    country          varchar(2)   not null,
    default_shipping boolean      not null,
    default_billing  boolean      not null,
    constraint pk_address primary key (id),
    constraint fk_address_customer foreign key (customer_id) references customer (id)
);
create index ix_address_customer on address (customer_id);
