### Общие тексты экрана и терминала — русский (ru); эталонная локаль — ja

option-unknown = Не знаю / не хочу отвечать
priority-emergency = Экстренно
priority-urgent = Срочно
priority-standard = Обычно
local-service-hours = Часы работы уточните в сведениях этого пункта консультаций.
local-service-expect = Местная служба, которую этот пункт консультаций добавил в список сам.
check-before-use = Проверьте перед использованием: сведения устарели или не подтверждены.
list-separator = { ", " }
locale-status-reference = Эталонный язык
locale-status-reviewed = Проверенный перевод
locale-status-draft = Черновой перевод (не проверен)
assured-on = Дата проверки: { $date }

## madoguchi walk

walk-title = Ход консультации (сотрудник: { $staff } / обратившийся: { $client })
walk-choose-one = Введите номер.
walk-choose-many = Введите все подходящие номера через пробел.
walk-back-hint = Введите 0, чтобы вернуться к предыдущему вопросу.
walk-invalid = Этот номер выбрать нельзя. Введите ещё раз.
walk-progress = Вопрос { $number }
walk-results = Куда обратиться
walk-no-referrals = Подходящих служб нет.
walk-why = Почему
walk-source = Источник
walk-hours = Часы работы
walk-ended = Ввод закончился, поэтому консультация прервана. Ничего не сохранено.

## madoguchi route (для чтения человеком)

route-heading = Куда обратиться ({ $count ->
    [one] { $count } служба
    [few] { $count } службы
    [many] { $count } служб
   *[other] { $count } службы
})
route-rules = Основание (правила): { $rules }
