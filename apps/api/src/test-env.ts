// Configuration for unit tests that import the application module without starting it.
process.env['DATABASE_URL'] ??= 'postgres://unused@127.0.0.1:1/unused';
process.env['JWT_SECRET'] ??= 'unit-test-secret-that-is-long-enough';
