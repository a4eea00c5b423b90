"""SelfDesk: guided IT self-help for employees, on Windows, macOS and Linux."""

__version__ = "0.1.0"
