"""Pure parsers: text of a recorded command in, plain JSON-serialisable data out. They never raise."""
