// End-to-end tests boot real services; give each test room (benchmarks, not tests, measure speed).
jest.setTimeout(60_000);
