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
