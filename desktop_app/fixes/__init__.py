"""Fixes: declared actions (what changes, admin or not, reversible or not) with previews and verification.

Per-area fix declarations live next to this file (network.py, vpn.py, disk.py, printers.py); the engine that
previews, asks consent, elevates, applies, verifies and logs them is engine.py.
"""
