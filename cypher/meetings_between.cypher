// Meetings between two actors: every CONSULT event (meeting, visit, hosting, call, video call)
// with both among its participants, earliest first, with its mode, place and how many
// articles report it.
//   diplograph query --file meetings_between --param a="Antony Blinken" --param b="Qin Gang"
// @param a: actor
// @param b: actor
MATCH (x)<-[:PARTICIPANT]-(e:Event)-[:PARTICIPANT]->(y)
WHERE x.name = $a AND y.name = $b AND e.type = 'CONSULT'
RETURN e.date, e.mode, e.status, e.location, e.reports, e.id
ORDER BY e.date_start, e.date
