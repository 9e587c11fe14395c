// Integration tests in this project connect with the URI as given (bolt:// for the local test database).
process.env.SKILLGRAPH_TEST_SCHEME = "bolt";
