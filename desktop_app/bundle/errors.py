"""Bundle errors: each message is one line for the user."""

from __future__ import annotations


class BundleError(ValueError):
    """A bundle that cannot be read or made."""


class BundleTooLargeError(BundleError):
    """The manifest, results and reports alone are above the size cap."""


class BundleWriteError(OSError):
    """The bundle could not be written (missing folder, no permission, disk full); ``strerror`` says why."""
