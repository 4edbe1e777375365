"""Usage analytics: privacy-safe counts of page views and downloads.

Flow: PageViewMiddleware and the object_downloaded receiver build an event (no IP address: a visitor
key hashed with SECRET_KEY and the date, the country looked up offline, the referring site's host)
and queue it in the process's memory; a writer thread stores the queue in PostgreSQL in batches, every
couple of seconds and at exit (buffer.py), so no event depends on Redis surviving. Beat jobs then roll
events up into daily, monthly and yearly tables (rollups_update, hourly) and delete raw events past
USAGE_RETENTION_DAYS (events_prune, nightly).
The staff dashboard at /staff/usage/ and the staff API at /api/v1/usage/ read only the roll-ups.
`manage.py usage_synthetic` makes demo traffic; bench/usage_rollup.py times a million-event roll-up.
"""
