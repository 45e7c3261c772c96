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
