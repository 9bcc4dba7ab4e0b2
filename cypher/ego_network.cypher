// An actor's ego network: every actor it has a relationship with, in either direction, with
// the PLOVER type, date and mode of each relationship (one row per event).
//   diplograph query --file ego_network --param name=Blinken
// @param name: actor
MATCH (a {name: $name})-[r]-(b)
WHERE r.event_id IS NOT NULL
RETURN b.name, b.type, type(r), r.date, r.mode, r.status, r.event_id
ORDER BY b.name
