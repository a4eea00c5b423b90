"""What the onboarding CLI, the wizard and the tray menu say, declared here so the text is translated with the
onboarding area (resources/i18n/onboarding_fr.ts) wherever it is shown."""

from __future__ import annotations

from desktop_app.i18n import N_

MENU_PENDING = N_("First-day &checklist")
MENU_RERUN = N_("Re-run the first-day &checklist")
NO_CHECKLIST = N_("Your IT department has not defined an onboarding checklist.")
TO_DO = N_("To do")
ALL_DONE = N_("All done. Welcome!")
LEFT = (N_("{count} item still needs attention."), N_("{count} items still need attention."))  # tr_plural
NOT_SAVED = N_("The result could not be saved (is the disk full?).")
ROLE_DETECTED = N_("Checklist for: {role} (from your groups)")
ROLE_CHOSEN = N_("Checklist for: {role}")
RESET_LINK = N_("Reset your password")
RESET_AT = N_("Reset your password at {url}")
REPORT_SENT = N_("IT was told ({ref}).")  # ref: "#4201", "INC0010001" or "by e-mail to ..."
REPORT_SAVED = N_("IT has a summary of your checklist: saved, it will be sent as soon as you are online.")
REPORT_FAILED = N_("The summary for IT is saved but could not be sent: {error}")
REPORT_NONE = N_("No helpdesk is configured, so IT was not told automatically.")
REPORT_TITLE = (N_("Onboarding: {count} item needs attention"), N_("Onboarding: {count} items need attention"))
REPORT_TITLE_DONE = N_("Onboarding complete")
CHECKING = (N_("Checking {count} item…"), N_("Checking {count} items…"))
CHECKING_ONE = N_("Checking…")
CHECKED = N_("{done} of {count} checked…")
