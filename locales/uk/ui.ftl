### Спільні тексти екрана й термінала — українська (uk); еталонна локаль — ja

option-unknown = Не знаю / не хочу відповідати
priority-emergency = Екстрено
priority-urgent = Терміново
priority-standard = Звичайно
local-service-hours = Години роботи уточніть у відомостях цього пункту консультацій.
local-service-expect = Місцева служба, яку цей пункт консультацій сам додав до списку.
check-before-use = Перевірте перед використанням: відомості застарілі або не підтверджені.
list-separator = { ", " }
locale-status-reference = Еталонна мова
locale-status-reviewed = Перевірений переклад
locale-status-draft = Чорновий переклад (не перевірено)
assured-on = Дата перевірки: { $date }

## madoguchi walk

walk-title = Хід консультації (працівник: { $staff } / відвідувач: { $client })
walk-choose-one = Введіть номер.
walk-choose-many = Введіть усі відповідні номери через пробіл.
walk-back-hint = Введіть 0, щоб повернутися до попереднього запитання.
walk-invalid = Цей номер вибрати не можна. Введіть ще раз.
walk-progress = Запитання { $number }
walk-results = Куди звернутися
walk-no-referrals = Відповідних служб немає.
walk-why = Чому
walk-source = Джерело
walk-hours = Години роботи
walk-ended = Введення закінчилося, тому консультацію перервано. Нічого не збережено.

## madoguchi route (для читання людиною)

route-heading = Куди звернутися ({ $count ->
    [one] { $count } служба
    [few] { $count } служби
    [many] { $count } служб
   *[other] { $count } служби
})
route-rules = Підстава (правила): { $rules }

## Настільний застосунок

ui-strip-label = Екстрені номери
ui-strip-police = Поліція 110
ui-strip-ambulance = Швидка допомога і пожежники 119
ui-hide = Сховати екран
ui-keys-help = Цифрові клавіші 1–9 вибирають відповідь. Backspace або Alt+← — назад. Двічі натисніть Esc, щоб одразу очистити екран і видалити консультацію.
ui-start-title = Почати консультацію
ui-start-staff-lang = Мова працівника
ui-start-client-lang = Мова особи, що звернулася
ui-start-mode = Вид консультації
ui-mode-live = Справжня консультація
ui-mode-training = Навчання (не входить до статистики)
ui-start-privacy = Нічого не записується, доки ви не натиснете «Зберегти». Зберігаються лише категорії, за якими не можна впізнати людину.
ui-start-begin = Почати консультацію
app-progress = Питання { $number } з приблизно { $total }
ui-choose-many = Виберіть усе, що підходить, і натисніть «Далі».
ui-back = Назад
ui-next = Далі
ui-emergency-title = Телефонуйте зараз
ui-result-title = Куди звернутися
ui-result-none = За цими відповідями направлень немає.
ui-result-answers = Надані відповіді
ui-result-slip = Показати лист направлення
ui-result-save = Зберегти і завершити
ui-card-contact = Контакт
ui-card-hours = Години роботи
ui-card-free-call = Вартість дзвінка
ui-free-call-yes = Безкоштовно
ui-free-call-no = Платно
ui-free-call-partly = Частково безкоштовно
ui-free-call-unconfirmed = Не підтверджено
ui-card-anonymous = Анонімне звернення
ui-anonymous-yes = Можливо
ui-anonymous-no = Неможливо
ui-anonymous-partly = Залежить від випадку
ui-anonymous-unconfirmed = Не підтверджено
ui-card-languages = Мови
ui-languages-unconfirmed = (мови не підтверджено)
ui-card-expect = Чого очікувати
ui-card-why = Чому це направлення
ui-card-source = Джерело:
ui-card-checked = Дані перевірено
ui-slip-title = Лист направлення
ui-slip-intro = Ви можете звернутися до місць, наведених нижче. Консультація безкоштовна і конфіденційна.
ui-slip-print = Друкувати
ui-save-title = Зберегти запис
ui-save-training = Зберігається як навчальний запис. До статистики не входить.
ui-save-privacy = Ім'я, контакти, адреса, дата народження і довільний текст не зберігаються.
ui-save-outcome = Підсумок
ui-outcome-referred = Направлено
ui-outcome-referred_with_handover = Направлено і передано
ui-outcome-information_only = Лише інформація
ui-outcome-client_declined = Особа відмовилася
ui-outcome-interrupted = Перервано
ui-save-interpreter = Був перекладач
ui-save-consent = Особа погодилася на передачу
ui-save-region = Регіон громадянства (для статистики; країна не записується)
ui-region-none = Немає відповіді / невідомо
ui-region-east_asia = Східна Азія
ui-region-southeast_asia = Південно-Східна Азія
ui-region-south_asia = Південна Азія
ui-region-central_asia = Центральна Азія
ui-region-middle_east = Близький Схід
ui-region-europe = Європа
ui-region-north_america = Північна Америка
ui-region-latin_america = Латинська Америка
ui-region-africa = Африка
ui-region-oceania = Океанія
ui-save-submit = Зберегти й очистити екран
ui-save-unavailable = Зберегти неможливо: файл журналу недоступний. Направлення й надалі працюють.
ui-save-error-consent = Для «передано» потрібна згода особи.
ui-save-error-no-referral = Направлень немає, тому «Направлено» вибрати не можна.
ui-save-error-data = Цю консультацію не вдалося зберегти.
ui-save-error-log = Не вдалося записати у файл журналу. Зверніться до адміністратора.
ui-saved = Збережено. Консультацію видалено з екрана.
ui-blank-title = Екран сховано
ui-new-consultation = Почати нову консультацію
ui-problem-file = Файл:
ui-problem-details = Знайдені проблеми
ui-problem-todo = Що робити
ui-problem-continue = Зрозуміло, продовжити
ui-problem-override-title = У файлі місцевих налаштувань є помилки
ui-problem-override-what = Місцеві контакти, які це вікно додало або змінило, не завантажено. Показано лише загальнонаціональні контакти.
ui-problem-override-todo = Попросіть адміністратора виправити рядки вище (перевірка: madoguchi validate --override ФАЙЛ). Потім перезапустіть застосунок.
ui-problem-settings-title = У файлі налаштувань є помилки
ui-problem-settings-what = Файл налаштувань не прочитано; використовуються типові значення (наприклад, очищення після 5 хвилин бездіяльності).
ui-problem-settings-todo = Попросіть адміністратора виправити рядки вище. Потім перезапустіть застосунок.
ui-problem-log-title = Записи неможливо зберегти
ui-problem-log-damaged = Файл журналу пошкоджено, тому його відкрито лише для читання.
ui-problem-log-not-a-log = На місці файлу журналу лежить файл іншої програми. Його відкрито лише для читання.
ui-problem-log-newer-schema = Файл журналу створено новішою версією Madoguchi. Його відкрито лише для читання.
ui-problem-log-unavailable = Файл журналу не вдалося відкрити.
ui-problem-log-todo = Консультації та направлення працюють, але зберегти нічого не можна. Не видаляйте файл; зверніться до адміністратора — він перенесе файл у надійне місце і перезапустить застосунок.
ui-problem-data-title = Дані застосунку пошкоджено
ui-problem-data-what = Вбудовані дані не пройшли перевірку, тому почати консультацію неможливо.
ui-problem-data-todo = Перевстановіть застосунок. Якщо не допоможе, зверніться до адміністратора.

## Training

train-title = Навчальний випадок { $case } ({ $difficulty })
train-vignette = Для особи, що грає роль клієнта ({ $lang }):
train-start = Тепер проведіть консультацію як зазвичай.
train-debrief = Розбір
train-score = Надано очікуваних направлень: { $hit } з { $expected }
train-hit = Надано, як очікувалося
train-missed = Пропущено
train-must-not = Надано, хоча не можна
train-extra = Не потрібно (без шкоди)
train-none = (немає)
train-emergency = Екстрена ситуація
train-emergency-not-needed = Цей випадок не потребує екстреного направлення, і його не надано.
train-emergency-handled = Виконано першочергово: спершу запитано про небезпеку, і { $services } надано першим.
train-emergency-missed = Пропущено: цей випадок потребує насамперед { $services }.
train-emergency-not-first = { $services } надано, але про небезпеку не запитали першим.
train-emergency-unneeded = Надано екстрений номер, який цьому випадку не потрібен.
train-mattered = Питання, що вплинули на направлення
train-mattered-lost = Без цієї відповіді бракувало б: { $services }
train-mattered-gained = Без цієї відповіді додалося б: { $services }
train-mattered-priority = Без цієї відповіді змінився б пріоритет: { $services }
train-answer-differed = Ваша відповідь відрізнялася від випадку.
train-expected = Чому кожне очікуване направлення
train-given = надано
train-not-given = не надано
train-passed = Зараховано: нічого не пропущено, нічого зайвого не надано, екстрену ситуацію враховано.
train-review = Розберіть наведені вище пункти разом із тренером.
train-notes = Навчальні примітки
train-list-heading = Навчальні випадки ({ $count })
train-difficulty-intro = Початковий
train-difficulty-intermediate = Середній
train-difficulty-advanced = Поглиблений
train-saved = Результат цього навчального заняття збережено в { $path } (окремо від записів справжніх консультацій; імена не зберігаються).
train-route-trafficking = Торгівля людьми
train-route-sexual_crime_8103 = Сексуальний злочин (#8103)
train-route-child_189 = Жорстоке поводження з дітьми (189)
train-route-one_stop = Центр One-Stop
train-route-iom_return = Допомога МОМ у поверненні
train-route-immigration = Імміграція
train-route-labour = Праця
train-route-residence = Статус проживання
train-route-discrimination = Дискримінація
train-route-online_images = Зображення в інтернеті
train-route-domestic_violence = Домашнє насильство
train-route-emergency = Екстрений випадок (110/119)
train-route-unknown_answers = Невідомі відповіді

## Directory screen

directory-open-now = Відкрито зараз (цілодобово або онлайн)
directory-open-unknown = Невідомо — перевірте години
directory-origin-shipped = Стандартний
directory-origin-overridden = Змінено цим пунктом
directory-origin-local = Додано цим пунктом
directory-title = Довідник служб
directory-search = Пошук (назва або опис)
directory-concern = Проблема
directory-language = Мова
directory-any = Усі
directory-free-call = Лише безкоштовний дзвінок
directory-anonymous = Лише анонімно
directory-open-only = Лише відкриті зараз
directory-shown = Показано служб
directory-none = Немає служб, що відповідають цим фільтрам.
directory-reachable = Відкрито зараз
directory-sources = Джерела
directory-confidence = Достовірність
directory-confidence-high = Висока
directory-confidence-medium = Середня
directory-confidence-low = Низька
directory-confidence-unconfirmed = Не підтверджено
directory-serves = Для кого
directory-origin = Запис

# Records screen
records-title = Збережені записи
records-note = Лише справжні консультації, спершу нові; навчальні записи не показуються. Запис містить лише категорії: нічого, що дає змогу впізнати людину.
records-total = Записів
records-none = Збережених записів ще немає.
records-unavailable = Журнал не читається, тому записи показати неможливо.
records-date = Дата
records-referrals = Направлено до
records-no-referrals = Без направлення
records-previous = Попередня сторінка
records-next = Наступна сторінка
records-page = Сторінка

# Reports screen: categories and dimensions the flow does not label
report-month = Місяць
report-total = Усього
report-unknown = Невідомо
report-not-applicable = Не застосовується (громадянин Японії)
report-no-service = Без направлення
report-suppressed = Менше { $k } (не показано)
report-yes = Так
report-no = Ні
report-outcome-referred = Направлено
report-outcome-referred_with_handover = Направлено з передачею
report-outcome-information_only = Лише інформація
report-outcome-client_declined = Клієнт відмовився
report-outcome-interrupted = Перервано
report-region-east_asia = Східна Азія
report-region-southeast_asia = Південно-Східна Азія
report-region-south_asia = Південна Азія
report-region-central_asia = Центральна Азія
report-region-middle_east = Близький Схід
report-region-europe = Європа
report-region-north_america = Північна Америка
report-region-latin_america = Латинська Америка
report-region-africa = Африка
report-region-oceania = Океанія
report-dimension-age_group = Вікова група
report-dimension-gender = Стать
report-dimension-nationality = Громадянство
report-dimension-region = Регіон громадянства
report-dimension-residence = Статус перебування
report-dimension-concern = Проблема
report-dimension-danger = У небезпеці
report-dimension-service = Куди направлено
report-dimension-outcome = Результат
report-dimension-handover_consent = Згода на передачу
report-dimension-interpreter = Перекладач
report-dimension-staff_lang = Мова працівника
report-dimension-client_lang = Мова клієнта
report-dimension-desk = Пункт
