"""The tray application. The only package allowed to import QtWidgets and QtGui."""
