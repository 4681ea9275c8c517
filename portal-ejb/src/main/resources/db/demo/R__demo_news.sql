-- Demo news for ./run.sh only: three categories, two articles published in several languages.
-- Idempotent like the other demo data: rows are matched by slug or by the article's demo tag.

insert into news_category (id, parent_id, slug, active, version)
select next value for news_category_seq, null, 'products', true, 0
where not exists (select 1 from news_category where slug = 'products');

insert into news_category (id, parent_id, slug, active, version)
select next value for news_category_seq, p.id, 'laptops', true, 0
from news_category p
where p.slug = 'products' and not exists (select 1 from news_category where slug = 'laptops');

insert into news_category (id, parent_id, slug, active, version)
select next value for news_category_seq, null, 'company', true, 0
where not exists (select 1 from news_category where slug = 'company');

insert into news_category_name (category_id, language, name)
select c.id, n.language, n.name
from news_category c
join (values ('products', 'EN', 'Products'), ('products', 'BG', 'Продукти'), ('products', 'UK', 'Продукти'),
             ('products', 'RU', 'Продукты'), ('laptops', 'EN', 'Laptops'), ('laptops', 'BG', 'Лаптопи'),
             ('laptops', 'UK', 'Ноутбуки'), ('laptops', 'RU', 'Ноутбуки'), ('company', 'EN', 'Company news'),
             ('company', 'BG', 'Новини за компанията'), ('company', 'UK', 'Новини компанії'),
             ('company', 'RU', 'Новости компании')) as n (slug, language, name)
  on n.slug = c.slug
where not exists (select 1 from news_category_name x where x.category_id = c.id and x.language = n.language);

insert into article (id, author_subject, author_name, image_url, tags, created_at, version)
select next value for article_seq, 'c1e17e1a-0000-4000-8000-000000000003', 'Maria Ivanova', null,
       'demo-laptop,laptops', timestamp with time zone '2026-11-02 08:00:00+00', 0
where not exists (select 1 from article where tags = 'demo-laptop,laptops');

insert into article (id, author_subject, author_name, image_url, tags, created_at, version)
select next value for article_seq, 'c1e17e1a-0000-4000-8000-000000000003', 'Maria Ivanova', null,
       'demo-portal,portal', timestamp with time zone '2026-11-10 08:00:00+00', 0
where not exists (select 1 from article where tags = 'demo-portal,portal');

insert into article_category (article_id, category_id)
select a.id, c.id
from article a
join news_category c on (a.tags = 'demo-laptop,laptops' and c.slug = 'laptops')
                     or (a.tags = 'demo-portal,portal' and c.slug = 'company')
where not exists (select 1 from article_category x where x.article_id = a.id and x.category_id = c.id);

insert into article_translation (id, article_id, language, title, summary, body, slug, status, publish_at,
                                 published_at, updated_at, version)
select next value for article_translation_seq, a.id, t.language, t.title, t.summary, t.body, t.slug, 'PUBLISHED', null,
       t.published_at, t.published_at, 0
from article a
join (values
        ('demo-laptop,laptops', 'EN', 'The X1 laptop is here', 'Light, quiet and twelve hours on one charge.',
         '<p>The X1 weighs 1.1 kg and runs twelve hours on one charge.</p>', 'the-x1-laptop-is-here',
         timestamp with time zone '2026-11-03 09:00:00+00'),
        ('demo-laptop,laptops', 'BG', 'Лаптопът X1 вече е тук', 'Лек, тих и дванадесет часа с едно зареждане.',
         '<p>X1 тежи 1,1 кг и работи дванадесет часа с едно зареждане.</p>', 'лаптопът-x1-вече-е-тук',
         timestamp with time zone '2026-11-03 09:00:00+00'),
        ('demo-portal,portal', 'EN', 'Follow your orders in the portal', 'Every step of every order, in one place.',
         '<p>The new customer portal shows every step of your orders.</p>', 'follow-your-orders-in-the-portal',
         timestamp with time zone '2026-11-11 10:00:00+00'),
        ('demo-portal,portal', 'UK', 'Стежте за замовленнями на порталі', 'Кожен крок кожного замовлення в одному місці.',
         '<p>Новий портал показує кожен крок ваших замовлень.</p>', 'стежте-за-замовленнями-на-порталі',
         timestamp with time zone '2026-11-11 10:00:00+00'),
        ('demo-portal,portal', 'RU', 'Следите за заказами на портале', 'Каждый шаг каждого заказа в одном месте.',
         '<p>Новый портал показывает каждый шаг ваших заказов.</p>', 'следите-за-заказами-на-портале',
         timestamp with time zone '2026-11-11 10:00:00+00'))
     as t (tags, language, title, summary, body, slug, published_at)
  on t.tags = a.tags
where not exists (select 1 from article_translation x where x.article_id = a.id and x.language = t.language);
