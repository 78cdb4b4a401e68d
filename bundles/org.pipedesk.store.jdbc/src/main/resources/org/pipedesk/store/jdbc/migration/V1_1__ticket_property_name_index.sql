-- Whether (and how many) tickets hold a value for a property is asked before its type may change:
-- an index range instead of a scan of every ticket's properties.
CREATE INDEX ticket_property_name_idx ON ticket_property (prop_name);
