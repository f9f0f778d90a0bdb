-- Until when an unapproved request for an exclusive product holds its days; null for the other products. After it,
-- the request has lapsed (shown as HOLD_EXPIRED) and is marked so before another booking takes the days.
alter table booking add column hold_until timestamptz;

-- Requests already waiting get the default hold (pressline.sponsor.bookings.hold-for) from when they were made.
update booking set hold_until = created_at + interval '3 days' where status = 'REQUESTED' and slot_range is not null;

-- Counting an advertiser's open requests against its cap.
create index booking_open_requests on booking (advertiser_id) where status = 'REQUESTED';
