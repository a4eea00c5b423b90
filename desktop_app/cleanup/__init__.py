"""Allow-listed cleanup: categories per OS, sizing within a time budget, safe deletion, OS trash."""
