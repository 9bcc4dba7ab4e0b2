// Brokers: actors that join two others who have no event together. Each row counts the
// (ordered) pairs an actor bridges through events it shares with both. For a ranking by
// betweenness over longer chains, use `diplograph central --measure betweenness`.
//   diplograph query --file brokers
MATCH (a)<-[:PARTICIPANT|SOURCE|TARGET]-(e1:Event)-[:PARTICIPANT|SOURCE|TARGET]->(broker)
MATCH (broker)<-[:PARTICIPANT|SOURCE|TARGET]-(e2:Event)-[:PARTICIPANT|SOURCE|TARGET]->(b)
WHERE a.id <> b.id AND NOT EXISTS { MATCH (a)<-[:PARTICIPANT|SOURCE|TARGET]-(e3:Event)-[:PARTICIPANT|SOURCE|TARGET]->(b) }
RETURN broker.name, broker.type, COUNT(b) AS bridged
ORDER BY bridged DESC, broker.name
LIMIT 10
