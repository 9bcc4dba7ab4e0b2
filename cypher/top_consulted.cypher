// Who meets most: actors ranked by the number of CONSULT events (meetings, visits, calls)
// they took part in.
//   diplograph query --file top_consulted
MATCH (e:Event)-[:PARTICIPANT]->(a)
WHERE e.type = 'CONSULT'
RETURN a.name, a.type, COUNT(e) AS consultations
ORDER BY consultations DESC, a.name
LIMIT 10
