-- A product's rating: the average of its published reviews (1.00 to 5.00, none without reviews)
-- and how many there are. The community capability keeps them; the catalog search filters,
-- counts and shows them.

alter table product add column rating_average numeric(3,2);
alter table product add column rating_count integer default 0 not null;
