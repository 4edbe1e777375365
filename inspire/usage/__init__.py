"""Usage analytics: privacy-safe counts of page views and downloads.

Flow: PageViewMiddleware and the object_downloaded receiver build an event (no IP address: a visitor
key hashed with SECRET_KEY and the date, the country looked up offline, the referring site's host)
and push it to a Redis list, or to an in-process buffer without Redis. Beat jobs then move events
into the database (events_flush, every minute), roll them up into daily, monthly and yearly tables
(rollups_update, hourly) and delete raw events past USAGE_RETENTION_DAYS (events_prune, nightly).
The staff dashboard at /staff/usage/ and the staff API at /api/v1/usage/ read only the roll-ups.
`manage.py usage_synthetic` makes demo traffic; bench/usage_rollup.py times a million-event roll-up.
"""
