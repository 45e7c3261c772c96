### Screen and terminal texts (en)

option-unknown = Don't know / prefers not to say
priority-emergency = Emergency
priority-urgent = Urgent
priority-standard = Standard
local-service-hours = Check the hours in this desk's own notes.
local-service-expect = A local contact added by this desk.
check-before-use = Check before use: this entry is old or unconfirmed.
list-separator = { ", " }
locale-status-reference = Reference language
locale-status-reviewed = Reviewed translation
locale-status-draft = Draft translation (not reviewed)
assured-on = Checked on { $date }
contact-in-person-local = In person at the nearest office (it differs by area)
language-fit-native = There is a contact staffed in { $language }
language-fit-interpreter = The service provides an interpreter (e.g. a three-way call), so { $language } can be used
language-fit-unknown = The sources do not say whether { $language } can be used
language-fit-none = Not available in { $language } (the sources list other languages only)
language-fit-contact = In { $language }, use this contact first
language-fit-advice = If { $language } cannot be used, staff call together with the client and explain in Japanese. Where the service offers interpretation (e.g. a three-way call), ask for it.
ui-card-language-fit = Language support
directory-fit-language = Client language (language support shown for it)

## madoguchi walk

walk-title = Consultation (staff: { $staff } / client: { $client })
walk-choose-one = Type a number.
walk-choose-many = Type every number that applies, separated by spaces.
walk-back-hint = Type 0 to go back to the previous question.
walk-invalid = That number cannot be chosen. Please try again.
walk-progress = Question { $number }
walk-results = Referrals
walk-no-referrals = No referrals.
walk-why = Why
walk-source = Source
walk-hours = Hours
walk-ended = Input ended, so the consultation was stopped. Nothing was saved.

## madoguchi route (for people)

route-heading = { $count ->
    [one] One referral
   *[other] { $count } referrals
}
route-rules = Rules: { $rules }

## Desktop app

# The emergency numbers strip, always shown
ui-strip-label = Emergency numbers
ui-strip-police = Police 110
ui-strip-ambulance = Ambulance and fire 119
ui-hide = Hide screen
ui-keys-help = Number keys 1–9 choose. Backspace or Alt+← goes back. Press Esc twice to blank the screen and erase the consultation at once.

# Start screen
ui-start-title = Start a consultation
ui-start-staff-lang = Staff language
ui-start-client-lang = Client language
ui-start-mode = Kind of consultation
ui-mode-live = Real consultation
ui-mode-training = Training (not counted in statistics)
ui-start-privacy = Nothing is recorded until you press Save. Only categories that identify no one are saved.
ui-start-begin = Start the consultation

# Question screen
app-progress = Question { $number } of about { $total }
ui-choose-many = Choose everything that applies, then press Next.
ui-back = Back
ui-error-title = This could not be done
ui-error-detail = Details (for whoever looks after the desk):
ui-error-back = Back to the start screen
ui-next = Next
ui-emergency-title = Call now

# Result screen
ui-result-title = Referrals
ui-result-none = These answers lead to no referral.
ui-result-answers = Answers given
ui-result-slip = Show the referral slip
ui-result-save = Save and finish
ui-card-contact = Contact
ui-contact-open-failed = This computer could not open it. Dial or type what is shown by hand.
ui-card-hours = Hours
ui-card-free-call = Call charge
ui-free-call-yes = Free
ui-free-call-no = Charged
ui-free-call-partly = Partly free
ui-free-call-unconfirmed = Not confirmed
ui-card-anonymous = Anonymous contact
ui-anonymous-yes = Accepted
ui-anonymous-no = Not accepted
ui-anonymous-partly = Depends
ui-anonymous-unconfirmed = Not confirmed
ui-card-languages = Languages
ui-languages-unconfirmed = (languages not confirmed)
ui-card-expect = What to expect
ui-card-why = Why this referral
ui-card-source = Source:
ui-card-checked = Details checked

# Referral slip
ui-slip-title = Referral slip
ui-slip-intro = You can contact the places below. Whether the call costs money, and whether you can stay anonymous, is shown for each place.
ui-slip-print = Print

# Save screen
ui-save-title = Save the record
ui-save-training = Saved as a training record. It is not counted in statistics.
ui-save-privacy = No name, contact details, address, birth date or free text is saved.
ui-save-outcome = Outcome
ui-outcome-referred = Referred
ui-outcome-referred_with_handover = Referred and handed over
ui-outcome-information_only = Information only
ui-outcome-client_declined = Client declined
ui-outcome-interrupted = Interrupted
ui-save-interpreter = An interpreter was used
ui-save-consent = The client agreed to the handover
ui-save-region = Region of nationality (for statistics; no country is recorded)
ui-region-none = Not answered / not known
ui-region-east_asia = East Asia
ui-region-southeast_asia = Southeast Asia
ui-region-south_asia = South Asia
ui-region-central_asia = Central Asia
ui-region-middle_east = Middle East
ui-region-europe = Europe
ui-region-north_america = North America
ui-region-latin_america = Latin America
ui-region-africa = Africa
ui-region-oceania = Oceania
ui-save-submit = Save and clear the screen
ui-save-unavailable = Saving is not possible because the log file cannot be used. Referrals still work.
ui-save-error-consent = "Handed over" needs the client's consent.
ui-save-error-no-referral = There is no referral, so "Referred" cannot be chosen.
ui-save-error-data = This consultation could not be saved.
ui-save-error-log = The log file could not be written. Contact your administrator.
ui-saved = Saved. The consultation has been erased from the screen.
ui-blank-title = Screen hidden
ui-new-consultation = Start a new consultation

# Problems found at startup
ui-problem-file = File:
ui-problem-details = Problems found
ui-problem-todo = What to do
ui-problem-continue = Understood, continue
ui-problem-override-title = The site override file has errors
ui-problem-override-what = The local contacts this desk added or changed are not loaded. Only the nationwide contacts are shown.
ui-problem-override-todo = Contact your administrator to fix the lines above (check with: madoguchi validate --override FILE). Then restart the app.
ui-problem-settings-title = The settings file has errors
ui-problem-settings-what = The settings file was not read; the defaults are used (such as clearing after 5 minutes idle).
ui-problem-settings-todo = Contact your administrator to fix the lines above. Then restart the app.
ui-problem-log-title = Records cannot be saved
ui-problem-log-damaged = The log file is damaged, so it was opened read-only.
ui-problem-log-not-a-log = The log file's place holds a file of another program. It was opened read-only.
ui-problem-log-newer-schema = The log file was made by a newer version of Madoguchi. It was opened read-only.
ui-problem-log-unavailable = The log file could not be opened.
ui-problem-log-todo = Consultations and referrals work, but nothing can be saved. Do not delete the file; contact your administrator, who moves it somewhere safe and restarts the app.
ui-problem-data-title = The app's data is damaged
ui-problem-data-what = The built-in data failed its checks, so no consultation can start.
ui-problem-data-todo = Reinstall the app. If that does not help, contact your administrator.

## Training

train-title = Training case: { $case } ({ $difficulty })
train-vignette = For the person playing the client ({ $lang }):
train-start = Now run the consultation as usual.
train-debrief = Debrief
train-score = Expected referrals given: { $hit } of { $expected }
train-hit = Given as expected
train-missed = Missed
train-must-not = Given, but must not be
train-extra = Not needed (no harm)
train-none = (none)
train-emergency = Emergency
train-emergency-not-needed = This case needs no emergency referral, and none was given.
train-emergency-handled = Handled first: danger was asked first, and { $services } came first.
train-emergency-missed = Missed: this case needs { $services } first.
train-emergency-not-first = { $services } was given, but danger was not the first question answered.
train-emergency-unneeded = An emergency number was given that this case does not need.
train-mattered = Questions that mattered
train-mattered-lost = Without this answer, these would be missing: { $services }
train-mattered-gained = Without this answer, these would be added: { $services }
train-mattered-priority = Without this answer, the priority of these would change: { $services }
train-answer-differed = Your answer was different from the case.
train-expected = Why each expected referral
train-given = given
train-not-given = not given
train-passed = Passed: nothing missed, nothing wrong given, emergencies handled.
train-review = Go through the points above with the trainer.
train-notes = Teaching notes
train-list-heading = Training cases ({ $count })
train-difficulty-intro = Introductory
train-difficulty-intermediate = Intermediate
train-difficulty-advanced = Advanced
train-saved = The result of this run was saved to { $path } (apart from live records; no names are saved).
train-route-trafficking = Human trafficking
train-route-sexual_crime_8103 = Sexual crime (#8103)
train-route-child_189 = Child abuse (189)
train-route-one_stop = One-Stop Center
train-route-iom_return = IOM return support
train-route-immigration = Immigration
train-route-labour = Labour
train-route-residence = Residence status
train-route-discrimination = Discrimination
train-route-online_images = Online images
train-route-domestic_violence = Domestic violence
train-route-emergency = Emergency (110/119)
train-route-unknown_answers = Unknown answers

## Directory screen

directory-open-now = Open now (24 hours or online)
directory-open-unknown = Unknown — check the hours
directory-origin-shipped = Shipped
directory-origin-overridden = Changed by this site
directory-origin-local = Added by this site
directory-title = Directory of services
directory-search = Search (name or description)
directory-concern = Concern
directory-language = Language
directory-any = Any
directory-free-call = Free call only
directory-anonymous = Anonymous only
directory-open-only = Open now only
directory-shown = Services shown
directory-none = No service matches these filters.
directory-reachable = Open now
directory-sources = Sources
directory-confidence = Confidence
directory-confidence-high = High
directory-confidence-medium = Medium
directory-confidence-low = Low
directory-confidence-unconfirmed = Unconfirmed
directory-serves = Serves
directory-origin = Entry

# Records screen
records-title = Saved records
records-note = Real consultations only, newest first; training records are not shown. A record holds categories only: nothing that identifies anyone.
records-total = Records
records-none = No records have been saved yet.
records-unavailable = The log cannot be read, so no records can be shown.
records-referrals = Referred to
records-no-referrals = No referral
records-previous = Previous page
records-next = Next page
records-page = Page

# Reports screen: categories and dimensions the flow does not label
report-month = Month
report-total = Total
report-unknown = Unknown
report-not-applicable = Not applicable (Japanese client)
report-no-service = No referral
report-yes = Yes
report-no = No
report-outcome-referred = Referred
report-outcome-referred_with_handover = Referred and handed over
report-outcome-information_only = Information only
report-outcome-client_declined = Client declined
report-outcome-interrupted = Interrupted
report-region-east_asia = East Asia
report-region-southeast_asia = Southeast Asia
report-region-south_asia = South Asia
report-region-central_asia = Central Asia
report-region-middle_east = Middle East
report-region-europe = Europe
report-region-north_america = North America
report-region-latin_america = Latin America
report-region-africa = Africa
report-region-oceania = Oceania
report-dimension-age_group = Age group
report-dimension-gender = Gender
report-dimension-nationality = Nationality
report-dimension-region = Nationality region
report-dimension-residence = Residence status
report-dimension-concern = Concern
report-dimension-danger = In danger
report-dimension-service = Referral destination
report-dimension-outcome = Outcome
report-dimension-handover_consent = Consent to handover
report-dimension-interpreter = Interpreter
report-dimension-staff_lang = Staff language
report-dimension-client_lang = Client language
report-dimension-desk = Desk

## Reports screen

reports-title = Reports
reports-note = Counts of real consultations by month; training runs are never counted. Small counts are hidden, and so is any other cell from which a hidden count could be worked out.
reports-dimension = Count by
reports-second-dimension = Then by
reports-no-second = Nothing else
reports-loading = Counting…
reports-records = Consultations in the period
reports-empty = No consultation was saved in this period.
reports-unavailable = The log cannot be read, so there is nothing to report.
reports-bar-title = Whole period
reports-line-title = Month by month
reports-line-note = The total and the categories with the largest counts. A gap in a line is a hidden count.
reports-table-title = Table
reports-export = Export as CSV…
reports-export-dialog = Save the report as a CSV file
reports-export-filter = CSV file
reports-exported = Saved to
reports-export-records = Consultations counted
reports-export-cancelled = Nothing was saved.
reports-export-failed = The report could not be saved:

## Settings screen

settings-title = Settings
settings-note = These settings are kept in the data folder of this computer only.
settings-data-dir = Data folder
settings-desk = Desk label
settings-staff-lang = Staff language at start
settings-client-lang = Client language at start
settings-idle = Clear an open consultation after this many seconds without input
settings-retention = Keep records for this many years
settings-save = Save settings
settings-saved = Settings saved.
settings-not-saved = The settings were not saved:
settings-error-idle = The idle time must be a whole number of seconds from 2 to 3600.
settings-error-retention = Records must be kept for 1 to 10 years.
settings-error-language = That language is not available.
settings-error-write = The settings file could not be written:
settings-log = Referral log
settings-log-writable = Working: consultations can be saved.
settings-log-closed = Read-only: nothing can be saved or deleted (see the message shown at start).
settings-log-records = Records in the log
settings-purge-title = Delete old records
settings-purge-cutoff = Records from before this day are deleted
settings-purge-count = Records to delete
settings-purge-training = Training results to delete
settings-purge-button = Delete old records…
settings-purge-yes = Yes, delete them
settings-purge-no = Cancel
settings-purge-done = Records deleted
settings-purge-nothing = No record is older than the retention period.
settings-purge-failed = The records could not be deleted:
settings-purge-changed = Nothing was deleted: the numbers changed after you checked them (for example, the date changed). Check the new numbers, then delete again.
settings-override-title = Site override file
settings-override-path = File
settings-override-absent = There is no override file: the shipped directory is used.
settings-override-loaded = Read and valid: in use.
settings-override-invalid = Invalid, so not in use: the shipped directory is used instead. Fix these lines, then restart the app.
settings-override-local = Services added by this site
settings-override-changed = Services changed by this site
settings-check-title = Data check
settings-check-ok = All checks passed.
settings-check-failed = Problems were found:
settings-check-questions = Questions
settings-check-rules = Rules
settings-check-services = Services
settings-check-languages = Languages
settings-check-again = Check again
settings-check-restart = A changed override file is used after the app is restarted.
ui-keys-tools = On this screen: Alt+D directory, Alt+R saved records, Alt+T reports, Alt+S settings.

## Reports: fixed publication periods and hidden cells
report-hidden-legend = X: not shown. Fewer than { $k } in some month of the fiscal year (zero included), or hidden so that such a count cannot be worked out.
reports-period = Period
reports-period-fiscal-years = Fiscal years (April to March)
reports-period-quarters = Quarters
reports-period-months = Months
reports-fiscal-year = FY{ $year } (April–March)
reports-fiscal-quarter = FY{ $year } Q{ $quarter }
reports-period-note = Statistics are published for months, quarters and fiscal years only, never for other ranges: a hidden count could otherwise be worked out by subtracting one range from another.
ui-problem-log-empty = The log file is empty (0 bytes): what it held is gone. It was not made into a new log; it was opened read-only.
ui-problem-log-cannot-write = The log file or its folder cannot be written here (no permission, or a read-only disk). The file is not damaged; it was opened read-only.
ui-problem-log-cannot-write-todo = Consultations and referrals work, but nothing can be saved. Contact your administrator, who makes this folder and file writable and restarts the app.
ui-problem-set-aside-title = A file beside the log was moved aside
ui-problem-set-aside-what = Beside the log file was a temporary file (WAL or journal) that does not belong to this log. So that it is not written into the log, it was not read: it was renamed and left in the same folder. The log is unchanged and saving works.
ui-problem-set-aside-todo = Do not delete the moved file. Contact your administrator, who finds out where it came from (another desk's log, a backup).
records-month = Month
settings-desk-code-help = A code your coordinator gives this desk, saved with each consultation: for example “shinjuku-2f” or “window-3”. Lowercase letters a–z, digits (1 to 4) and hyphens only. Never a person’s name.
settings-error-desk-code = This is not a desk code. Use lowercase letters a–z, digits and hyphens, at most 32 characters, starting with a letter or digit, with at least 1 and at most 4 digits (for example “window-3”). A person’s name cannot be a desk code.

## Native confirmations (Rust opens them; the page cannot answer)
settings-purge-dialog-title = Delete old records?
settings-purge-dialog = { $records } records and { $training } training results from before { $cutoff } will be deleted. This cannot be undone.
settings-purge-cancelled = Nothing was deleted.
settings-retention-dialog-title = Keep records for fewer years?
settings-retention-dialog = Records will be kept for { $to } years instead of { $from }. Deleting old records will then delete { $records } records and { $training } training results from before { $cutoff }.
settings-retention-dialog-uncounted = Records will be kept for { $to } years instead of { $from }. Deleting old records will then delete more records than before.
settings-retention-dialog-yes = Yes, keep them for fewer years
settings-error-retention_not_confirmed = The retention was not shortened (Cancel was chosen in the confirmation), so nothing was saved.

## Site override errors, by kind (the lines below them give file:line and the detail)
ui-override-error-emergency = Emergency services such as 110 and 119 cannot be changed by this file. Remove those entries.
ui-override-error-duplicate = The same service (id) is written twice. Keep one.
ui-override-error-entry = A service's id, contact (phone number, dial code, https address), name (label) or languages are not valid.
ui-override-error-encoding = The file is not saved as UTF-8. Save it again as UTF-8.

## coord
card-japanese-only = (Japanese only)
directory-review-due = Not checked for over { $months } months: confirm the number and the hours.
settings-review = Review interval for the directory (months)
settings-error-review = The review interval is 1 to 60 months.
settings-review-due = Entries checked longer ago than the interval
settings-review-help = Write the list with madoguchi directory review --out review.csv; write the results back into the override file with --apply.
settings-override-create = Create the override file from the example
settings-override-created = The override file was created from the commented example. Edit it, press "Check again", then restart the app.
settings-override-create-failed = The override file could not be created:
override-error-line = { $file }:{ $line }: { $message }
override-error-syntax = This line cannot be read as TOML. Check for a missing closing ", [ ] or { "{" } { "}" } and how "=" is written.
override-error-unknown-key = There is no key { $key }. The keys of an entry: { $keys }
override-error-value = The value { $value } of "{ $field }" cannot be used. { $choices ->
    [none] See the example data/site-override.example.toml for how to write it.
   *[other] Values: { $choices }
}
override-error-missing = Service "{ $id }" lacks: { $fields }
override-error-date = The date { $value } is not a date: write year-month-day, like 2026-04-01.
override-error-duplicate = Service { $id } is also at line { $first } of this file. Keep one.
override-error-emergency = "{ $id }" is an emergency service such as 110 or 119: this file cannot change it. Remove this entry.
override-error-emergency-with = Service "{ $id }": nothing may be listed with the emergency service "{ $with }" (refer_with).
override-error-contact = Contact { $number } of service "{ $id }", { $value }, is not { $kind ->
    [phone] a phone number (like 03-1234-5678).
    [dial] a dial code (like 110 or #8103).
    [web] an address starting with https://.
    [email] an e-mail address.
   *[other] "local" (the nearest office).
}
override-error-empty = Service "{ $id }": "{ $field }" is empty.
override-error-label = The name (label) of service "{ $id }" { $problem ->
    [empty] is empty.
    [long] is longer than { $max } characters.
   *[other] holds a control character.
}
override-error-text = Service "{ $id }", "{ $field }": { $problem ->
    [no-ja] there is no Japanese (ja). Japanese is shown for any language not written, so it is required.
    [language] "{ $lang }" is not a language of the app. Languages: { $langs }
    [empty] the "{ $lang }" text is empty.
    [long] the "{ $lang }" text is too long.
    [both] both label and name are given; keep name.
   *[other] the "{ $lang }" text holds a control character.
}
override-error-note = The note { $note } of contact { $number } of service "{ $id }" is not a text of the app. To write it in the desk's own words: note = { "{" } ja = "平日のみ", en = "Weekdays only" { "}" }
override-error-shipped-local = Service "{ $id }" comes with the app: label and refer_with are only for services the desk adds.
override-error-assured-by = Service "{ $id }": a check date (assured_date) needs assured_by, the source (one of sources) it was checked with.
override-error-service-id = { $id } cannot be a service id: a lowercase letter, then up to 63 lowercase letters, digits or "_".
override-error-local-needs = Service "{ $id }" does not come with the app: a service the desk adds needs name (or label) and refer_with.
override-error-encoding = The file is not saved as UTF-8 ({ $byte } at byte { $offset }). Save it again as UTF-8.
override-error-refer-with = Service "{ $id }": refer_with "{ $with }" is not a service that comes with the app.
override-error-serves = Service "{ $id }": who it serves (serves) names an unknown fact or value.
override-error-source = Service "{ $id }": { $source ->
    [none] there is no source (sources).
   *[other] the source { $source } is neither an https:// address nor a document line.
}
override-error-language = Service "{ $id }", language "{ $lang }": { $problem ->
    [tag] not written as a language code (like vi, pt, fil).
    [unbacked] no contact speaks it and no interpretation covers it. Add it to a contact's languages, describe the interpretation, or remove the language.
   *[other] missing from the service's languages; add it.
}

## Command errors (the headline of the error screen; the technical detail follows apart)
ui-error-request = The app was asked for something it does not have (a language, question, answer, case, period or filter).
ui-error-no-content = The app's built-in data failed its checks, so this cannot be shown.
ui-error-log = The log file could not be read or written.
ui-error-settings = Some settings were refused, so nothing was saved.
ui-error-desktop = This computer could not do it (a dialog, printing, or a program to open it).

## uistate: the error screen (what happened when Rust gave no message of its own; Retry)
ui-error-generic = Something unexpected went wrong inside the app.
ui-error-todo = Press Try again, or go back to the start screen. If it keeps happening, show the details below to whoever looks after this desk.
ui-error-retry = Try again

## l10n
# A small mark beside a client-language text nobody has reviewed yet.
ui-draft-marker = Unchecked translation
# The footer of the slip in a language that is a draft (shown in that language and in Japanese).
ui-slip-draft-footer = This slip is a machine translation and has not been checked. If anything is unclear, ask the staff.

## About (package)
settings-about-title = About Madoguchi
settings-about-version = Version
settings-about-data-date = Directory data as of (the newest confirmed source)
