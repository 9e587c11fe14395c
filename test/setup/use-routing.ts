// Integration tests in this project connect through a neo4j:// routing URI, as a cluster or Aura client would.
process.env.SKILLGRAPH_TEST_SCHEME = "neo4j";
