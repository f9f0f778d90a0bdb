-- The mails link to an article's address on the site (pressline.site-url) by its slug, and to paid content only
-- through sponsor-service's click redirect there, so neither the canonical URL nor the advertiser's link is kept.
alter table articles add column slug text;
-- article-service's canonical URLs end in the slug (<site>/artikler/<slug>) unless an editor set another; the next
-- event of such an article puts its slug right.
update articles set slug = substring(url from '([^/]*)/?$');
alter table articles alter column slug set not null;
alter table articles drop column url;

alter table placements drop column link_url;
