"""Tickets to the helpdesk: a prefilled draft, a durable outbox, and delivery exactly once to a backend.

draft.prefill() builds the text from the results and the fix log; outbox.Outbox writes the ticket and a copy
of the bundle to disk before any send attempt; backends.from_policy() picks the admin-configured helpdesk.
"""
