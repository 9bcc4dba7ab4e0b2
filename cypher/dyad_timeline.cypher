// Everything that happened between two actors, of any type, earliest first. The roles say
// who did what: a_role SOURCE and b_role TARGET means $a acted on $b; PARTICIPANT marks a
// symmetric event (meeting, agreement, cooperation). Sorted on date_start first: on Neo4j a
// day is a Cypher date and a month a string, which do not sort together.
//   diplograph query --file dyad_timeline --param a=China --param b="United States"
// @param a: actor
// @param b: actor
MATCH (x)<-[p]-(e:Event)-[q]->(y)
WHERE x.name = $a AND y.name = $b
RETURN e.date, e.type, e.mode, type(p) AS a_role, type(q) AS b_role, e.status, e.reports, e.id
ORDER BY e.date_start, e.date
