from harmledger.geo.gazetteer import gazetteer
