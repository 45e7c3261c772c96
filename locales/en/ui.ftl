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

## Training

train-title = Training case { $case } ({ $difficulty })
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

## Directory screen

directory-open-now = Open now (24 hours or online)
directory-open-unknown = Unknown — check the hours
directory-origin-shipped = Shipped
directory-origin-overridden = Changed by this site
directory-origin-local = Added by this site

# Reports screen: categories and dimensions the flow does not label
report-month = Month
report-total = Total
report-unknown = Unknown
report-not-applicable = Not applicable (Japanese client)
report-no-service = No referral
report-suppressed = Fewer than { $k } (not shown)
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
