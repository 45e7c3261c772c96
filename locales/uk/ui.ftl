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

## Directory screen

directory-open-now = Відкрито зараз (цілодобово або онлайн)
directory-open-unknown = Невідомо — перевірте години
directory-origin-shipped = Стандартний
directory-origin-overridden = Змінено цим пунктом
directory-origin-local = Додано цим пунктом

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
