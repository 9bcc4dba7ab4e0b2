// Neo4j only: cooperation versus conflict by dyad. For every pair of actors with events
// between them (either direction), how many of those events were cooperative (AGREE, CONSULT,
// SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST) and how many conflictual (ACCUSE, REJECT,
// THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT), and the balance; the busiest dyads
// first. (The embedded engine has no CASE or WITH: there, run `diplograph central --types ...`
// or query one half at a time with [r:AGREE|CONSULT|...].)
//   diplograph query --neo4j --file cooperation_conflict
MATCH (a)-[r]-(b)
WHERE r.event_id IS NOT NULL AND a.id < b.id
WITH a, b,
     count(DISTINCT CASE WHEN type(r) IN ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE',
                                          'AID', 'RETREAT', 'REQUEST']
                         THEN r.event_id END) AS cooperation,
     count(DISTINCT CASE WHEN type(r) IN ['ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION',
                                          'MOBILIZE', 'COERCE', 'ASSAULT']
                         THEN r.event_id END) AS conflict
RETURN a.name AS actor_a, b.name AS actor_b, cooperation, conflict,
       cooperation - conflict AS balance
ORDER BY cooperation + conflict DESC, actor_a, actor_b
LIMIT 25
