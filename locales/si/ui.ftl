### Screen and terminal texts (si) — AI draft from the Japanese reference, not reviewed

option-unknown = නොදනී / කීමට අකමැතියි
priority-emergency = හදිසි
priority-urgent = ඉක්මන්
priority-standard = සාමාන්‍ය
local-service-hours = වේලාවන් මෙම කවුළුවේම සටහන්වල බලන්න.
local-service-expect = මෙම කවුළුව එක් කළ ප්‍රාදේශීය සම්බන්ධතාවක්.
check-before-use = භාවිතයට පෙර පරීක්ෂා කරන්න: මෙම තොරතුරු පැරණි හෝ තහවුරු කර නැත.
list-separator = { ", " }
locale-status-reference = යොමු භාෂාව
locale-status-reviewed = සමාලෝචනය කළ පරිවර්තනය
locale-status-draft = පරිවර්තන කෙටුම්පත (සමාලෝචනය කර නැත)
assured-on = { $date } දින පරීක්ෂා කළා
contact-in-person-local = ළඟම ඇති කාර්යාලයට පෞද්ගලිකව (ප්‍රදේශය අනුව වෙනස් වේ)
language-fit-native = { $language } භාෂාවෙන් කතා කරන කාර්ය මණ්ඩලයක් සිටින සම්බන්ධතාවක් ඇත
language-fit-interpreter = මෙම සේවාව පරිවර්තකයෙකු සපයයි (උදා. තුන්-පාර්ශ්වික ඇමතුමක්), එබැවින් { $language } භාවිත කළ හැක
language-fit-unknown = { $language } භාවිත කළ හැකිද යන්න මූලාශ්‍ර සඳහන් නොකරයි
language-fit-none = { $language } භාෂාවෙන් ලබා ගත නොහැක (මූලාශ්‍ර වෙනත් භාෂා පමණක් සඳහන් කරයි)
language-fit-contact = { $language } භාෂාවෙන් නම්, මුලින්ම මෙම සම්බන්ධතාව භාවිත කරන්න
language-fit-advice = { $language } භාවිත කළ නොහැකි නම්, කාර්ය මණ්ඩලය සේවාලාභියා සමඟ එකට ඇමතුම ගෙන ජපන් භාෂාවෙන් පැහැදිලි කරයි. සේවාව පරිවර්තනය ලබා දෙන්නේ නම් (උදා. තුන්-පාර්ශ්වික ඇමතුමක්), එය ඉල්ලන්න.
ui-card-language-fit = භාෂා සහාය
directory-fit-language = සේවාලාභියාගේ භාෂාව (ඒ සඳහා භාෂා සහාය පෙන්වයි)

## madoguchi walk

walk-title = උපදේශනය (කාර්ය මණ්ඩලය: { $staff } / සේවාලාභියා: { $client })
walk-choose-one = අංකයක් ටයිප් කරන්න.
walk-choose-many = අදාළ සියලු අංක හිස්තැන් මගින් වෙන් කර ටයිප් කරන්න.
walk-back-hint = පෙර ප්‍රශ්නයට ආපසු යාමට 0 ටයිප් කරන්න.
walk-invalid = එම අංකය තෝරා ගත නොහැක. කරුණාකර නැවත උත්සාහ කරන්න.
walk-progress = ප්‍රශ්නය { $number }
walk-results = යොමු කිරීම්
walk-no-referrals = යොමු කිරීම් නැත.
walk-why = හේතුව
walk-source = මූලාශ්‍රය
walk-hours = වේලාවන්
walk-ended = ආදානය අවසන් වූ නිසා උපදේශනය නැවැත්වුණා. කිසිවක් සුරැකුණේ නැත.

## madoguchi route (for people)

route-heading = { $count ->
    [one] එක් යොමු කිරීමක්
   *[other] යොමු කිරීම් { $count }
}
route-rules = නීති: { $rules }

## Desktop app

# The emergency numbers strip, always shown
ui-strip-label = හදිසි දුරකථන අංක
ui-strip-police = පොලිසිය 110
ui-strip-ambulance = ගිලන් රථය සහ ගිනි නිවීම 119
ui-hide = තිරය සඟවන්න
ui-keys-help = තෝරා ගැනීමට අංක යතුරු 1–9. ආපසු යාමට Backspace හෝ Alt+←. තිරය හිස් කර උපදේශනය වහාම මකා දැමීමට Esc දෙවරක් ඔබන්න.

# Start screen
ui-start-title = උපදේශනයක් ආරම්භ කරන්න
ui-start-staff-lang = කාර්ය මණ්ඩල භාෂාව
ui-start-client-lang = සේවාලාභියාගේ භාෂාව
ui-start-mode = උපදේශන වර්ගය
ui-mode-live = සැබෑ උපදේශනය
ui-mode-training = පුහුණුව (සංඛ්‍යාලේඛනවලට ගණන් නොගැනේ)
ui-start-privacy = ඔබ «සුරකින්න» ඔබන තුරු කිසිවක් වාර්තා නොවේ. කිසිවෙකු හඳුනා නොගන්නා කාණ්ඩ පමණක් සුරැකේ.
ui-start-begin = උපදේශනය ආරම්භ කරන්න

# Question screen
app-progress = ප්‍රශ්නය { $number } (ආසන්න වශයෙන් { $total } න්)
ui-choose-many = අදාළ සියල්ල තෝරා, ඉන්පසු «ඊළඟ» ඔබන්න.
ui-back = ආපසු
ui-error-title = මෙය කළ නොහැකි විය
ui-error-what = ආරම්භක තිරයට ආපසු ගොස් නැවත උත්සාහ කරන්න. එය දිගටම සිදු වේ නම්, පහත විස්තර මෙම කවුළුව බලාගන්නා අයට පෙන්වන්න.
ui-error-detail = විස්තර (කවුළුව බලාගන්නා අය සඳහා):
ui-error-back = ආරම්භක තිරයට ආපසු
ui-next = ඊළඟ
ui-emergency-title = දැන් අමතන්න

# Result screen
ui-result-title = යොමු කිරීම්
ui-result-none = මෙම පිළිතුරු කිසිදු යොමු කිරීමකට මග පාදන්නේ නැත.
ui-result-answers = දුන් පිළිතුරු
ui-result-slip = යොමු පත්‍රිකාව පෙන්වන්න
ui-result-save = සුරකින්න සහ අවසන් කරන්න
ui-card-contact = සම්බන්ධතාව
ui-contact-open-failed = මෙම පරිගණකයට එය විවෘත කළ නොහැකි විය. පෙන්වා ඇති දේ අතින් ඩයල් කරන්න හෝ ටයිප් කරන්න.
ui-card-hours = වේලාවන්
ui-card-free-call = ඇමතුම් ගාස්තුව
ui-free-call-yes = නොමිලේ
ui-free-call-no = ගාස්තු අය කෙරේ
ui-free-call-partly = අර්ධ වශයෙන් නොමිලේ
ui-free-call-unconfirmed = තහවුරු කර නැත
ui-card-anonymous = නම නොකියා සම්බන්ධ වීම
ui-anonymous-yes = හැකිය
ui-anonymous-no = නොහැක
ui-anonymous-partly = අවස්ථාව අනුව
ui-anonymous-unconfirmed = තහවුරු කර නැත
ui-card-languages = භාෂා
ui-languages-unconfirmed = (භාෂා තහවුරු කර නැත)
ui-card-expect = බලාපොරොත්තු විය හැකි දේ
ui-card-why = මෙම යොමු කිරීමට හේතුව
ui-card-source = මූලාශ්‍රය:
ui-card-checked = තොරතුරු පරීක්ෂා කළ දිනය

# Referral slip
ui-slip-title = යොමු පත්‍රිකාව
ui-slip-intro = ඔබට පහත ස්ථාන සම්බන්ධ කර ගත හැක. උපදේශනය නොමිලේ; ඇමතුම නොමිලේද යන්න එක් එක් ස්ථානය සඳහා පෙන්වා ඇත.
ui-slip-print = මුද්‍රණය කරන්න

# Save screen
ui-save-title = වාර්තාව සුරකින්න
ui-save-training = පුහුණු වාර්තාවක් ලෙස සුරැකේ. සංඛ්‍යාලේඛනවලට ගණන් නොගැනේ.
ui-save-privacy = නම, සම්බන්ධතා තොරතුරු, ලිපිනය, උපන් දිනය හෝ නිදහස් පාඨ කිසිවක් සුරැකෙන්නේ නැත.
ui-save-outcome = ප්‍රතිඵලය
ui-outcome-referred = යොමු කළා
ui-outcome-referred_with_handover = යොමු කර භාර දුන්නා
ui-outcome-information_only = තොරතුරු පමණයි
ui-outcome-client_declined = සේවාලාභියා ප්‍රතික්ෂේප කළා
ui-outcome-interrupted = බාධා වුණා
ui-save-interpreter = පරිවර්තකයෙකු භාවිත කළා
ui-save-consent = භාර දීමට සේවාලාභියා එකඟ වුණා
ui-save-region = ජාතිකත්වයේ කලාපය (සංඛ්‍යාලේඛන සඳහා; රට වාර්තා නොවේ)
ui-region-none = පිළිතුරු නැත / නොදනී
ui-region-east_asia = නැගෙනහිර ආසියාව
ui-region-southeast_asia = අග්නිදිග ආසියාව
ui-region-south_asia = දකුණු ආසියාව
ui-region-central_asia = මධ්‍යම ආසියාව
ui-region-middle_east = මැද පෙරදිග
ui-region-europe = යුරෝපය
ui-region-north_america = උතුරු ඇමරිකාව
ui-region-latin_america = ලතින් ඇමරිකාව
ui-region-africa = අප්‍රිකාව
ui-region-oceania = ඕෂනියාව
ui-save-submit = සුරකින්න සහ තිරය හිස් කරන්න
ui-save-unavailable = ලොග් ගොනුව භාවිත කළ නොහැකි නිසා සුරැකීම කළ නොහැක. යොමු කිරීම් තවමත් ක්‍රියා කරයි.
ui-save-error-consent = «භාර දුන්නා» සඳහා සේවාලාභියාගේ එකඟතාව අවශ්‍යයි.
ui-save-error-no-referral = යොමු කිරීමක් නැති නිසා «යොමු කළා» තෝරා ගත නොහැක.
ui-save-error-data = මෙම උපදේශනය සුරැකිය නොහැකි විය.
ui-save-error-log = ලොග් ගොනුවට ලිවිය නොහැකි විය. ඔබේ පරිපාලක අමතන්න.
ui-saved = සුරැකුණා. උපදේශනය තිරයෙන් මකා දමා ඇත.
ui-blank-title = තිරය සඟවා ඇත
ui-new-consultation = නව උපදේශනයක් ආරම්භ කරන්න

# Problems found at startup
ui-problem-file = ගොනුව:
ui-problem-details = සොයාගත් ගැටලු
ui-problem-todo = කළ යුතු දේ
ui-problem-continue = තේරුණා, ඉදිරියට
ui-problem-override-title = ස්ථානීය වෙනස් කිරීම් ගොනුවේ දෝෂ ඇත
ui-problem-override-what = මෙම කවුළුව එක් කළ හෝ වෙනස් කළ ප්‍රාදේශීය සම්බන්ධතා පූරණය කර නැත. ජාතික මට්ටමේ සම්බන්ධතා පමණක් පෙන්වයි.
ui-problem-override-todo = ඉහත පේළි නිවැරදි කිරීමට ඔබේ පරිපාලක අමතන්න (පරීක්ෂා කිරීමට: madoguchi validate --override FILE). ඉන්පසු යෙදුම නැවත ආරම්භ කරන්න.
ui-problem-settings-title = සැකසුම් ගොනුවේ දෝෂ ඇත
ui-problem-settings-what = සැකසුම් ගොනුව කියවා නැත; පෙරනිමි අගයන් භාවිත වේ (උදා. මිනිත්තු 5ක් අක්‍රියව සිටි පසු හිස් කිරීම).
ui-problem-settings-todo = ඉහත පේළි නිවැරදි කිරීමට ඔබේ පරිපාලක අමතන්න. ඉන්පසු යෙදුම නැවත ආරම්භ කරන්න.
ui-problem-log-title = වාර්තා සුරැකිය නොහැක
ui-problem-log-damaged = ලොග් ගොනුව හානි වී ඇති නිසා කියවීමට පමණක් විවෘත කළා.
ui-problem-log-not-a-log = ලොග් ගොනුවේ ස්ථානයේ වෙනත් වැඩසටහනක ගොනුවක් ඇත. කියවීමට පමණක් විවෘත කළා.
ui-problem-log-newer-schema = ලොග් ගොනුව Madoguchi හි නවතම අනුවාදයකින් සාදා ඇත. කියවීමට පමණක් විවෘත කළා.
ui-problem-log-unavailable = ලොග් ගොනුව විවෘත කළ නොහැකි විය.
ui-problem-log-todo = උපදේශන සහ යොමු කිරීම් ක්‍රියා කරයි, නමුත් කිසිවක් සුරැකිය නොහැක. ගොනුව මකන්න එපා; ඔබේ පරිපාලක අමතන්න, ඔහු/ඇය එය ආරක්ෂිත ස්ථානයකට ගෙන ගොස් යෙදුම නැවත ආරම්භ කරයි.
ui-problem-data-title = යෙදුමේ දත්ත හානි වී ඇත
ui-problem-data-what = ඇතුළත් දත්ත පරීක්ෂණ අසමත් වූ නිසා කිසිදු උපදේශනයක් ආරම්භ කළ නොහැක.
ui-problem-data-todo = යෙදුම නැවත ස්ථාපනය කරන්න. එයින් ප්‍රයෝජනයක් නැත්නම්, ඔබේ පරිපාලක අමතන්න.

## Training

train-title = පුහුණු සිද්ධිය: { $case } ({ $difficulty })
train-vignette = සේවාලාභියාගේ චරිතය රඟපාන අය සඳහා ({ $lang }):
train-start = දැන් සුපුරුදු පරිදි උපදේශනය කරගෙන යන්න.
train-debrief = සමාලෝචනය
train-score = දුන් අපේක්ෂිත යොමු කිරීම්: { $expected } න් { $hit }
train-hit = අපේක්ෂිත පරිදි දුන්නා
train-missed = මග හැරුණා
train-must-not = දුන්නා, නමුත් නොදිය යුතුයි
train-extra = අවශ්‍ය නැත (හානියක් නැත)
train-none = (කිසිවක් නැත)
train-emergency = හදිසි
train-emergency-not-needed = මෙම සිද්ධියට හදිසි යොමු කිරීමක් අවශ්‍ය නැත, කිසිවක් දුන්නේද නැත.
train-emergency-handled = මුලින්ම හැසිරවුණා: අනතුර ගැන මුලින්ම ඇසුවා, { $services } මුලින්ම ආවා.
train-emergency-missed = මග හැරුණා: මෙම සිද්ධියට මුලින්ම { $services } අවශ්‍යයි.
train-emergency-not-first = { $services } දුන්නා, නමුත් අනතුර පිළිබඳ ප්‍රශ්නය පිළිතුරු දුන් පළමු ප්‍රශ්නය නොවේ.
train-emergency-unneeded = මෙම සිද්ධියට අවශ්‍ය නැති හදිසි අංකයක් දුන්නා.
train-mattered = වැදගත් වූ ප්‍රශ්න
train-mattered-lost = මෙම පිළිතුර නොමැතිව, මේවා අඩු වනු ඇත: { $services }
train-mattered-gained = මෙම පිළිතුර නොමැතිව, මේවා එකතු වනු ඇත: { $services }
train-mattered-priority = මෙම පිළිතුර නොමැතිව, මේවායේ ප්‍රමුඛතාව වෙනස් වනු ඇත: { $services }
train-answer-differed = ඔබේ පිළිතුර සිද්ධියට වඩා වෙනස් විය.
train-expected = එක් එක් අපේක්ෂිත යොමු කිරීමට හේතුව
train-given = දුන්නා
train-not-given = දුන්නේ නැත
train-passed = සමත්: කිසිවක් මග හැරුණේ නැත, වැරදි කිසිවක් දුන්නේ නැත, හදිසි අවස්ථා හැසිරවුණා.
train-review = ඉහත කරුණු පුහුණුකරු සමඟ සලකා බලන්න.
train-notes = ඉගැන්වීමේ සටහන්
train-list-heading = පුහුණු සිද්ධි ({ $count })
train-difficulty-intro = මූලික
train-difficulty-intermediate = මධ්‍යම
train-difficulty-advanced = උසස්
train-saved = මෙම පුහුණුවේ ප්‍රතිඵලය { $path } හි සුරැකුණා (සැබෑ වාර්තාවලින් වෙන්ව; නම් සුරැකෙන්නේ නැත).
train-route-trafficking = මිනිස් ජාවාරම
train-route-sexual_crime_8103 = ලිංගික අපරාධ (#8103)
train-route-child_189 = ළමා අපචාර (189)
train-route-one_stop = එක්-නැවතුම් මධ්‍යස්ථානය
train-route-iom_return = IOM ආපසු යාමේ සහාය
train-route-immigration = ආගමන
train-route-labour = රැකියා
train-route-residence = පදිංචි තත්ත්වය
train-route-discrimination = වෙනස්කම් කිරීම
train-route-online_images = අන්තර්ජාල රූප
train-route-domestic_violence = ගෘහස්ථ හිංසනය
train-route-emergency = හදිසි (110/119)
train-route-unknown_answers = නොදන්නා පිළිතුරු

## Directory screen

directory-open-now = දැන් විවෘතයි (පැය 24 හෝ අන්තර්ජාලය හරහා)
directory-open-unknown = නොදනී — වේලාවන් පරීක්ෂා කරන්න
directory-origin-shipped = යෙදුම සමඟ ලැබුණු
directory-origin-overridden = මෙම ස්ථානය වෙනස් කළ
directory-origin-local = මෙම ස්ථානය එක් කළ
directory-title = සේවා නාමාවලිය
directory-search = සොයන්න (නම හෝ විස්තරය)
directory-concern = ගැටලුව
directory-language = භාෂාව
directory-any = ඕනෑම
directory-free-call = නොමිලේ ඇමතුම් පමණක්
directory-anonymous = නම නොකියා පමණක්
directory-open-only = දැන් විවෘත ඒවා පමණක්
directory-shown = පෙන්වන සේවා
directory-none = මෙම පෙරහන්වලට ගැලපෙන සේවාවක් නැත.
directory-reachable = දැන් විවෘතයි
directory-sources = මූලාශ්‍ර
directory-confidence = විශ්වාසනීයත්වය
directory-confidence-high = ඉහළ
directory-confidence-medium = මධ්‍යම
directory-confidence-low = අඩු
directory-confidence-unconfirmed = තහවුරු කර නැත
directory-serves = සේවය කරන්නේ
directory-origin = ඇතුළත් කිරීම

# Records screen
records-title = සුරැකි වාර්තා
records-note = සැබෑ උපදේශන පමණයි, නවතම ඒවා මුලින්; පුහුණු වාර්තා පෙන්වන්නේ නැත. වාර්තාවක කාණ්ඩ පමණක් ඇත: කිසිවෙකු හඳුනා ගන්නා කිසිවක් නැත.
records-total = වාර්තා
records-none = තවම කිසිදු වාර්තාවක් සුරැකී නැත.
records-unavailable = ලොග් ගොනුව කියවිය නොහැකි නිසා වාර්තා පෙන්විය නොහැක.
records-referrals = යොමු කළේ
records-no-referrals = යොමු කිරීමක් නැත
records-previous = පෙර පිටුව
records-next = ඊළඟ පිටුව
records-page = පිටුව

# Reports screen: categories and dimensions the flow does not label
report-month = මාසය
report-total = එකතුව
report-unknown = නොදනී
report-not-applicable = අදාළ නොවේ (ජපන් සේවාලාභියා)
report-no-service = යොමු කිරීමක් නැත
report-yes = ඔව්
report-no = නැත
report-outcome-referred = යොමු කළා
report-outcome-referred_with_handover = යොමු කර භාර දුන්නා
report-outcome-information_only = තොරතුරු පමණයි
report-outcome-client_declined = සේවාලාභියා ප්‍රතික්ෂේප කළා
report-outcome-interrupted = බාධා වුණා
report-region-east_asia = නැගෙනහිර ආසියාව
report-region-southeast_asia = අග්නිදිග ආසියාව
report-region-south_asia = දකුණු ආසියාව
report-region-central_asia = මධ්‍යම ආසියාව
report-region-middle_east = මැද පෙරදිග
report-region-europe = යුරෝපය
report-region-north_america = උතුරු ඇමරිකාව
report-region-latin_america = ලතින් ඇමරිකාව
report-region-africa = අප්‍රිකාව
report-region-oceania = ඕෂනියාව
report-dimension-age_group = වයස් කාණ්ඩය
report-dimension-gender = ස්ත්‍රී පුරුෂ භාවය
report-dimension-nationality = ජාතිකත්වය
report-dimension-region = ජාතිකත්වයේ කලාපය
report-dimension-residence = පදිංචි තත්ත්වය
report-dimension-concern = ගැටලුව
report-dimension-danger = අනතුරේ
report-dimension-service = යොමු කළ ස්ථානය
report-dimension-outcome = ප්‍රතිඵලය
report-dimension-handover_consent = භාර දීමට එකඟතාව
report-dimension-interpreter = පරිවර්තක
report-dimension-staff_lang = කාර්ය මණ්ඩල භාෂාව
report-dimension-client_lang = සේවාලාභියාගේ භාෂාව
report-dimension-desk = කවුළුව

## Reports screen

reports-title = වාර්තා
reports-note = මාසය අනුව සැබෑ උපදේශන ගණන; පුහුණු කිසිවිටෙක ගණන් නොගැනේ. කුඩා ගණන් සඟවා ඇත, සඟවා ඇති ගණනක් ගණනය කළ හැකි වෙනත් ඕනෑම කොටුවක්ද එසේමය.
reports-dimension = ගණන් කරන්නේ
reports-second-dimension = ඉන්පසු
reports-no-second = වෙන කිසිවක් නැත
reports-loading = ගණන් කරමින්…
reports-records = කාල පරිච්ඡේදයේ උපදේශන
reports-empty = මෙම කාල පරිච්ඡේදයේ කිසිදු උපදේශනයක් සුරැකී නැත.
reports-unavailable = ලොග් ගොනුව කියවිය නොහැකි නිසා වාර්තා කිරීමට කිසිවක් නැත.
reports-bar-title = සම්පූර්ණ කාල පරිච්ඡේදය
reports-line-title = මාසයෙන් මාසය
reports-line-note = එකතුව සහ වැඩිම ගණන් ඇති කාණ්ඩ. රේඛාවක හිඩැසක් යනු සඟවා ඇති ගණනකි.
reports-table-title = වගුව
reports-month-table = මාසය
reports-hidden = සඟවා ඇත
reports-axis-count = උපදේශන
reports-export = CSV ලෙස අපනයනය කරන්න…
reports-export-dialog = වාර්තාව CSV ගොනුවක් ලෙස සුරකින්න
reports-export-filter = CSV ගොනුව
reports-exported = සුරැකුණු ස්ථානය
reports-export-records = ගණන් කළ උපදේශන
reports-export-cancelled = කිසිවක් සුරැකුණේ නැත.
reports-export-failed = වාර්තාව සුරැකිය නොහැකි විය:

## Settings screen

settings-title = සැකසුම්
settings-note = මෙම සැකසුම් මෙම පරිගණකයේ දත්ත ෆෝල්ඩරයේ පමණක් තබා ගනී.
settings-data-dir = දත්ත ෆෝල්ඩරය
settings-desk = කවුළු කේතය
settings-staff-lang = ආරම්භයේදී කාර්ය මණ්ඩල භාෂාව
settings-client-lang = ආරම්භයේදී සේවාලාභියාගේ භාෂාව
settings-idle = ආදානයක් නොමැතිව මෙපමණ තත්පර ගත වූ පසු විවෘත උපදේශනය හිස් කරන්න
settings-retention = වාර්තා මෙපමණ වසර ගණනක් තබා ගන්න
settings-save = සැකසුම් සුරකින්න
settings-saved = සැකසුම් සුරැකුණා.
settings-not-saved = සැකසුම් සුරැකුණේ නැත:
settings-error-idle = අක්‍රිය කාලය තත්පර 2 සිට 3600 දක්වා පූර්ණ සංඛ්‍යාවක් විය යුතුයි.
settings-error-retention = වාර්තා වසර 1 සිට 10 දක්වා තබා ගත යුතුයි.
settings-error-language = එම භාෂාව ලබා ගත නොහැක.
settings-error-write = සැකසුම් ගොනුවට ලිවිය නොහැකි විය:
settings-log = යොමු කිරීම් ලොග් ගොනුව
settings-log-writable = ක්‍රියා කරයි: උපදේශන සුරැකිය හැක.
settings-log-closed = කියවීමට පමණයි: කිසිවක් සුරැකීමට හෝ මැකීමට නොහැක (ආරම්භයේදී පෙන්වූ පණිවිඩය බලන්න).
settings-log-records = ලොග් ගොනුවේ වාර්තා
settings-purge-title = පැරණි වාර්තා මකන්න
settings-purge-cutoff = මෙම දිනට පෙර වාර්තා මැකේ
settings-purge-count = මැකීමට ඇති වාර්තා
settings-purge-training = මැකීමට ඇති පුහුණු ප්‍රතිඵල
settings-purge-button = පැරණි වාර්තා මකන්න…
settings-purge-yes = ඔව්, ඒවා මකන්න
settings-purge-no = අවලංගු කරන්න
settings-purge-done = මැකූ වාර්තා
settings-purge-nothing = රඳවා ගැනීමේ කාලයට වඩා පැරණි වාර්තාවක් නැත.
settings-purge-failed = වාර්තා මැකිය නොහැකි විය:
settings-purge-changed = කිසිවක් මැකුණේ නැත: ඔබ පරීක්ෂා කළ පසු ගණන් වෙනස් විය (උදා. දිනය වෙනස් විය). නව ගණන් පරීක්ෂා කර, නැවත මකන්න.
settings-override-title = ස්ථානීය වෙනස් කිරීම් ගොනුව
settings-override-path = ගොනුව
settings-override-absent = වෙනස් කිරීම් ගොනුවක් නැත: යෙදුම සමඟ ලැබුණු නාමාවලිය භාවිත වේ.
settings-override-loaded = කියවා ඇති අතර වලංගුයි: භාවිතයේ ඇත.
settings-override-invalid = වලංගු නැති නිසා භාවිත නොවේ: ඒ වෙනුවට යෙදුම සමඟ ලැබුණු නාමාවලිය භාවිත වේ. මෙම පේළි නිවැරදි කර, යෙදුම නැවත ආරම්භ කරන්න.
settings-override-local = මෙම ස්ථානය එක් කළ සේවා
settings-override-changed = මෙම ස්ථානය වෙනස් කළ සේවා
settings-check-title = දත්ත පරීක්ෂාව
settings-check-ok = සියලු පරීක්ෂණ සමත් විය.
settings-check-failed = ගැටලු සොයා ගැනුණා:
settings-check-questions = ප්‍රශ්න
settings-check-rules = නීති
settings-check-services = සේවා
settings-check-languages = භාෂා
settings-check-again = නැවත පරීක්ෂා කරන්න
settings-check-restart = වෙනස් කළ වෙනස් කිරීම් ගොනුවක් භාවිත වන්නේ යෙදුම නැවත ආරම්භ කළ පසුවය.
ui-keys-tools = මෙම තිරයේ: Alt+D නාමාවලිය, Alt+R සුරැකි වාර්තා, Alt+T වාර්තා, Alt+S සැකසුම්.

## Reports: fixed publication periods and hidden cells
report-hidden-legend = X: පෙන්වන්නේ නැත. මූල්‍ය වර්ෂයේ යම් මාසයක { $k } ට අඩු (ශුන්‍යයද ඇතුළුව), හෝ එවැනි ගණනක් ගණනය කළ නොහැකි වන පරිදි සඟවා ඇත.
reports-period = කාල පරිච්ඡේදය
reports-period-fiscal-years = මූල්‍ය වර්ෂ (අප්‍රේල් සිට මාර්තු දක්වා)
reports-period-quarters = කාර්තු
reports-period-months = මාස
reports-fiscal-year = මූල්‍ය වර්ෂය { $year } (අප්‍රේල්–මාර්තු)
reports-fiscal-quarter = මූල්‍ය වර්ෂය { $year } කාර්තුව { $quarter }
reports-period-note = සංඛ්‍යාලේඛන ප්‍රකාශයට පත් කරන්නේ මාස, කාර්තු සහ මූල්‍ය වර්ෂ සඳහා පමණයි, වෙනත් පරාස සඳහා කිසිවිටෙක නැත: එසේ නොවුවහොත් එක් පරාසයක් තවත් පරාසයකින් අඩු කිරීමෙන් සඟවා ඇති ගණනක් ගණනය කළ හැකිය.
ui-problem-log-empty = ලොග් ගොනුව හිස්ය (බයිට් 0): එහි තිබූ දේ නැති වී ඇත. එය නව ලොග් ගොනුවක් බවට පත් කළේ නැත; කියවීමට පමණක් විවෘත කළා.
ui-problem-log-cannot-write = මෙහි ලොග් ගොනුවට හෝ එහි ෆෝල්ඩරයට ලිවිය නොහැක (අවසරයක් නැත, හෝ කියවීමට පමණක් තැටියක්). ගොනුව හානි වී නැත; කියවීමට පමණක් විවෘත කළා.
ui-problem-log-cannot-write-todo = උපදේශන සහ යොමු කිරීම් ක්‍රියා කරයි, නමුත් කිසිවක් සුරැකිය නොහැක. ඔබේ පරිපාලක අමතන්න, ඔහු/ඇය මෙම ෆෝල්ඩරය සහ ගොනුව ලිවිය හැකි කර යෙදුම නැවත ආරම්භ කරයි.
ui-problem-set-aside-title = ලොග් ගොනුව අසල තිබූ ගොනුවක් පසෙකට කළා
ui-problem-set-aside-what = ලොග් ගොනුව අසල මෙම ලොග් ගොනුවට අයත් නොවන තාවකාලික ගොනුවක් (WAL හෝ journal) තිබුණා. එය ලොග් ගොනුවට ලියවීම වැළැක්වීමට, එය කියවූයේ නැත: එය නැවත නම් කර එම ෆෝල්ඩරයේම තැබුවා. ලොග් ගොනුව වෙනස් වී නැති අතර සුරැකීම ක්‍රියා කරයි.
ui-problem-set-aside-todo = පසෙකට කළ ගොනුව මකන්න එපා. ඔබේ පරිපාලක අමතන්න, ඔහු/ඇය එය පැමිණියේ කොහෙන්දැයි සොයා බලයි (වෙනත් කවුළුවක ලොග් ගොනුව, උපස්ථයක්).
records-month = මාසය
settings-desk-code-help = ඔබේ සම්බන්ධීකාරක මෙම කවුළුවට දෙන කේතයක්, එක් එක් උපදේශනය සමඟ සුරැකේ: උදා. “shinjuku-2f” හෝ “window-3”. කුඩා ඉංග්‍රීසි අකුරු a–z, ඉලක්කම් (1 සිට 4 දක්වා) සහ හයිෆන් පමණයි. කිසිවිටෙක පුද්ගලයෙකුගේ නමක් නොවේ.
settings-error-desk-code = මෙය කවුළු කේතයක් නොවේ. කුඩා ඉංග්‍රීසි අකුරු a–z, ඉලක්කම් සහ හයිෆන් භාවිත කරන්න, උපරිම අක්ෂර 32, අකුරකින් හෝ ඉලක්කමකින් ආරම්භ වන, අවම වශයෙන් ඉලක්කම් 1ක් සහ උපරිම 4ක් සහිත (උදා. “window-3”). පුද්ගලයෙකුගේ නමක් කවුළු කේතයක් විය නොහැක.

## Native confirmations (Rust opens them; the page cannot answer)
settings-purge-dialog-title = පැරණි වාර්තා මකන්නද?
settings-purge-dialog = { $cutoff } ට පෙර වාර්තා { $records } ක් සහ පුහුණු ප්‍රතිඵල { $training } ක් මැකේ. මෙය අහෝසි කළ නොහැක.
settings-purge-cancelled = කිසිවක් මැකුණේ නැත.
settings-retention-dialog-title = වාර්තා අඩු වසර ගණනක් තබා ගන්නද?
settings-retention-dialog = වාර්තා වසර { $from } වෙනුවට වසර { $to } ක් තබා ගනී. එවිට පැරණි වාර්තා මැකීමෙන් { $cutoff } ට පෙර වාර්තා { $records } ක් සහ පුහුණු ප්‍රතිඵල { $training } ක් මැකේ.
settings-retention-dialog-uncounted = වාර්තා වසර { $from } වෙනුවට වසර { $to } ක් තබා ගනී. එවිට පැරණි වාර්තා මැකීමෙන් පෙරට වඩා වැඩි වාර්තා මැකේ.
settings-retention-dialog-yes = ඔව්, ඒවා අඩු වසර ගණනක් තබා ගන්න
settings-error-retention_not_confirmed = රඳවා ගැනීමේ කාලය කෙටි කළේ නැත (තහවුරු කිරීමේදී «අවලංගු කරන්න» තෝරා ගත්තා), එබැවින් කිසිවක් සුරැකුණේ නැත.

## Site override errors, by kind (the lines below them give file:line and the detail)
ui-override-error-emergency = 110 සහ 119 වැනි හදිසි සේවා මෙම ගොනුවෙන් වෙනස් කළ නොහැක. එම ඇතුළත් කිරීම් ඉවත් කරන්න.
ui-override-error-duplicate = එකම සේවාව (id) දෙවරක් ලියා ඇත. එකක් තබා ගන්න.
ui-override-error-entry = සේවාවක id, සම්බන්ධතාව (දුරකථන අංකය, ඩයල් කේතය, https ලිපිනය), නම (label) හෝ භාෂා වලංගු නැත.
ui-override-error-encoding = ගොනුව UTF-8 ලෙස සුරැකී නැත. එය නැවත UTF-8 ලෙස සුරකින්න.

## desk: command errors (the headline of the error screen; the technical detail follows apart)
ui-error-request = යෙදුමට නැති දෙයක් (භාෂාවක්, ප්‍රශ්නයක්, පිළිතුරක්, සිදුවීමක්, කාල පරිච්ඡේදයක් හෝ පෙරහනක්) ඉල්ලා ඇත.
ui-error-no-content = යෙදුමේ ඇතුළත් දත්ත පරීක්ෂාවන් සමත් නොවූ නිසා මෙය පෙන්විය නොහැක.
ui-error-log = ලොග් ගොනුව කියවීමට හෝ ලිවීමට නොහැකි විය.
ui-error-settings = සමහර සැකසුම් ප්‍රතික්ෂේප වූ නිසා කිසිවක් සුරැකුණේ නැත.
ui-error-desktop = මෙම පරිගණකයට එය කළ නොහැකි විය (සංවාද කවුළුවක්, මුද්‍රණය, හෝ එය විවෘත කිරීමට වැඩසටහනක්).

## uistate: the error screen (what happened when Rust gave no message of its own; Retry)
ui-error-generic = යෙදුම තුළ අනපේක්ෂිත ගැටලුවක් ඇති විය.
ui-error-todo = «නැවත උත්සාහ කරන්න» ඔබන්න, නැතහොත් ආරම්භක තිරයට ආපසු යන්න. එය දිගටම සිදු වන්නේ නම්, පහත විස්තර මෙම කවුළුව බලාගන්නා අයට පෙන්වන්න.
ui-error-retry = නැවත උත්සාහ කරන්න

## l10n
# A small mark beside a client-language text nobody has reviewed yet.
ui-draft-marker = පරීක්ෂා නොකළ පරිවර්තනය
# The footer of the slip in a language that is a draft (shown in that language and in Japanese).
ui-slip-draft-footer = මෙම පත්‍රිකාව යන්ත්‍ර පරිවර්තනයක් වන අතර තවම පරීක්ෂා කර නැත. යමක් පැහැදිලි නැත්නම්, කාර්ය මණ්ඩලයෙන් අසන්න.

## coord: the site override in the desk's own words, the yearly check
card-japanese-only = (ජපන් භාෂාවෙන් පමණි)
directory-review-due = මාස { $months } කට වැඩි කාලයක් පරීක්ෂා කර නැත: අංකය සහ වේලාවන් තහවුරු කරන්න.
settings-review = නාමාවලිය සමාලෝචනය කිරීමේ කාල පරතරය (මාස)
settings-error-review = සමාලෝචන කාල පරතරය මාස 1 සිට 60 දක්වා වේ.
settings-review-due = කාල පරතරයට වඩා පෙර අවසන් වරට පරීක්ෂා කළ සේවා
settings-review-help = madoguchi directory review --out review.csv මගින් ලැයිස්තුව ලියන්න; ප්‍රතිඵල --apply මගින් වෙනස් කිරීම් ගොනුවට නැවත ලියන්න.
settings-override-create = උදාහරණයෙන් වෙනස් කිරීම් ගොනුව සාදන්න
settings-override-created = විස්තර සහිත උදාහරණයෙන් වෙනස් කිරීම් ගොනුව සෑදුවා. එය සංස්කරණය කර, «නැවත පරීක්ෂා කරන්න» ඔබා, ඉන්පසු යෙදුම නැවත ආරම්භ කරන්න.
settings-override-create-failed = වෙනස් කිරීම් ගොනුව සෑදිය නොහැකි විය:
override-error-line = { $file }:{ $line }: { $message }
override-error-syntax = මෙම පේළිය TOML ලෙස කියවිය නොහැක. වසා නැති ", [ ] හෝ { "{" } { "}" } තිබේදැයි සහ "=" ලියා ඇති ආකාරය පරීක්ෂා කරන්න.
override-error-unknown-key = { $key } නමින් යතුරක් නැත. ඇතුළත් කිරීමක යතුරු: { $keys }
override-error-value = “{ $field }” හි { $value } අගය භාවිත කළ නොහැක. { $choices ->
    [none] එය ලියන ආකාරය සඳහා data/site-override.example.toml උදාහරණය බලන්න.
   *[other] අගයන්: { $choices }
}
override-error-missing = “{ $id }” සේවාවේ මේවා නැත: { $fields }
override-error-date = { $value } දිනයක් නොවේ: 2026-04-01 ලෙස වර්ෂය-මාසය-දිනය ලියන්න.
override-error-duplicate = { $id } සේවාව මෙම ගොනුවේ { $first } වන පේළියේද ඇත. එකක් තබා ගන්න.
override-error-emergency = “{ $id }” යනු 110 හෝ 119 වැනි හදිසි සේවාවකි: මෙම ගොනුවට එය වෙනස් කළ නොහැක. මෙම ඇතුළත් කිරීම ඉවත් කරන්න.
override-error-emergency-with = “{ $id }” සේවාව: “{ $with }” හදිසි සේවාව සමඟ කිසිවක් ලැයිස්තුගත කළ නොහැක (refer_with).
override-error-contact = “{ $id }” සේවාවේ { $number } වන සම්බන්ධතාව වන { $value } { $kind ->
    [phone] දුරකථන අංකයක් නොවේ (උදා. 03-1234-5678).
    [dial] ඩයල් කේතයක් නොවේ (උදා. 110 හෝ #8103).
    [web] https:// වලින් ආරම්භ වන ලිපිනයක් නොවේ.
    [email] ඊමේල් ලිපිනයක් නොවේ.
   *[other] “local” (ළඟම ඇති කාර්යාලය) නොවේ.
}
override-error-empty = “{ $id }” සේවාව: “{ $field }” හිස්ය.
override-error-label = “{ $id }” සේවාවේ නම (label) { $problem ->
    [empty] හිස්ය.
    [long] අක්ෂර { $max } කට වඩා දිගය.
   *[other] පාලන අක්ෂරයක් අඩංගුය.
}
override-error-text = “{ $id }” සේවාව, “{ $field }”: { $problem ->
    [no-ja] ජපන් (ja) නැත. ලියා නැති ඕනෑම භාෂාවක් වෙනුවට ජපන් පෙන්වන නිසා, එය අනිවාර්යයි.
    [language] “{ $lang }” යෙදුමේ භාෂාවක් නොවේ. භාෂා: { $langs }
    [empty] “{ $lang }” පාඨය හිස්ය.
    [long] “{ $lang }” පාඨය දිග වැඩිය.
    [both] label සහ name දෙකම දී ඇත; name තබා ගන්න.
   *[other] “{ $lang }” පාඨයේ පාලන අක්ෂරයක් ඇත.
}
override-error-note = “{ $id }” සේවාවේ { $number } වන සම්බන්ධතාවේ { $note } සටහන යෙදුමේ පාඨයක් නොවේ. එය කවුළුවේම වචනවලින් ලිවීමට: note = { "{" } ja = "平日のみ", en = "Weekdays only" { "}" }
override-error-shipped-local = “{ $id }” සේවාව යෙදුම සමඟ ලැබේ: label සහ refer_with කවුළුව එක් කරන සේවා සඳහා පමණි.
override-error-assured-by = “{ $id }” සේවාව: පරීක්ෂා කළ දිනයකට (assured_date) assured_by අවශ්‍යයි, එනම් පරීක්ෂා කිරීමට භාවිත කළ මූලාශ්‍රය (sources වලින් එකක්).
override-error-service-id = { $id } සේවා id එකක් විය නොහැක: කුඩා ඉංග්‍රීසි අකුරක්, ඉන්පසු කුඩා ඉංග්‍රීසි අකුරු, ඉලක්කම් හෝ "_" උපරිම 63ක්.
override-error-local-needs = “{ $id }” සේවාව යෙදුම සමඟ ලැබෙන්නක් නොවේ: කවුළුව එක් කරන සේවාවකට name (හෝ label) සහ refer_with අවශ්‍යයි.
override-error-encoding = ගොනුව UTF-8 ලෙස සුරැකී නැත ({ $offset } වන බයිටයේ { $byte }). එය නැවත UTF-8 ලෙස සුරකින්න.
override-error-refer-with = “{ $id }” සේවාව: refer_with “{ $with }” යෙදුම සමඟ ලැබෙන සේවාවක් නොවේ.
override-error-serves = “{ $id }” සේවාව: එය සේවය කරන්නේ කාටද යන්නෙහි (serves) නොදන්නා කරුණක් හෝ අගයක් ඇත.
override-error-source = “{ $id }” සේවාව: { $source ->
    [none] මූලාශ්‍රයක් (sources) නැත.
   *[other] { $source } මූලාශ්‍රය https:// ලිපිනයක් හෝ ලේඛනයක පේළියක් නොවේ.
}
override-error-language = “{ $id }” සේවාව, “{ $lang }” භාෂාව: { $problem ->
    [tag] භාෂා කේතයක් ලෙස ලියා නැත (උදා. vi, pt, fil).
    [unbacked] එය කතා කරන සම්බන්ධතාවක් හෝ එය ආවරණය කරන පරිවර්තනයක් නැත. එය සම්බන්ධතාවක languages වලට එක් කරන්න, පරිවර්තනය (interpretation) විස්තර කරන්න, හෝ භාෂාව ඉවත් කරන්න.
   *[other] සේවාවේ languages වල නැත; එය එක් කරන්න.
}

## About (package)
settings-about-title = Madoguchi ගැන
settings-about-version = අනුවාදය
settings-about-data-date = සේවා නාමාවලියේ දත්ත දිනය (තහවුරු කළ නවතම මූලාශ්‍රයේ දිනය)
