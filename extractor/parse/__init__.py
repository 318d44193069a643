"""Section parsers: one module per kind of section, each turning lines into table rows."""
