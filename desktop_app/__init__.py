"""SelfDesk: guided IT self-help for employees, on Windows, macOS and Linux."""

import logging

__version__ = "0.1.0"

# Records go to the app log once applog.setup() runs; until then (library use, benchmarks) they are not
# printed to stderr by logging's last-resort handler.
logging.getLogger(__name__).addHandler(logging.NullHandler())
